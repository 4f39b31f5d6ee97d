import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../errors/errors.js';
import { spreadsheetExtractor } from './spreadsheet-extractor.js';

const FIXTURES = fileURLToPath(new URL('../../../shared/fixtures/documents/spreadsheet/', import.meta.url));

function fixture(name: string) {
  return spreadsheetExtractor.extract({ path: `${FIXTURES}${name}` });
}

function workbook(sheets: Record<string, unknown[][]>, bookType: XLSX.BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name);
  return XLSX.write(book, { type: 'buffer', bookType }) as Uint8Array;
}

describe('spreadsheetExtractor on real workbooks', () => {
  it('gives one unit per sheet with title rows and header-aware lines (Stanley Cups .xlsx)', async () => {
    const document = await fixture('unstructured-stanley-cups.xlsx');
    expect(document.units.map((unit) => [unit.kind, unit.index, unit.title])).toEqual([
      ['sheet', 1, 'Stanley Cups'],
      ['sheet', 2, 'Stanley Cups Since 67'],
    ]);
    expect(document.units[0]!.text).toBe(
      '## Sheet: Stanley Cups\nStanley Cups\nTeam: Blues | Location: STL | Stanley Cups: 1\nTeam: Flyers | Location: PHI | Stanley Cups: 2\nTeam: Maple Leafs | Location: TOR | Stanley Cups: 13',
    );
    expect(document.metadata).toMatchObject({ sheetCount: 2 });
    expect(document.conversations).toBeUndefined();
    for (const unit of document.units) expect(document.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
  });

  it('reads .xls, .ods and multi-sheet .xlsx files', async () => {
    const xls = await fixture('markitdown-test.xls');
    expect(xls.units).toHaveLength(2);
    expect(xls.text).toContain('Alpha: 58 | Beta: 6ff4173b-42a5-4784-9b19-f49caff4d93d | Gamma: 22 | Delta: 9');
    expect(xls.units[1]!.title).toBe('09060124-b5e7-4717-9d07-3c046eb');
    const ods = await fixture('docling-odf_table_with_title_01.ods');
    expect(ods.text).toBe('## Sheet: Sheet1\nNumber of freshwater ducks per year\nYear: 2019 | Freshwater Ducks: 120\nYear: 2020 | Freshwater Ducks: 135\nYear: 2021 | Freshwater Ducks: 150\nYear: 2022 | Freshwater Ducks: 170\nYear: 2023 | Freshwater Ducks: 160\nYear: 2024 | Freshwater Ducks: 180');
    const xlsx = await fixture('docling-xlsx_01.xlsx');
    expect(xlsx.units.map((unit) => unit.title)).toEqual(['Sheet1', 'Sheet2', 'Sheet3', 'Sheet4']);
    expect(xlsx.text).toContain('first: 1 | second: 5 | third: 9');
  });

  it('turns the Blackboard quiz sheet into Q/A text and conversations (tests-example.xls)', async () => {
    const document = await fixture('unstructured-tests-example.xls');
    expect(document.units).toHaveLength(3);
    const quiz = document.units[0]!.text;
    expect(quiz).toContain('Q: What is 2+2?\nA: 4');
    expect(quiz).toContain('Q: Bagpipes are awesome.\nA: True');
    expect(quiz).toContain('Q: Rank the following in their order of operation.\nA: Parentheses; Exponents; Division; Addition');
    expect(quiz).toContain('Q: What C datatypes are 8 bits? (assume i386)\nOptions: int; float; double; char');
    expect(document.conversations?.[0]).toEqual({
      messages: [{ role: 'user', content: 'What is 2+2?' }, { role: 'assistant', content: '4' }],
      shape: 'sheet-quiz',
      unitKind: 'sheet',
      unitIndex: 1,
    });
    expect(document.conversations).toHaveLength(5);
    // The legend sheet (MC | Multiple Choice ...) is a table, not a quiz.
    expect(document.units[1]!.text).toContain('Abbreviation: MC | Question Type: Multiple Choice');
  });
});

describe('spreadsheetExtractor question/answer sheets', () => {
  it('offers a sheet with question-like and answer-like headers as ready-made pairs', async () => {
    const bytes = workbook({
      Notes: [['just', 'a', 'table'], [1, 2, 3]],
      FAQ: [
        ['Question', 'Answer', 'Category'],
        ['How do I reset my password?', 'Use the "Forgot password" link.', 'account'],
        ['', 'orphan answer', ''],
        ['Can I pay by card?', 'Yes, all major cards.', 'billing'],
      ],
    });
    const document = await spreadsheetExtractor.extract({ bytes, name: 'faq.xlsx' });
    expect(document.conversations).toEqual([
      { messages: [{ role: 'user', content: 'How do I reset my password?' }, { role: 'assistant', content: 'Use the "Forgot password" link.' }], shape: 'sheet-qa', unitKind: 'sheet', unitIndex: 2 },
      { messages: [{ role: 'user', content: 'Can I pay by card?' }, { role: 'assistant', content: 'Yes, all major cards.' }], shape: 'sheet-qa', unitKind: 'sheet', unitIndex: 2 },
    ]);
    expect(document.units[1]!.text).toBe(
      '## Sheet: FAQ\n(Category: account)\nQ: How do I reset my password?\nA: Use the "Forgot password" link.\n\nAnswer: orphan answer\n\n(Category: billing)\nQ: Can I pay by card?\nA: Yes, all major cards.',
    );
  });

  it.each([
    [['prompt', 'completion'], 'Say hi', 'Hi!'],
    [['USER', 'ASSISTANT'], 'Say hi', 'Hi!'],
    [['Q', 'A'], 'Say hi', 'Hi!'],
    [['Instruction', 'Input', 'Output'], 'Translate', 'Bonjour'],
    [['input', 'output'], 'Say hi', 'Hi!'],
  ])('recognises %j headers', async (header, question, answer) => {
    const row = header.length === 3 ? [question, 'Hello', answer] : [question, answer];
    const document = await spreadsheetExtractor.extract({ bytes: workbook({ S: [header, row] }), name: 'pairs.xlsx' });
    const expectedUser = header.length === 3 ? `${question}\n\nHello` : question;
    expect(document.conversations?.[0]?.messages).toEqual([{ role: 'user', content: expectedUser }, { role: 'assistant', content: answer }]);
  });

  it('does not pair two question columns or numeric input/output columns', async () => {
    const similar = workbook({ S: [['question_1', 'question_2', 'similar'], ['What is it?', 'What is that?', 1]] });
    expect((await spreadsheetExtractor.extract({ bytes: similar, name: 'q.xlsx' })).conversations).toBeUndefined();
    const numbers = workbook({ S: [['input', 'output'], [1, 2], [3, 4]] });
    const document = await spreadsheetExtractor.extract({ bytes: numbers, name: 'n.xlsx' });
    expect(document.conversations).toBeUndefined();
    expect(document.text).toBe('## Sheet: S\ninput: 1 | output: 2\ninput: 3 | output: 4');
  });
});

describe('spreadsheetExtractor on bad input', () => {
  it('fails clearly on a truncated workbook and on text with a spreadsheet extension', async () => {
    const whole = readFileSync(`${FIXTURES}docling-xlsx_01.xlsx`);
    const error = await spreadsheetExtractor.extract({ bytes: whole.subarray(0, 50_000), name: 'cut.xlsx' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as Error).message).toMatch(/^cut\.xlsx: .*(truncated|damaged)/);
    await expect(spreadsheetExtractor.extract({ bytes: Buffer.from('a,b\n1,2\n'), name: 'csv.xlsx' })).rejects.toThrowError(
      /^csv\.xlsx: this is not a valid Excel \(\.xlsx\) file \(it is not a ZIP package\)/,
    );
  });

  it('warns when every sheet is empty', async () => {
    const document = await spreadsheetExtractor.extract({ bytes: workbook({ Empty: [] }), name: 'empty.xlsx' });
    expect(document.units).toEqual([]);
    expect(document.warnings).toEqual(['no extractable text: every sheet is empty']);
  });
});
