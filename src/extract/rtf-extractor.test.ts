import { describe, expect, it } from 'vitest';
import { detectConversations } from '../detect/detect-conversations.js';
import { ExtractionError } from '../errors/errors.js';
import { rtfExtractor, rtfToText } from './rtf-extractor.js';

// As macOS TextEdit saves a note (Format > Make Rich Text): Cocoa header, tables, `\` + newline per line.
const TEXTEDIT = String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2639
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fnil\fcharset0 Menlo-Regular;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx566\tx1133\pardirnatural\partightenfactor0

\f0\b\fs24 \cf0 Support FAQ\
\b0 \
Q: How do I reset my password?\
A: Click \'93Forgot password\'94 on the sign-in page \'96 you get a link by e-mail.\
\
Q: Are you open on Sundays?\
A: Yes, 10\'9617h at the Caf\'e9 desk.}`;

// As Word writes "Rich Text": \u with an ANSI fallback, a hyperlink field, a footnote, a table, a picture.
const WORD = String.raw`{\rtf1\ansi\ansicpg1252\deff0\uc1{\fonttbl{\f0\froman Times New Roman;}}{\info{\title Plans}{\author Ana}}
{\header \pard Page header\par}
\pard\plain Our plans \u8212\'97 compared{\super\chftn{\footnote \pard\plain\chftn Prices in EUR.}}\par
\trowd\cellx3000\cellx6000\pard\intbl Plan\cell Price\cell\row
\trowd\cellx3000\cellx6000\pard\intbl Pro\cell 10\cell\row
\pard See {\field{\*\fldinst HYPERLINK "https://example.com/plans"}{\fldrslt pricing page}} or write to us\line {\pict\pngblip 89504e470d0a1a0a}sales\'40example.com.\par
Emoji: \u-10179?\u-8704?, Greek: \u945?\u946?\par}`;

describe('rtfExtractor', () => {
  it('reads a TextEdit note: one line per line, code-page characters, no font or colour tables', async () => {
    const document = await rtfExtractor.extract({ bytes: Buffer.from(TEXTEDIT, 'latin1'), name: 'faq.rtf' });
    expect(document.text).toBe([
      'Support FAQ',
      '',
      'Q: How do I reset my password?',
      'A: Click \u201CForgot password\u201D on the sign-in page \u2013 you get a link by e-mail.',
      '',
      'Q: Are you open on Sundays?',
      'A: Yes, 10\u201317h at the Caf\u00e9 desk.',
    ].join('\n'));
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found.map((conversation) => conversation.messages[0]!.content)).toEqual(['How do I reset my password?', 'Are you open on Sundays?']);
  });

  it('reads Word rich text: Unicode with fallbacks, tables, a link\'s text; no header, footnote, info or picture', () => {
    expect(rtfToText(WORD)).toBe([
      'Our plans \u2014 compared',
      'Plan | Price',
      'Pro | 10',
      'See pricing page or write to us',
      'sales@example.com.',
      'Emoji: \u{1F600}, Greek: \u03B1\u03B2',
    ].join('\n'));
  });

  it('decodes the document\'s code page (Shift-JIS bytes of a Japanese RTF)', () => {
    expect(rtfToText(String.raw`{\rtf1\ansi\ansicpg932 {\fonttbl{\f0 MS Gothic;}}\f0 \'93\'fa\'96\'7b\'8c\'ea\par}`)).toBe('日本語');
  });

  it('names a file that is not RTF, and an empty one', async () => {
    await expect(rtfExtractor.extract({ bytes: Buffer.from('just text'), name: 'notes.rtf' })).rejects.toThrow(/not a Rich Text file/);
    await expect(rtfExtractor.extract({ bytes: Buffer.from(String.raw`{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard\par}`), name: 'empty.rtf' })).rejects.toBeInstanceOf(ExtractionError);
  });
});
