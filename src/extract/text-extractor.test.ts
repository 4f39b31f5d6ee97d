import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlExtractor } from './html-extractor.js';
import { markdownExtractor, textExtractor } from './text-extractor.js';

const QA = fileURLToPath(new URL('../../../shared/fixtures/documents/qa/', import.meta.url));

describe('textExtractor and markdownExtractor', () => {
  it('keeps the text exactly as in the file apart from newlines', async () => {
    const raw = readFileSync(`${QA}zlib-FAQ.txt`, 'utf8');
    const document = await textExtractor.extract({ path: `${QA}zlib-FAQ.txt` });
    expect(document.text).toBe(raw.replace(/\r\n?/g, '\n'));
    expect(document.format).toBe('text');
    expect(document.units[0]).toMatchObject({ kind: 'paragraph', index: 1, text: 'Frequently Asked Questions about zlib' });
    expect(document.units.find((unit) => unit.text.startsWith('1. Is zlib Y2K-compliant?'))).toBeDefined();
    for (const unit of document.units) expect(document.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
  });

  it('normalises CRLF and gives Markdown one section per heading', async () => {
    const bytes = Buffer.from('# FAQ\r\n\r\n**Q:** What?\r\n**A:** That.\r\n\r\n## More\r\nText\r\n');
    const document = await markdownExtractor.extract({ bytes, name: 'faq.md' });
    expect(document.text).toBe('# FAQ\n\n**Q:** What?\n**A:** That.\n\n## More\nText\n');
    expect(document.units.map((unit) => [unit.kind, unit.index, unit.title, unit.text])).toEqual([
      ['section', 1, 'FAQ', '# FAQ\n\n**Q:** What?\n**A:** That.'],
      ['section', 2, 'More', '## More\nText'],
    ]);
  });

  it('reads a real Markdown FAQ into titled sections', async () => {
    const document = await markdownExtractor.extract({ path: `${QA}curl-FAQ.md` });
    const section = document.units.find((unit) => unit.title === 'What is curl?');
    expect(section?.text).toMatch(/^## What is curl\?\n\ncurl is the name of the project\./);
  });

  it('keeps a quiz verbatim and ignores YAML front matter when finding sections', async () => {
    const raw = readFileSync(`${QA}aws-ccp-practice-exam-1.md`, 'utf8');
    const document = await markdownExtractor.extract({ path: `${QA}aws-ccp-practice-exam-1.md` });
    expect(document.text).toBe(raw.replace(/\r\n?/g, '\n'));
    // The front matter is not a setext heading; the long exam section is split into parts that keep its title.
    expect(document.units[0]!.text).toBe('---\nlayout: exam\n---');
    expect(new Set(document.units.slice(1).map((unit) => unit.title))).toEqual(new Set(['Practice Exam 1']));
    expect(document.units.length).toBeLessThanOrEqual(4);
    expect(document.units[1]!.text).toMatch(/^# Practice Exam 1\n\n1\. AWS allows users .*\n    - A\. AWS CLI\./);
  });

  it('refuses binary content, zero bytes and whitespace-only files, naming the file', async () => {
    const binary = Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x45, 0x4c, 0x46]);
    await expect(textExtractor.extract({ bytes: binary, name: 'notes.txt' })).rejects.toThrowError(/^notes\.txt: this looks like a binary file/);
    await expect(textExtractor.extract({ bytes: new Uint8Array(0), name: 'zero.txt' })).rejects.toMatchObject({
      code: 'empty_file',
      message: 'zero.txt: the file is empty (0 bytes); nothing to extract',
    });
    await expect(markdownExtractor.extract({ bytes: Buffer.from('\n \n\t'), name: 'blank.md' })).rejects.toThrowError(
      'blank.md: the file contains no text (only whitespace); nothing to extract',
    );
  });
});

describe('htmlExtractor', () => {
  it('turns the Go FAQ page into headed sections with readable questions and answers', async () => {
    const document = await htmlExtractor.extract({ path: `${QA}golang-website-faq.html` });
    expect(document.format).toBe('html');
    expect(document.text.startsWith('## Origins\n\n### What is the purpose of the project?\n\nAt the time of Go')).toBe(true);
    expect(document.text).not.toMatch(/<\/?(p|h3|pre|a)\b/);
    const section = document.units.find((unit) => unit.title === 'What is the purpose of the project?');
    expect(section?.kind).toBe('section');
    expect(document.units.length).toBeGreaterThan(50);
    expect(document.text).toContain('```\ntype Fooer interface {\n    Foo()\n    ImplementsFooer()\n}\n```');
  });
});
