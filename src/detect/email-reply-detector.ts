import { buildConversation } from './conversation-parts.js';
import { LineKind, type LineIndex, trimmedEnd } from './line-index.js';
import type { DetectedConversation } from './types.js';

/**
 * An e-mail reply above a quoted message (Gmail / Apple Mail / Thunderbird style):
 *
 * ```
 * Yes, I am providing you step how to reproduce this issue
 *
 * On Thu, Aug 19, 2021 at 2:07 PM Tejaswini <tejaswini@example.com> wrote:
 *
 * > Any update on this?
 * ```
 * The quoted message is the user turn, the reply the assistant turn (so the user span comes after the
 * assistant span in the text). The attribution may wrap onto a second line. The quote runs over consecutive
 * `>` lines; the reply is the paragraphs right above the attribution, back to a header line (`Name: value`),
 * a MIME boundary (`--...`), a rule, a heading or the start of the text. A multi-line quote keeps its inner
 * `> ` markers (contents are verbatim slices).
 */
const ATTRIBUTION_START = /On[ \t]/y;
const HEADER_LINE = /[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]/y;

export function detectEmailReplies(index: LineIndex): DetectedConversation[] {
  const conversations = detectQuotedReplies(index);
  detectOutlookReplies(index, conversations);
  return conversations.length > 1 ? conversations.sort((left, right) => left.start - right.start) : conversations;
}

function detectQuotedReplies(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  const conversations: DetectedConversation[] = [];
  for (let line = 0; line < index.count; line++) {
    if (index.kind[line] !== LineKind.text || text.charCodeAt(index.first[line]!) !== 79) continue;
    ATTRIBUTION_START.lastIndex = index.first[line]!;
    if (!ATTRIBUTION_START.test(text)) continue;
    let attributionEnd = line;
    if (!endsWithWrote(index, line)) {
      if (line + 1 < index.count && index.kind[line + 1] === LineKind.text && endsWithWrote(index, line + 1)) attributionEnd = line + 1;
      else continue;
    }
    const quote = quotedBlock(index, attributionEnd + 1);
    if (!quote) continue;
    const reply = replyBlock(index, line - 1);
    if (!reply) continue;
    pushReply(text, quote, reply, conversations);
    line = quote.lastLine;
  }
  return conversations;
}

/** The quoted message (user) and the reply above it (assistant) as one conversation, the reply first in the text. */
function pushReply(text: string, quoted: { start: number; end: number }, reply: { start: number; end: number }, conversations: DetectedConversation[]): void {
  const conversation = buildConversation(
    text,
    'email-reply',
    [
      { role: 'user', start: quoted.start, end: quoted.end },
      { role: 'assistant', start: reply.start, end: reply.end },
    ],
    reply.start,
    quoted.end,
  );
  if (conversation) conversations.push(conversation);
}

function endsWithWrote(index: LineIndex, line: number): boolean {
  const end = trimmedEnd(index, line);
  return end - index.first[line]! >= 6 && index.text.startsWith('wrote:', end - 6);
}

function quotedBlock(index: LineIndex, from: number): { start: number; end: number; lastLine: number } | undefined {
  const { text } = index;
  let line = from;
  while (line < index.count && index.kind[line] === LineKind.blank) line++;
  let start = -1;
  let end = -1;
  let lastLine = -1;
  for (; line < index.count; line++) {
    if (index.kind[line] === LineKind.blank) break;
    const first = index.first[line]!;
    if (text.charCodeAt(first) !== 62) break;
    let content = first;
    while (content < index.end[line]! && (text.charCodeAt(content) === 62 || text.charCodeAt(content) === 32)) content++;
    const lineEnd = trimmedEnd(index, line);
    lastLine = line;
    if (content >= lineEnd) continue;
    if (start === -1) start = content;
    end = lineEnd;
  }
  return start === -1 ? undefined : { start, end, lastLine };
}

function replyBlock(index: LineIndex, from: number): { start: number; end: number } | undefined {
  const { text } = index;
  let last = -1;
  let top = -1;
  for (let line = from; line >= 0 && from - line < 200; line--) {
    const kind = index.kind[line];
    if (kind === LineKind.blank) continue;
    if (kind !== LineKind.text) break;
    const first = index.first[line]!;
    HEADER_LINE.lastIndex = first;
    if (text.startsWith('--', first) || HEADER_LINE.test(text) || text.charCodeAt(first) === 62) break;
    if (last === -1) last = line;
    top = line;
  }
  if (last === -1) return undefined;
  return { start: index.first[top]!, end: trimmedEnd(index, last) };
}

