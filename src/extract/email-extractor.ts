import { ExtractionError } from '../errors/errors.js';
import { openByteSource } from './byte-source.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { errorText, hasVisibleText, loadInput, noTextError, throwIfAborted } from './read-input.js';
import { appendParagraphUnits, DocumentTextBuilder, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor } from './types.js';

/**
 * E-mail messages (`.eml`, RFC 5322 / MIME, as mail clients and help desks export them), parsed with postal-mime:
 * the text is the message's plain-text body (decoded from quoted-printable or base64 and its charset), or its HTML
 * body converted as HTML files are when there is no plain-text part. A support reply above the customer's quoted
 * message is what the `email-reply` detector takes as an exchange. Subject, sender and date go to the metadata;
 * attachments are listed in a warning, not read. A mailbox (`.mbox`: Thunderbird, Gmail / Google Takeout exports)
 * is read message by message: one unit per message, separated by a rule so no exchange runs from one into the next.
 * Outlook `.msg` files: outlook-extractor.ts.
 */

const ID = 'email';

export const emailExtractor: Extractor = {
  id: ID,
  extensions: ['.eml', '.mbox'],
  mediaTypes: ['message/rfc822', 'application/mbox'],
  extract: (input, options) => (/\.mbox$/i.test('path' in input ? input.path : input.name) ? extractMailbox(input, options) : extractEmail(input, options)),
};

type Email = Awaited<ReturnType<typeof import('postal-mime').default.parse>>;

async function parseEmail(bytes: Uint8Array, displayPath: string): Promise<Email> {
  const { default: PostalMime } = await import('postal-mime');
  try {
    // postal-mime never throws on odd headers, only on input it cannot read at all.
    return await PostalMime.parse(bytes);
  } catch (error) {
    throw new ExtractionError(displayPath, `could not read this e-mail message (${errorText(error)}); save it again as .eml from the mail client`, { extractorId: ID, cause: error });
  }
}

/** The message's text: its plain-text body, else its HTML body as text. */
function bodyText(email: Email): string {
  const text = email.text?.replace(/\r\n?/g, '\n').trim() ?? '';
  return hasVisibleText(text) || email.html === undefined ? text : htmlToMarkdown(email.html).trim();
}

function attachmentNames(email: Email): string[] {
  return email.attachments.map((attachment) => attachment.filename ?? attachment.mimeType);
}

async function extractEmail(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  const email = await parseEmail(bytes, displayPath);
  throwIfAborted(options.signal);
  const text = bodyText(email);
  if (!hasVisibleText(text)) {
    if (email.subject === undefined && email.from === undefined) throw noTextError(displayPath, ID);
    throw new ExtractionError(displayPath, 'this e-mail has no text body (only attachments or an empty message)', { extractorId: ID, code: 'no_text' });
  }
  const from = email.from === undefined ? undefined : email.from.name ? `${email.from.name} <${email.from.address ?? ''}>` : email.from.address;
  return messageDocument(sourceName, text, { subject: email.subject, from, date: email.date, attachments: attachmentNames(email) });
}

/** One message's document: its body as paragraphs, subject/sender/date as metadata, attachments named in a warning. */
export function messageDocument(
  sourceName: string,
  text: string,
  message: { subject?: string; from?: string; date?: string; attachments: string[] },
  format = ID,
): ExtractedDocument {
  const warnings: string[] = [];
  const { attachments } = message;
  if (attachments.length > 0) warnings.push(`${attachments.length} attachment(s) not read (${attachments.join(', ')}); save them into the input folder to use them`);
  const units: DocumentUnit[] = [];
  appendParagraphUnits(text, units, { minChars: minUnitChars(text.length) });
  const metadata = {
    ...(message.subject ? { title: message.subject, subject: message.subject } : {}),
    ...(message.from ? { from: message.from } : {}),
    ...(message.date ? { date: message.date } : {}),
  };
  return { sourceFile: sourceName, format, text, units, warnings, metadata };
}

