import type { FieldsData } from '@kenjiuno/msgreader';
import { ExtractionError } from '../errors/errors.js';
import { messageDocument } from './email-extractor.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { isCompoundFile } from './office-package.js';
import { errorText, hasVisibleText, loadInput, throwIfAborted } from './read-input.js';
import type { ExtractedDocument, ExtractInput, ExtractOptions } from './types.js';
import type { IsolatedExtractor } from './worker-protocol.js';

/**
 * Outlook messages (`.msg`, what dragging a mail out of Outlook saves: an OLE compound file), read with
 * @kenjiuno/msgreader (https://github.com/HiraokaHyperTools/msgreader, Apache-2.0): the plain-text body, else the
 * HTML body converted as HTML files are; subject, sender and date as metadata, attachments named in a warning, as
 * for `.eml` files. Outlook's own quoting (`-----Original Message-----` / `From:` `Sent:` header blocks) is what the
 * `email-reply` detector reads. A third-party parser of a binary container, so it runs in the extraction worker,
 * where the per-file time limit can stop it.
 */

const ID = 'outlook';

export const outlookExtractor: IsolatedExtractor = {
  id: ID,
  extensions: ['.msg'],
  mediaTypes: ['application/vnd.ms-outlook'],
  extract: extractOutlookMessage,
  worker: { moduleUrl: import.meta.url, exportName: 'outlookExtractor' },
};

type MsgReaderClass = new (data: ArrayBuffer | DataView) => { getFileData(): FieldsData };

async function extractOutlookMessage(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { bytes, sourceName, displayPath } = await loadInput(input, ID, options.signal);
  const fail = (reason: string, cause?: unknown): ExtractionError => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
  if (!isCompoundFile(bytes)) throw fail('this is not an Outlook message (.msg files are OLE compound files); save the mail from Outlook again, or as .eml');
  // The package is CommonJS with `exports.default`: under Node's ESM loader the class is one `default` deeper.
  const module = (await import('@kenjiuno/msgreader')) as unknown as { default: MsgReaderClass | { default: MsgReaderClass } };
  const MsgReader = 'default' in module.default ? module.default.default : module.default;
  let data: FieldsData;
  try {
    data = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData();
  } catch (error) {
    throw fail(`could not read this Outlook message (${errorText(error)}); it may be damaged — save it again from Outlook, or as .eml`, error);
  }
  if (data.error) throw fail(`could not read this Outlook message (${data.error}); save it again from Outlook, or as .eml`);
  // Word (.doc), Excel (.xls) and PowerPoint (.ppt) files are compound files too: a message has at least one of these.
  if ([data.messageClass, data.subject, data.senderName, data.senderEmail, data.body, data.bodyHtml, data.html, data.compressedRtf].every((field) => field === undefined)) {
    throw fail('this is not an Outlook message but another kind of OLE compound file (an old Word, Excel or PowerPoint file?); check the file extension');
  }
  throwIfAborted(options.signal);
  let text = data.body?.replace(/\r\n?/g, '\n').replace(/\0+$/, '').trim() ?? '';
  if (!hasVisibleText(text)) {
    const html = data.bodyHtml ?? (data.html ? Buffer.from(data.html).toString('utf8') : undefined);
    text = html === undefined ? '' : htmlToMarkdown(html).trim();
  }
  if (!hasVisibleText(text)) {
    const detail = data.compressedRtf ? 'only a rich-text (RTF) body, which is not read' : 'no text body';
    throw new ExtractionError(displayPath, `this Outlook message has ${detail}; save it as .eml or plain text from Outlook`, { extractorId: ID, code: 'no_text' });
  }
  const attachments = (data.attachments ?? []).map((attachment: FieldsData) => attachment.fileName ?? attachment.name ?? 'unnamed');
  const from = data.senderName && data.senderEmail ? `${data.senderName} <${data.senderEmail}>` : data.senderName ?? data.senderEmail;
  return messageDocument(sourceName, text, { subject: data.subject, from, date: data.clientSubmitTime ?? data.messageDeliveryTime, attachments }, ID);
}
