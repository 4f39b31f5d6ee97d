import type { Role } from '../dataset/types.js';
import { buildConversation, type MessagePart } from './conversation-parts.js';
import { scanLabelledTurns, type LabelMatcher, type Turn } from './labelled-turns.js';
import { type LineIndex, lastNonBlank, trimmedEnd } from './line-index.js';
import { classifySpeaker, normalizeLabel, type SpeakerClass } from './speaker-labels.js';
import type { DetectedConversation } from './types.js';

/**
 * Chat logs and speaker-labelled transcripts:
 * `User:`/`Assistant:`, `Human:`/`AI:`, `Customer:`/`Agent:`/`Support:`, `Interviewer:`, templated names
 * (`[[USER_NAME]]:`), named speakers (`Bob:`), optionally after a timestamp (`[10:02]`, `10:02`, `(10:02)`),
 * a heading marker (`### User:`) or in bold (`**User:**`, `**User**:`).
 *
 * One message per labelled turn (contents stay verbatim slices). Role rules per run of turns:
 * - known role words map directly; `System:` is kept only as the first message;
 * - one named speaker next to one known role takes the other role (`User:`/`Bob:` → Bob is the assistant), if the
 *   run has at least 4 turns or asks a question;
 * - two named speakers (at least 4 turns; `Alice:`/`Bob:`, `Author:`/`Reviewer:`): the one whose turns ask more
 *   questions (`?` ending a sentence) is the user; with no question at all the run is skipped. The roles found for
 *   such a pair also apply to the pair's shorter runs elsewhere in the document (a second review thread of one
 *   exchange);
 * - weak named labels (`Author:`, `Maintainer:`, usually metadata keys) inside a run with known roles are lines of the
 *   previous message, not turns;
 * - named speakers next to a known user-side role only (an `Interviewer:` and guests) are assistants, and vice versa;
 * - anything else (three or more named speakers, a named speaker beside both roles) splits the conversation.
 * When the same role speaks twice in a row the conversation is split there (a message is never merged with the
 * next one, because the label between them would end up inside the content). Leading assistant turns and trailing
 * user or empty turns are dropped, so every conversation starts with a user turn (after an optional system turn)
 * and ends with an assistant turn. Format: `chat-log`, or `speaker-transcript` when named speakers were resolved.
 */

// `[10:02]`, `(10:02)`, `10:02 -`, and WhatsApp's exports: `[31/12/2023, 22:02:33]` (iOS), `12/31/23, 10:02 PM - `
// (Android; newer ones put a narrow no-break space before `PM`).
const TIMESTAMP = /(?:\[[0-9][0-9:\-/., ]{2,28}(?:[ \t\u202f]?[AaPp][Mm])?\]|\([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp][Mm])?\)|(?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4},?[ \t])?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t\u202f\u00a0]?[AaPp]\.?[Mm]\.?)?)[ \t]*(?:-[ \t]+)?/y;
const MAX_LABEL = 40;
/** A bullet or a number (group 1) opening a list item. */
const LIST_MARKER = /(?:[-*+•▪◦‣]|([0-9]{1,3})[.)])[ \t]+/y;

interface SpeakerHit {
  label: string;
  speaker: SpeakerClass;
}

