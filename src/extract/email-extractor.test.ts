import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectConversations } from '../detect/detect-conversations.js';
import { emailExtractor } from './email-extractor.js';
import { extractFile } from './registry.js';

const QA = fileURLToPath(new URL('../../../shared/fixtures/documents/qa/', import.meta.url));

function message(headers: string[], body: string): Uint8Array {
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body.replace(/\n/g, '\r\n')}`);
}

describe('e-mail messages (.eml)', () => {
  it('reads the plain-text part of a real multipart reply; the reply above the quoted question is one exchange', async () => {
    const document = await extractFile(`${QA}chatwoot-mail_with_quote.eml`);
    expect(document.format).toBe('email');
    expect(document.text.startsWith('Yes, I am providing you step how to reproduce this issue\n\nOn Thu, Aug 19, 2021')).toBe(true);
    expect(document.text).not.toContain('Content-Type');
    expect(document.metadata).toMatchObject({ subject: 'Re: Checking mail forwarding to cw inbox', from: 'Sony Mathew <sony@chatwoot.com>' });
    expect(detectConversations(document.text).map((conversation) => conversation.messages)).toEqual([
      [
        { role: 'user', content: 'Any update on this?' },
        { role: 'assistant', content: 'Yes, I am providing you step how to reproduce this issue' },
      ],
    ]);
  });

  it('decodes quoted-printable and base64 bodies with their charset, and uses the HTML body when there is no text part', async () => {
    const quoted = await emailExtractor.extract({
      bytes: message(['Subject: =?UTF-8?Q?R=C3=BCckfrage?=', 'Content-Type: text/plain; charset=ISO-8859-1', 'Content-Transfer-Encoding: quoted-printable'], 'Gr=FC=DFe, die Antwort ist ja.\n'),
      name: 'reply.eml',
    });
    expect(quoted.text).toBe('Grüße, die Antwort ist ja.');
    expect(quoted.metadata).toMatchObject({ subject: 'Rückfrage' });
    const html = await emailExtractor.extract({
      bytes: message(['Subject: Hi', 'Content-Type: text/html; charset=UTF-8', 'Content-Transfer-Encoding: base64'], Buffer.from('<p>Your parcel <b>left</b> today.</p>').toString('base64')),
      name: 'html.eml',
    });
    expect(html.text).toContain('Your parcel');
    expect(html.text).not.toContain('<p>');
  });

  it('lists attachments in a warning and refuses a message without any text body', async () => {
    const boundary = 'XYZ';
    const withAttachment = message(
      ['Subject: Invoice', `Content-Type: multipart/mixed; boundary="${boundary}"`],
      `--${boundary}\nContent-Type: text/plain\n\nSee the invoice attached.\n--${boundary}\nContent-Type: application/pdf; name="invoice.pdf"\nContent-Disposition: attachment; filename="invoice.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--${boundary}--\n`,
    );
    const document = await emailExtractor.extract({ bytes: withAttachment, name: 'invoice.eml' });
    expect(document.text).toBe('See the invoice attached.');
    expect(document.warnings).toEqual([expect.stringContaining('1 attachment(s) not read (invoice.pdf)')]);
    const onlyAttachment = message(
      ['Subject: Scan', `Content-Type: multipart/mixed; boundary="${boundary}"`],
      `--${boundary}\nContent-Type: application/pdf; name="scan.pdf"\nContent-Disposition: attachment; filename="scan.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--${boundary}--\n`,
    );
    await expect(emailExtractor.extract({ bytes: onlyAttachment, name: 'scan.eml' })).rejects.toThrow(/scan\.eml.*no text body/);
  });

  it('reads a mailbox (.mbox) message by message: one unit each, a rule between them, one exchange per reply', async () => {
    const reply = (subject: string, answer: string, question: string): string =>
      `From customer@example.com Mon Jan  1 10:00:00 2024\nFrom: Support <help@shop.example>\nSubject: Re: ${subject}\nContent-Type: text/plain; charset=UTF-8\n\n${answer}\n\nOn Mon, Jan 1, 2024 at 9:00 AM Customer <c@example.com> wrote:\n> ${question}\n>From the start, thanks.\n`;
    const mbox = [reply('Order', 'Your parcel left the depot today.', 'Where is my order?'), reply('Refund', 'The refund was issued yesterday.', 'When do I get my refund?'), 'From x@example.com Tue Jan  2 10:00:00 2024\nSubject: empty\n\n\n'].join('\n');
    const document = await emailExtractor.extract({ bytes: Buffer.from(mbox), name: 'support.mbox' });
    expect(document.units.map((unit) => [unit.kind, unit.index, unit.title])).toEqual([['record', 1, 'Re: Order'], ['record', 2, 'Re: Refund']]);
    expect(document.text).toContain('\n\n---\n\n');
    expect(document.text).toContain('> Where is my order?\nFrom the start, thanks.'); // mboxrd `>From ` unquoted
    expect(document.warnings).toEqual(['1 of 3 messages have no text body and were skipped']);
    expect(detectConversations(document.text).map((conversation) => conversation.messages.map((message) => message.content))).toEqual([
      ['Where is my order?', 'Your parcel left the depot today.'],
      ['When do I get my refund?', 'The refund was issued yesterday.'],
    ]);
    await expect(emailExtractor.extract({ bytes: Buffer.from('just some text\n'), name: 'notes.mbox' })).rejects.toThrow(/notes\.mbox.*not an mbox mailbox/);
  });

  it('streams a mailbox larger than a read chunk: messages split across chunks, a large attachment, every message once', async () => {
    const attachment = Buffer.alloc(1_500_000, 7).toString('base64').replace(/.{76}/g, '$&\n');
    const parts: string[] = [];
    for (let index = 0; index < 3000; index += 1) {
      const body = index === 1500
        ? `--b\nContent-Type: text/plain\n\nMessage ${index} with a file.\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename="big.bin"\nContent-Transfer-Encoding: base64\n\n${attachment}\n--b--\n`
        : `Message ${index}: ${'words '.repeat(index % 97)}end.\n`;
      const type = index === 1500 ? 'multipart/mixed; boundary="b"' : 'text/plain; charset=UTF-8';
      parts.push(`From a${index}@example.com Mon Jan  1 10:00:00 2024\nSubject: m${index}\nContent-Type: ${type}\n\n${body}`);
    }
    const mbox = Buffer.from(parts.join('\n'));
    expect(mbox.length).toBeGreaterThan(3 * 1024 * 1024);
    const document = await emailExtractor.extract({ bytes: mbox, name: 'archive.mbox' });
    expect(document.metadata).toEqual({ messages: 3000 });
    expect(document.units.map((unit) => unit.index)).toEqual(Array.from({ length: 3000 }, (_, index) => index + 1));
    expect(document.units.every((unit, index) => unit.text.startsWith(`Message ${index}`) && (index === 1500 || unit.text.endsWith('end.')))).toBe(true);
    expect(document.warnings).toEqual(['1 attachment(s) not read; save them into the input folder to use them']);
  });
});
