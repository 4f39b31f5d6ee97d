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
});

/** An Outlook .msg (OLE compound file) with the given string properties, as Outlook stores them (UTF-16, type 001F). */
async function outlookMessage(properties: Record<string, string>): Promise<Uint8Array> {
  const XLSX = await import('xlsx');
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [tag, value] of Object.entries(properties)) XLSX.CFB.utils.cfb_add(cfb, `/__substg1.0_${tag}001F`, Buffer.from(`${value}\0`, 'utf16le'));
  XLSX.CFB.utils.cfb_add(cfb, '/__properties_version1.0', Buffer.alloc(32));
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array;
}

// MS-OXPROPS tags: PidTagSubject 0x0037, PidTagBody 0x1000, PidTagSenderName 0x0C1A, PidTagSenderEmailAddress 0x0C1F, PidTagBodyHtml 0x1013.
const SUBJECT = '0037';
const BODY = '1000';
const SENDER = '0C1A';
const SENDER_ADDRESS = '0C1F';

describe('Outlook messages (.msg)', () => {
  it('reads the body and sender of an Outlook reply; the reply above "-----Original Message-----" is one exchange', async () => {
    const bytes = await outlookMessage({
      [SUBJECT]: 'RE: VPN keeps disconnecting',
      [SENDER]: 'Dana Support',
      [SENDER_ADDRESS]: 'dana@example.com',
      [BODY]: [
        'Hi Sam,', '', 'Update the VPN client to 5.2; the hourly drop is fixed there.', '', 'Dana', '',
        '-----Original Message-----', 'From: Sam Lee <sam@example.com>', 'Sent: Monday, March 3, 2025 9:12 AM', 'To: Support <support@example.com>',
        'Subject: VPN keeps disconnecting', '', 'Hello,', '', 'My VPN disconnects every hour. What can I do?', '', 'Sam',
      ].join('\r\n'),
    });
    const document = await emailExtractor.extract({ bytes, name: 'RE VPN.msg' });
    expect(document.metadata).toMatchObject({ subject: 'RE: VPN keeps disconnecting', from: 'Dana Support <dana@example.com>' });
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found.map((conversation) => [conversation.format, conversation.messages])).toEqual([[
      'email-reply',
      [
        { role: 'user', content: 'Hello,\n\nMy VPN disconnects every hour. What can I do?\n\nSam' },
        { role: 'assistant', content: 'Hi Sam,\n\nUpdate the VPN client to 5.2; the hourly drop is fixed there.\n\nDana' },
      ],
    ]]);
  });

  it('takes only the newest exchange of a thread quoted Outlook-style (underscores, From/Sent/To/Subject)', async () => {
    const bytes = await outlookMessage({
      [BODY]: [
        'Yes, the refund was sent today.', '',
        '________________________________', 'From: Ana <ana@example.com>', 'Sent: Tuesday, 4 March 2025 10:00', 'To: Billing', 'Subject: RE: Refund', '',
        'Thanks. Has the refund been sent yet?', '',
        '________________________________', 'From: Billing', 'Sent: Monday, 3 March 2025 16:00', 'To: Ana', 'Subject: Refund', '',
        'We approved your refund.',
      ].join('\r\n'),
    });
    const document = await emailExtractor.extract({ bytes, name: 'thread.msg' });
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found.map((conversation) => conversation.messages.map((message) => message.content))).toEqual([
      ['Thanks. Has the refund been sent yet?', 'Yes, the refund was sent today.'],
    ]);
  });

  it('names a file that is not an Outlook message, and one without a text body', async () => {
    await expect(emailExtractor.extract({ bytes: Buffer.from('From: a\r\n\r\nhello'), name: 'fake.msg' })).rejects.toThrow(/not an Outlook message/);
    const empty = await outlookMessage({ [SUBJECT]: 'Only a subject' });
    await expect(emailExtractor.extract({ bytes: empty, name: 'empty.msg' })).rejects.toThrow(/has no text body/);
  });
});