export function detectChatLogs(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  const speakers = new Map<string, SpeakerHit>();
  // Labels repeat (`User:`, `Agent:` ...): classify each distinct label once.
  const classified = new Map<string, { speaker: SpeakerClass; key: string } | null>();

  const numberedLines = new Set<number>();
  const nextColon = createColonFinder(text);
  const matcher: LabelMatcher = (lineIndex, line) => {
    if (lineIndex.indent[line]! > 3) return undefined;
    const parsed = parseSpeakerLabel(text, lineIndex.first[line]!, lineIndex.end[line]!, nextColon);
    if (!parsed) return undefined;
    let known = classified.get(parsed.label);
    if (known === undefined) {
      const speaker = classifySpeaker(parsed.label);
      known = speaker ? { speaker, key: normalizeLabel(parsed.label) } : null;
      classified.set(parsed.label, known);
    }
    if (!known) return undefined;
    const { speaker, key } = known;
    // Named speakers only in plain form (no bold / heading prefix), where they read as a transcript.
    if (speaker.kind === 'named' && parsed.decorated) return undefined;
    if (!speakers.has(key)) speakers.set(key, { label: parsed.label, speaker });
    if (parsed.numbered) numberedLines.add(line);
    return { key, contentStart: parsed.contentStart, boldOpen: false };
  };

  // Resolve every run first: a pair of named speakers resolved in a long run (`Author:` asks, `Reviewer:` answers)
  // keeps those roles in the document's shorter runs, which alone would be too short to judge.
  const runs = scanLabelledTurns(index, matcher).flatMap((run) => splitListItems(index, absorbWeakTurns(index, run.turns, speakers), numberedLines));
  const remembered = new Map<string, Role>();
  const resolved = runs.map((turns) => {
    const roles = resolveRoles(text, turns, speakers);
    if (roles?.resolvedPair) for (const key of roles.resolvedPair) remembered.set(key, roles.roles.get(key)!);
    return roles?.roles;
  });
  const conversations: DetectedConversation[] = [];
  runs.forEach((turns, position) => {
    const roles = resolved[position] ?? rememberedRoles(turns, remembered);
    if (!roles) return;
    const format = turns.some((turn) => speakers.get(turn.key)?.speaker.kind === 'named') ? 'speaker-transcript' : 'chat-log';
    for (const segment of splitIntoConversations(turns, roles)) {
      const conversation = buildConversation(
        text,
        format,
        segment.map((turn): MessagePart => ({ role: roles.get(turn.key)!, start: turn.start, end: turn.end })),
        segment[0]!.markerStart,
      );
      if (conversation) conversations.push(conversation);
    }
  });
  return conversations;
}

/**
 * In a run with known roles (`User:` / `Assistant:`), a weak named label (`Author: Jane`) is a line of the previous
 * message, not a turn: fold it back into that message (or drop it when it opens the run).
 */
function absorbWeakTurns(index: LineIndex, turns: Turn[], speakers: Map<string, SpeakerHit>): Turn[] {
  const isWeak = (turn: Turn): boolean => {
    const speaker = speakers.get(turn.key)!.speaker;
    return speaker.kind === 'named' && speaker.weak === true;
  };
  if (!turns.some(isWeak) || !turns.some((turn) => speakers.get(turn.key)!.speaker.kind === 'role')) return turns;
  const kept: Turn[] = [];
  for (const turn of turns) {
    const previous = kept[kept.length - 1];
    if (!isWeak(turn)) kept.push(turn);
    else if (previous) {
      const end = Math.max(turn.end, trimmedEnd(index, turn.line));
      kept[kept.length - 1] = { ...previous, start: previous.end > previous.start ? previous.start : turn.markerStart, end };
    }
  }
  return kept;
}

const NUMBERED_LINE = /[0-9]{1,3}(?=[.)](?:[ \t]|\r?$))/my;

/**
 * A run whose labels open numbered list items (`1. User query: ...` / `• AI response: ...` / `2. User query: ...`)
 * lists separate example exchanges, not one conversation: each numbered label starts a new run. Inside a turn, a
 * numbered line belongs to the turn's own lists when it counts on (`1.`, `2.` ..., restarting at `1.`); any other
 * number is the next item of an outer list (`3. How do I stop blocking ads?`, a section title), so the turn and the
 * run end before it. Once such a section number is known, its successor ends a turn too when it asks something
 * (`4. Is AdGone safe?`), even where it would also continue the turn's own list.
 */
function splitListItems(index: LineIndex, turns: Turn[], numberedLines: ReadonlySet<number>): Turn[][] {
  if (!turns.some((turn) => numberedLines.has(turn.line))) return [turns];
  const { text } = index;
  const runs: Turn[][] = [];
  let current: Turn[] = [];
  let section: number | undefined;
  const flush = (): void => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (const turn of turns) {
    if (numberedLines.has(turn.line)) flush();
    let kept = turn;
    let ownItems = 0;
    for (let line = turn.line + 1; line < index.count && index.first[line]! < turn.end; line++) {
      NUMBERED_LINE.lastIndex = index.first[line]!;
      if (!NUMBERED_LINE.test(text)) continue;
      const number = Number(text.slice(index.first[line]!, NUMBERED_LINE.lastIndex));
      const nextSection = section !== undefined && number === section + 1 && QUESTION_MARK.test(text.slice(index.first[line]!, index.end[line]!));
      if (!nextSection && (number === 1 || number === ownItems + 1)) {
        ownItems = number;
        continue;
      }
      section = number;
      kept = { ...turn, end: Math.max(turn.start, Math.min(turn.end, trimmedEnd(index, lastNonBlank(index, turn.line, line)))) };
      break;
    }
    current.push(kept);
    if (kept !== turn) flush();
  }
  flush();
  return runs;
}