/** Outlook's line above a quoted message (English, German, French, Spanish, Italian, Dutch, Portuguese). */
const ORIGINAL_MESSAGE = /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original)\s*-{2,}\s*$/i;
/** The header lines Outlook writes above the quoted message: `From:`, `Sent:`, `To:`, `Subject:` and translations. */
const OUTLOOK_FIELD = /^(From|Sent|Date|To|Cc|Subject|Von|Gesendet|Datum|An|Betreff|De|Envoyé|À|Objet|Enviado|Para|Asunto|Da|Inviato|A|Oggetto|Van|Verzonden|Aan|Onderwerp|Assunto)\s*:/i;
const FROM_FIELD = /^(From|Von|De|Da|Van)$/i;
const FROM_AT = /(?:From|Von|De|Da|Van)\s*:/iy;

function isSeparator(line: string): boolean {
  return ORIGINAL_MESSAGE.test(line) || /^_{10,}$/.test(line);
}

/** Whether the line starts with a `From:` field (checked in place: this runs on every paragraph's first line). */
function startsWithFrom(index: LineIndex, line: number): boolean {
  FROM_AT.lastIndex = index.first[line]!;
  return FROM_AT.test(index.text);
}
const SUBJECT_OR_DATE = /^(Sent|Date|Subject|Gesendet|Datum|Betreff|Envoyé|Objet|Enviado|Asunto|Inviato|Oggetto|Verzonden|Onderwerp|Assunto)$/i;

/**
 * An Outlook reply: the reply, then the message it answers below a header block, not quoted with `>`:
 *
 * ```
 * Update the client to 5.2; the hourly drop is fixed there.
 *
 * -----Original Message-----        (or a line of underscores, or nothing)
 * From: Sam <sam@example.com>
 * Sent: Monday, 3 March 2025 09:12
 * To: Support
 * Subject: VPN keeps disconnecting
 *
 * My VPN disconnects every hour. What can I do?
 * ```
 * The message below is the user turn, the reply above the assistant turn. Only the newest exchange of a thread is
 * taken (older messages below it alternate between the two sides in no fixed order); a `---` rule (between the
 * messages of a mailbox) ends a thread.
 */
function detectOutlookReplies(index: LineIndex, conversations: DetectedConversation[]): void {
  const { text } = index;
  const lineText = (line: number): string => text.slice(index.first[line]!, trimmedEnd(index, line));
  const covered = (position: number): boolean => conversations.some((conversation) => position >= conversation.start && position < conversation.end);
  for (let line = 1; line < index.count; line++) {
    const kind = index.kind[line];
    const code = text.charCodeAt(index.first[line]!);
    let headerStart = -1;
    if ((code === 45 || code === 95) && kind !== LineKind.blank && isSeparator(lineText(line))) {
      headerStart = line + 1;
    } else if (kind === LineKind.text && index.kind[line - 1] === LineKind.blank && startsWithFrom(index, line)) {
      headerStart = line;
    } else {
      continue;
    }
    const headerEnd = outlookHeaderEnd(index, headerStart, lineText);
    if (headerEnd === -1) continue;
    const body = outlookBody(index, headerEnd + 1, lineText);
    const reply = body && replyBlock(index, line - 1);
    if (!body || !reply || covered(reply.start)) continue;
    pushReply(text, body, reply, conversations);
    // The rest of the thread, to the next message of a mailbox.
    line = body.lastLine;
    while (line + 1 < index.count && !(index.kind[line + 1] === LineKind.rule && lineText(line + 1).startsWith('-'))) line++;
  }
}

/** The last line of a header block starting at `from` (a `From:` line and a date or subject line among 2 to 8), or -1. */
function outlookHeaderEnd(index: LineIndex, from: number, lineText: (line: number) => string): number {
  let hasFrom = false;
  let hasOther = false;
  let line = from;
  for (; line < index.count && line - from < 8 && index.kind[line] === LineKind.text; line++) {
    const field = OUTLOOK_FIELD.exec(lineText(line));
    if (!field) break;
    if (FROM_FIELD.test(field[1]!)) hasFrom = true;
    else if (SUBJECT_OR_DATE.test(field[1]!)) hasOther = true;
  }
  return hasFrom && hasOther && line - from >= 2 ? line - 1 : -1;
}

/** The quoted message's paragraphs after its header block, up to the next header block, rule or separator. */
function outlookBody(index: LineIndex, from: number, lineText: (line: number) => string): { start: number; end: number; lastLine: number } | undefined {
  let first = -1;
  let last = -1;
  for (let line = from; line < index.count && line - from < 300; line++) {
    const kind = index.kind[line];
    if (kind === LineKind.blank) continue;
    const content = lineText(line);
    if (kind === LineKind.rule || isSeparator(content)) break;
    if (kind === LineKind.text && index.kind[line - 1] === LineKind.blank && startsWithFrom(index, line) && outlookHeaderEnd(index, line, lineText) !== -1) break;
    if (first === -1) first = line;
    last = line;
  }
  if (first === -1) return undefined;
  return { start: index.first[first]!, end: trimmedEnd(index, last), lastLine: last };
}
