import { describe, expect, it } from 'vitest';
import { createLineIndex, headingText, isFaqTitled, LineKind } from './line-index.js';

function kinds(text: string): number[] {
  const index = createLineIndex(text);
  return Array.from(index.kind);
}

describe('createLineIndex', () => {
  it('records line offsets without the line break (LF and CRLF)', () => {
    const text = 'ab\r\n  cd\n\nef';
    const index = createLineIndex(text);
    expect(index.count).toBe(4);
    expect(Array.from(index.start)).toEqual([0, 4, 9, 10]);
    expect(Array.from(index.end)).toEqual([2, 8, 9, 12]);
    expect(Array.from(index.first)).toEqual([0, 6, 9, 10]);
    expect(Array.from(index.indent)).toEqual([0, 2, 0, 0]);
    expect(kinds('a\n\t\nb')).toEqual([LineKind.text, LineKind.blank, LineKind.text]);
  });

  it('marks front matter, HTML comments, fences and rules', () => {
    const text = ['---', 'title: x', '---', '<!--', '# not a heading', '-->', '```js', '# code', '```', '', '* * *', '***', 'text'].join('\n');
    expect(kinds(text)).toEqual([
      LineKind.meta, LineKind.meta, LineKind.meta,
      LineKind.meta, LineKind.meta, LineKind.meta,
      LineKind.fence, LineKind.fence, LineKind.fence,
      LineKind.blank, LineKind.rule, LineKind.rule, LineKind.text,
    ]);
  });

  it('reads ATX headings and their text', () => {
    const text = '## Why? ##\n#hashtag\n####### seven';
    const index = createLineIndex(text);
    expect(Array.from(index.kind)).toEqual([LineKind.atxHeading, LineKind.text, LineKind.text]);
    expect(index.level[0]).toBe(2);
    const span = headingText(index, 0);
    expect(text.slice(span.start, span.end)).toBe('Why?');
  });

  it('gives Markdown setext levels 1 and 2, and reStructuredText levels in order of appearance', () => {
    const markdown = createLineIndex('# A\n\nB\n---\n\nC\n===');
    expect(markdown.level[2]).toBe(2);
    expect(markdown.level[5]).toBe(1);
    const rst = createLineIndex('Title\n=====\n\nSection\n-------\n\nSub\n~~~\n\nSection 2\n---------');
    expect([rst.level[0], rst.level[3], rst.level[6], rst.level[9]]).toEqual([1, 2, 3, 2]);
    expect(rst.kind[7]).toBe(LineKind.underline);
    // A `---` under a multi-line paragraph is a rule, not an underline.
    expect(kinds('one\ntwo\n---')).toEqual([LineKind.text, LineKind.text, LineKind.rule]);
  });

  it('tells an FAQ by its title, first lines or page metadata', () => {
    expect(isFaqTitled(createLineIndex('# Frequently Asked Questions\n\n## Q?'))).toBe(true);
    expect(isFaqTitled(createLineIndex('<!--{\n  "Title": "FAQ"\n}-->\n\n## Origins'))).toBe(true);
    expect(isFaqTitled(createLineIndex('\n      FAQ for zlib\n\n 1. Q?'))).toBe(true);
    expect(isFaqTitled(createLineIndex('# Guide\n\nRead the FAQ later.'))).toBe(false);
  });
});
