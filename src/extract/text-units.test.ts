import { describe, expect, it } from 'vitest';
import { appendParagraphUnits, appendSectionUnits, DocumentTextBuilder, GroupedUnitWriter, MAX_SECTION_CHARS, minUnitChars } from './text-units.js';
import type { DocumentUnit } from './types.js';

function expectSlices(text: string, units: DocumentUnit[]): void {
  for (const unit of units) expect(text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
}

describe('appendParagraphUnits', () => {
  it('splits on blank lines (also whitespace-only ones) and records offsets', () => {
    const text = '\n\nFirst line\nstill first.\n  \t \nSecond.\n\n\n   Third, indented.\n';
    const units: DocumentUnit[] = [];
    appendParagraphUnits(text, units);
    expect(units.map((unit) => unit.text)).toEqual(['First line\nstill first.', 'Second.', 'Third, indented.']);
    expect(units.map((unit) => [unit.kind, unit.index])).toEqual([['paragraph', 1], ['paragraph', 2], ['paragraph', 3]]);
    expectSlices(text, units);
  });

  it('groups paragraphs so a huge file stays under the unit cap', () => {
    const text = Array.from({ length: 2_000 }, (_, index) => `p${index}`).join('\n\n');
    const units: DocumentUnit[] = [];
    appendParagraphUnits(text, units, { minChars: 100 });
    expect(units.length).toBeLessThan(200);
    expect(units[0]!.text.startsWith('p0\n\np1')).toBe(true);
    expectSlices(text, units);
    expect(minUnitChars(200 * 1024 * 1024)).toBe(4195);
  });
});

describe('appendSectionUnits', () => {
  it('starts a section at each ATX or setext heading, ignoring headings in fenced code', () => {
    const text = [
      'Intro text.',
      '',
      '# Install',
      'Run it.',
      '```sh',
      '# not a heading',
      '```',
      '',
      'Usage',
      '-----',
      'Call it. ##',
      '',
      '## FAQ ##',
      '**Q:** Why?',
    ].join('\n');
    const units: DocumentUnit[] = [];
    appendSectionUnits(text, units);
    expect(units.map((unit) => [unit.index, unit.title])).toEqual([[1, undefined], [2, 'Install'], [3, 'Usage'], [4, 'FAQ']]);
    expect(units[1]!.text).toContain('# not a heading');
    expect(units.every((unit) => unit.kind === 'section')).toBe(true);
    expectSlices(text, units);
  });

  it('splits an over-long section at paragraphs, each part keeping the title', () => {
    const paragraph = 'word '.repeat(400).trim();
    const text = `# Long\n\n${Array.from({ length: 20 }, () => paragraph).join('\n\n')}`;
    const units: DocumentUnit[] = [];
    appendSectionUnits(text, units);
    expect(units.length).toBeGreaterThan(1);
    expect(units.every((unit) => unit.title === 'Long' && unit.text.length <= MAX_SECTION_CHARS)).toBe(true);
    expectSlices(text, units);
  });

  it('merges neighbouring units when the size estimate was too low for the unit cap', () => {
    const writer = new GroupedUnitWriter('record', 1, '\n\n', 'records', 4);
    for (let index = 1; index <= 10; index++) writer.add(`record ${index}`, index);
    const { text, units } = writer.build();
    expect(units.map((unit) => [unit.index, unit.title])).toEqual([[1, 'records 1–4'], [5, 'records 5–8'], [9, 'records 9–10']]);
    expect(units[0]!.text).toBe('record 1\n\nrecord 2\n\nrecord 3\n\nrecord 4');
    expectSlices(text, units);
  });
});

describe('DocumentTextBuilder and GroupedUnitWriter', () => {
  it('joins units with the separator and keeps exact offsets', () => {
    const builder = new DocumentTextBuilder();
    builder.addUnit('page', '  Page one  ', { index: 1 });
    builder.addUnit('page', '   ', { index: 2 });
    builder.addUnit('page', 'Page three', { index: 3, title: 'Three' });
    const { text, units } = builder.build();
    expect(text).toBe('Page one\n\nPage three');
    expect(units.map((unit) => [unit.index, unit.offset, unit.title])).toEqual([[1, 0, undefined], [3, 10, 'Three']]);
    expectSlices(text, units);
  });

  it('groups small items into ranged units', () => {
    const writer = new GroupedUnitWriter('row', 10, '\n', 'rows');
    for (let index = 1; index <= 6; index++) writer.add(`row ${index}`, index);
    const { text, units } = writer.build();
    expect(text).toBe('row 1\nrow 2\nrow 3\nrow 4\nrow 5\nrow 6');
    expect(units.map((unit) => [unit.index, unit.title, unit.text])).toEqual([
      [1, 'rows 1–2', 'row 1\nrow 2'],
      [3, 'rows 3–4', 'row 3\nrow 4'],
      [5, 'rows 5–6', 'row 5\nrow 6'],
    ]);
    expectSlices(text, units);
  });

  it('merges neighbouring units when the size estimate was too low for the unit cap', () => {
    const writer = new GroupedUnitWriter('record', 1, '\n\n', 'records', 4);
    for (let index = 1; index <= 10; index++) writer.add(`record ${index}`, index);
    const { text, units } = writer.build();
    expect(units.map((unit) => [unit.index, unit.title])).toEqual([[1, 'records 1–4'], [5, 'records 5–8'], [9, 'records 9–10']]);
    expect(units[0]!.text).toBe('record 1\n\nrecord 2\n\nrecord 3\n\nrecord 4');
    expectSlices(text, units);
  });
});