/** The `From sender Day Mon ...` lines that start the messages of an mbox file (a body's `From ` has no date). */
const MBOX_FROM = /(?:^|\n)From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [^\n]*\n/g;
/**
 * Most characters of text a mailbox gives (V8 strings end at ~512 M characters, and the run holds the text): a
 * larger mailbox (a Google Takeout export of years of mail) is read up to here, with a warning saying so.
 */
export const MAX_MAILBOX_TEXT_CHARS = 200_000_000;

/**
 * A mailbox, streamed: bytes are read in chunks and each message is parsed as soon as the next `From ` line closes
 * it, so neither the file nor its decoded copy is held (Gmail exports run to gigabytes).
 */
async function extractMailbox(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const source = await openByteSource(input, ID, options.signal);
  const { sourceName, displayPath } = source;
  // Headers are ASCII and bodies are decoded per message by their own charset: latin1 keeps every byte as it is.
  if (!source.head.toString('latin1').startsWith('From ')) {
    throw new ExtractionError(displayPath, 'this is not an mbox mailbox (it should start with a "From " line); save single messages as .eml', { extractorId: ID });
  }
  const builder = new DocumentTextBuilder('\n\n---\n\n');
  const attachments: string[] = [];
  let messages = 0;
  let empty = 0;
  let textChars = 0;
  let truncatedAt: number | undefined;
  const addMessage = async (raw: string): Promise<void> => {
    messages += 1;
    if (truncatedAt !== undefined) return;
    // mboxrd quoting: `>From ` at the start of a body line stands for `From `.
    const email = await parseEmail(Buffer.from(raw.replace(/^>(>*From )/gm, '$1'), 'latin1'), `${displayPath} (message ${messages})`);
    const text = bodyText(email);
    if (!hasVisibleText(text)) {
      empty += 1;
      return;
    }
    if (textChars + text.length > MAX_MAILBOX_TEXT_CHARS) {
      truncatedAt = messages;
      return;
    }
    textChars += text.length;
    builder.addUnit('record', text, { index: messages, ...(email.subject ? { title: email.subject } : {}) });
    attachments.push(...attachmentNames(email));
  };
  // `pending` starts at the body of the message being read (after its `From ` line).
  let pending = '';
  let started = false;
  for await (const chunk of source.chunks(options.signal)) {
    // Search only the new bytes (and a line's worth before them): a message with a large attachment spans many chunks.
    const scanFrom = Math.max(0, pending.length - 1024);
    pending += chunk.toString('latin1');
    let bodyStart = 0;
    MBOX_FROM.lastIndex = scanFrom;
    for (let match = MBOX_FROM.exec(pending); match !== null; match = MBOX_FROM.exec(pending)) {
      if (started) await addMessage(pending.slice(bodyStart, match.index));
      started = true;
      bodyStart = match.index + match[0].length;
    }
    if (started) pending = pending.slice(bodyStart);
    throwIfAborted(options.signal);
  }
  if (started) await addMessage(pending);
  const { text, units } = builder.build();
  if (units.length === 0) throw new ExtractionError(displayPath, `none of the ${messages} messages in this mailbox has a text body`, { extractorId: ID, code: 'no_text' });
  const warnings: string[] = [];
  if (truncatedAt !== undefined) {
    warnings.push(`only the first ${truncatedAt - 1} of ${messages} messages were read: their text reached ${MAX_MAILBOX_TEXT_CHARS.toLocaleString('en-US')} characters, the most one file gives; split the mailbox (by label or year) to use the rest`);
  }
  if (empty > 0) warnings.push(`${empty} of ${messages} messages have no text body and were skipped`);
  if (attachments.length > 0) warnings.push(`${attachments.length} attachment(s) not read; save them into the input folder to use them`);
  return { sourceFile: sourceName, format: ID, text, units, warnings, metadata: { messages } };
}