/** Roles for a run of exactly the two named speakers already resolved elsewhere in the document. */
function rememberedRoles(turns: Turn[], remembered: Map<string, Role>): Map<string, Role | null> | undefined {
  const keys = new Set(turns.map((turn) => turn.key));
  if (keys.size !== 2) return undefined;
  const roles = new Map<string, Role | null>();
  for (const key of keys) {
    const role = remembered.get(key);
    if (role === undefined) return undefined;
    roles.set(key, role);
  }
  const values = [...roles.values()];
  return values[0] !== values[1] ? roles : undefined;
}

interface ParsedLabel {
  label: string;
  contentStart: number;
  /** Bold, a heading marker or a list marker before the label. */
  decorated: boolean;
  /** The label opens a numbered list item (`2. User query:`). */
  numbered: boolean;
}

/**
 * Finder of the next `:` / `：` at or after an offset, for calls made in increasing offset order
 * (the cached hit is reused until the caller passes it, so the whole scan is linear in the text).
 */
export function createColonFinder(text: string): (from: number) => number {
  let ascii = -2;
  let wide = -2;
  return (from) => {
    if (ascii !== -1 && ascii < from) ascii = text.indexOf(':', from);
    if (wide !== -1 && wide < from) wide = text.indexOf('\uff1a', from);
    if (ascii === -1) return wide;
    if (wide === -1) return ascii;
    return Math.min(ascii, wide);
  };
}

/**
 * Parse `[timestamp] **Label**: ` at `from`. At most ~40 characters are examined; pass `nextColon`
 * (from `createColonFinder`) when calling line after line, so lines without a colon are rejected at once.
 */
export function parseSpeakerLabel(
  text: string,
  from: number,
  lineEnd: number,
  nextColon?: (from: number) => number,
): ParsedLabel | undefined {
  // A role on a line of its own, as a heading or in bold (`## User`, `**ChatGPT**`), the message on the next lines.
  const firstCode = text.charCodeAt(from);
  if (firstCode === 35 || ((firstCode === 42 || firstCode === 95) && text.charCodeAt(from + 1) === firstCode)) {
    const role = roleHeading(text, from, lineEnd);
    if (role !== undefined) return { label: role, contentStart: lineEnd, decorated: true, numbered: false };
  }
  if (nextColon) {
    const colon = nextColon(from);
    if (colon === -1 || colon > from + MAX_LABEL + 40 || colon >= lineEnd) return undefined;
  }
  let position = from;
  let decorated = false;
  if (text.charCodeAt(position) === 35) {
    while (position < lineEnd && text.charCodeAt(position) === 35) position++;
    if (position - from > 6 || (text.charCodeAt(position) !== 32 && text.charCodeAt(position) !== 9)) return undefined;
    while (position < lineEnd && (text.charCodeAt(position) === 32 || text.charCodeAt(position) === 9)) position++;
    decorated = true;
  }
  // A list item (`1. User query:`, `• AI response:`): numbered items are separate exchanges (`splitListItems`).
  let numbered = false;
  if (!decorated) {
    LIST_MARKER.lastIndex = position;
    const marker = LIST_MARKER.exec(text);
    if (marker !== null && LIST_MARKER.lastIndex <= lineEnd) {
      position = LIST_MARKER.lastIndex;
      numbered = marker[1] !== undefined;
      decorated = true;
    }
  }
  if (!decorated) {
    // A transcript's speaker header on a line of its own, the words on the next lines (`transcriptHeader`).
    const header = transcriptHeader(text, position, lineEnd);
    if (header) return { label: header.label, contentStart: lineEnd, decorated: false, numbered: false };
  }
  const code = text.charCodeAt(position);
  if ((code >= 48 && code <= 57) || code === 40 || (code === 91 && text.charCodeAt(position + 1) !== 91)) {
    TIMESTAMP.lastIndex = position;
    if (!TIMESTAMP.exec(text)) return undefined;
    position = TIMESTAMP.lastIndex;
  }
  let bold = false;
  if (text.startsWith('**', position) || text.startsWith('__', position)) {
    bold = true;
    decorated = true;
    position += 2;
  }
  const labelStart = position;
  const limit = Math.min(lineEnd, labelStart + MAX_LABEL);
  let colon = -1;
  for (let scan = labelStart; scan < limit; scan++) {
    const character = text.charCodeAt(scan);
    if (character === 58 || character === 0xff1a) {
      colon = scan;
      break;
    }
    if (character === 42 || character === 95) {
      // `**Label**:` closes the bold before the colon (`_` is allowed inside `[[USER_NAME]]`).
      if (bold && text.startsWith('**:', scan)) {
        colon = scan + 2;
        break;
      }
      if (character === 42) return undefined;
    }
  }
  if (colon === -1 || colon === labelStart) return undefined;
  const labelEnd = bold && text.startsWith('**', colon - 2) ? colon - 2 : colon;
  let after = colon + 1;
  if (bold && text.startsWith('**', after)) after += 2;
  if (after < lineEnd) {
    const next = text.charCodeAt(after);
    if (next !== 32 && next !== 9) return undefined;
  }
  const label = text.slice(labelStart, labelEnd).trim();
  if (label.length === 0) return undefined;
  return { label, contentStart: after, decorated, numbered };
}

