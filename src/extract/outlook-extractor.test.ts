import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectConversations } from '../detect/detect-conversations.js';
import { outlookExtractor } from './outlook-extractor.js';

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
    const document = await outlookExtractor.extract({ bytes, name: 'RE VPN.msg' });
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
    const document = await outlookExtractor.extract({ bytes, name: 'thread.msg' });
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found.map((conversation) => conversation.messages.map((message) => message.content))).toEqual([
      ['Thanks. Has the refund been sent yet?', 'Yes, the refund was sent today.'],
    ]);
  });

  it('names a file that is not an Outlook message, and one without a text body', async () => {
    await expect(outlookExtractor.extract({ bytes: Buffer.from('From: a\r\n\r\nhello'), name: 'fake.msg' })).rejects.toThrow(/not an Outlook message/);
    const workbook = readFileSync(fileURLToPath(new URL('../../../shared/fixtures/documents/spreadsheet/markitdown-test.xls', import.meta.url)));
    await expect(outlookExtractor.extract({ bytes: workbook, name: 'renamed.msg' })).rejects.toThrow(/not an Outlook message but another kind of OLE compound file/);
    const empty = await outlookMessage({ [SUBJECT]: 'Only a subject' });
    await expect(outlookExtractor.extract({ bytes: empty, name: 'empty.msg' })).rejects.toThrow(/has no text body/);
  });
});
