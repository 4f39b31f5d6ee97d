import { ExtractionError } from '../errors/errors.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { errorText, hasVisibleText, loadInput, noTextError, throwIfAborted } from './read-input.js';
import { appendParagraphUnits, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor } from './types.js';

/**
 * E-mail messages (`.eml`, RFC 5322 / MIME, as mail clients and help desks export them), parsed with postal-mime:
 * the text is the message's plain-text body (decoded from quoted-printable or base64 and its charset), or its HTML
 * body converted as HTML files are when there is no plain-text part. A support reply above the customer's quoted
 * message is what the `email-reply` detector takes as an exchange. Subject, sender and date go to the metadata;
 * attachments are listed in a warning, not read.
 */

const ID = 'email';

export const emailExtractor: Extractor = {
  id: ID,
  extensions: ['.eml'],
  mediaTypes: ['message/rfc822'],
  extract: extractEmail,
};

async function extractEmail(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  const { default: PostalMime } = await import('postal-mime');
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    // postal-mime reads an ArrayBuffer view; it never throws on odd headers, only on unreadable input.
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new ExtractionError(displayPath, `could not read this e-mail message (${errorText(error)}); save it again as .eml from the mail client`, { extractorId: ID, cause: error });
  }
  throwIfAborted(options.signal);
  const warnings: string[] = [];
  let text = email.text?.replace(/\r\n?/g, '\n').trim() ?? '';
  if (!hasVisibleText(text) && email.html !== undefined) text = htmlToMarkdown(email.html).trim();
  if (!hasVisibleText(text)) {
    if (email.subject === undefined && email.from === undefined) throw noTextError(displayPath, ID);
    throw new ExtractionError(displayPath, 'this e-mail has no text body (only attachments or an empty message)', { extractorId: ID, code: 'no_text' });
  }
  if (email.attachments.length > 0) {
    warnings.push(`${email.attachments.length} attachment(s) not read (${email.attachments.map((attachment) => attachment.filename ?? attachment.mimeType).join(', ')}); save them into the input folder to use them`);
  }
  const units: DocumentUnit[] = [];
  appendParagraphUnits(text, units, { minChars: minUnitChars(text.length) });
  const from = email.from === undefined ? undefined : email.from.name ? `${email.from.name} <${email.from.address ?? ''}>` : email.from.address;
  return {
    sourceFile: sourceName,
    format: ID,
    text,
    units,
    warnings,
    metadata: {
      ...(email.subject ? { title: email.subject, subject: email.subject } : {}),
      ...(from ? { from } : {}),
      ...(email.date ? { date: email.date } : {}),
    },
  };
}