const ROLE_HEADING = /^(?:#{1,6}[ \t]+)?(\*\*|__)?([\p{L}][\p{L} ]{0,23}?)\1?[ \t]*:?[ \t]*(?:\*\*|__)?[ \t]*$/u;

/**
 * The role named by a heading or bold line alone (`## User`, `### Assistant:`, `**ChatGPT**`, `**You:**`), as chat
 * export tools write conversations; undefined for any other line (a heading that is not a role word is a heading).
 */
function roleHeading(text: string, from: number, lineEnd: number): string | undefined {
  if (lineEnd - from > 40) return undefined;
  const match = ROLE_HEADING.exec(text.slice(from, lineEnd));
  if (!match) return undefined;
  const label = match[2]!.trim();
  // Only the words of chats with an AI: `## Support` or `## Teacher` over a section are headings of a document.
  return CHAT_HEADING_WORDS.has(label.toLowerCase()) ? label : undefined;
}

const CHAT_HEADING_WORDS: ReadonlySet<string> = new Set([
  'user', 'you', 'me', 'human', 'assistant', 'ai', 'bot', 'chatbot', 'model', 'gpt', 'chatgpt', 'claude',
  'gemini', 'bard', 'bing', 'copilot', 'grok', 'deepseek', 'perplexity', 'qwen', 'llama', 'mistral', 'system',
]);

/** Otter.ai, Microsoft Teams, Slack (copied): `Dana Support  0:03`, `Sam Lee  10:02 AM`: the name, two spaces or a tab, the time. */
const HEADER_NAME_TIME = /([^\s:\[\]()][^\n:\[\]()]{0,39}?)(?: {2,}|\t+)(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n|$)/y;
/** Rev, Temi, Descript: `Dana Support (00:00:03):`, or `Dana Support [00:03]:`. */
const HEADER_NAME_PAREN_TIME = /([^\s:\[\]()][^\n:\[\]()]{0,39}?) [([](?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?[)\]]:?[ \t]*(?=\r?\n|$)/y;
/** Zoom's saved chat / transcript text: `[Dana Support] 10:01:03`. */
const HEADER_BRACKET_NAME_TIME = /\[([^\n\]:]{1,40})\][ \t]+(?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n|$)/y;

/**
 * The same with one space, as Word documents (a Teams transcript saved as .docx) keep it: only a capitalised name of
 * up to four words, or `Speaker 2`, so `Meeting at 10:30` is not a speaker.
 */
const HEADER_CAPITALISED_NAME_TIME = /((?:\p{Lu}[\p{L}'’.-]*|Speaker [0-9]{1,2})(?: \p{Lu}[\p{L}'’.-]*){0,3}) (?:[0-9]{1,2}:)?[0-9]{1,2}:[0-9]{2}(?:[.,][0-9]{1,3})?(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n|$)/uy;
/** Discord (copied): `Sam — Today at 10:02 AM`, `Sam — 01/02/2024 10:02 AM`. */
const HEADER_NAME_DASH_DATE_TIME = /([^\s:\[\]()][^\n:\[\]()]{0,39}?) [—–-] (?:Today at |Yesterday at |[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4},? (?:at )?)[0-9]{1,2}:[0-9]{2}(?:[ \t\u202f]?[AaPp]\.?[Mm]\.?)?[ \t]*(?=\r?\n|$)/y;
const HEADER_LAST_CHARACTER = /[0-9:)\]Mm. \t\r]/;
const HEADER_PATTERNS = [HEADER_NAME_TIME, HEADER_NAME_PAREN_TIME, HEADER_BRACKET_NAME_TIME, HEADER_CAPITALISED_NAME_TIME, HEADER_NAME_DASH_DATE_TIME];

/**
 * A speaker header of an exported call or meeting transcript: a line that is only a name and a time, the words
 * following on the next lines. Undefined for any other line.
 */
function transcriptHeader(text: string, from: number, lineEnd: number): { label: string } | undefined {
  // A header ends with the time: a digit, `:`, `)` or `]`, the `M` of AM/PM (or `.` of a.m.), or spaces.
  if (lineEnd - from > 80 || !HEADER_LAST_CHARACTER.test(text[lineEnd - 1] ?? '')) return undefined;
  for (const pattern of HEADER_PATTERNS) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match && pattern.lastIndex <= lineEnd) return { label: match[1]!.trim() };
  }
  return undefined;
}

interface ResolvedRoles {
  roles: Map<string, Role | null>;
  /** The two named speakers whose roles were decided from their questions (remembered for the document). */
  resolvedPair?: [string, string];
}

function resolveRoles(text: string, turns: Turn[], speakers: Map<string, SpeakerHit>): ResolvedRoles | undefined {
  const roles = new Map<string, Role | null>();
  const named: string[] = [];
  const knownRoles = new Set<Role>();
  for (const turn of turns) {
    if (roles.has(turn.key) || named.includes(turn.key)) continue;
    const speaker = speakers.get(turn.key)!.speaker;
    if (speaker.kind === 'role') {
      roles.set(turn.key, speaker.role);
      if (speaker.role !== 'system') knownRoles.add(speaker.role);
    } else {
      named.push(turn.key);
    }
  }
  if (named.length === 0) return { roles };
  const speakerCount = named.length + [...roles.values()].filter((role) => role !== 'system').length;
  if (speakerCount === 2 && knownRoles.size === 1) {
    const other: Role = knownRoles.has('user') ? 'assistant' : 'user';
    roles.set(named[0]!, other);
    // One exchange with a named speaker (`Tier: 3` / `Agent: x`) reads as metadata unless someone asks something.
    if (turns.length < 4 && !turns.some((turn) => asksQuestion(text, turn))) return undefined;
  } else if (named.length === 2 && knownRoles.size === 0) {
    // Two named speakers only (`Alice:`/`Bob:`, `Author:`/`Reviewer:`): a real exchange alternates at least twice and
    // someone asks questions; the one who asks more is the user (on a tie, the one who speaks first).
    if (turns.length < 4) return undefined;
    const questions = named.map((key) => turns.filter((turn) => turn.key === key && asksQuestion(text, turn)).length);
    if (questions[0] === 0 && questions[1] === 0) return undefined;
    const asker = questions[1]! > questions[0]! ? 1 : 0;
    roles.set(named[asker]!, 'user');
    roles.set(named[1 - asker]!, 'assistant');
    return { roles, resolvedPair: [named[0]!, named[1]!] };
  } else if (knownRoles.size === 1) {
    const other: Role = knownRoles.has('user') ? 'assistant' : 'user';
    for (const key of named) roles.set(key, other);
  } else {
    for (const key of named) roles.set(key, null);
  }
  return { roles };
}

/** A `?` that ends a sentence (not one inside a URL such as `badge.svg?branch=master`). */
const QUESTION_MARK = /[?？](?=[\s"'”’)\]]|$)/;
function asksQuestion(text: string, turn: Turn): boolean {
  return QUESTION_MARK.test(text.slice(turn.start, turn.end));
}

/** Split a run at unknown roles, repeated roles, empty turns and misplaced system turns; trim both ends. */
function splitIntoConversations(turns: Turn[], roles: Map<string, Role | null>): Turn[][] {
  const segments: Turn[][] = [];
  let current: Turn[] = [];
  const flush = (): void => {
    while (current.length > 0 && roles.get(current[current.length - 1]!.key) !== 'assistant') current.pop();
    const firstUser = current.findIndex((turn) => roles.get(turn.key) === 'user');
    if (firstUser !== -1) {
      const hasSystem = firstUser > 0 && roles.get(current[firstUser - 1]!.key) === 'system';
      const segment = current.slice(hasSystem ? firstUser - 1 : firstUser);
      if (segment.length >= 2) segments.push(segment);
    }
    current = [];
  };
  for (const turn of turns) {
    const role = roles.get(turn.key) ?? null;
    if (role === null || turn.end <= turn.start) {
      flush();
      continue;
    }
    const previous = current[current.length - 1];
    const previousRole = previous ? roles.get(previous.key) : undefined;
    if (role === 'system') {
      flush();
      current.push(turn);
      continue;
    }
    if (previousRole === role) flush();
    current.push(turn);
  }
  flush();
  return segments;
}
