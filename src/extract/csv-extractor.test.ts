import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvExtractor } from './csv-extractor.js';

const DOCUMENTS = fileURLToPath(new URL('../../../shared/fixtures/documents/', import.meta.url));

function fixture(name: string) {
  return csvExtractor.extract({ path: `${DOCUMENTS}${name}` });
}

function fromText(text: string, name = 'data.csv', encoding: BufferEncoding = 'utf8') {
  return csvExtractor.extract({ bytes: Buffer.from(text, encoding), name });
}

describe('csvExtractor on real files', () => {
  it('decodes the Shift-JIS file and writes rows header-aware', async () => {
    const document = await fixture('csv/markitdown-test_mskanji.csv');
    expect(document.text).toBe('名前: 佐藤太郎 | 年齢: 30 | 住所: 東京\n名前: 三木英子 | 年齢: 25 | 住所: 大阪\n名前: 髙橋淳 | 年齢: 35 | 住所: 名古屋');
    expect(document.metadata).toMatchObject({ encoding: 'shift_jis', delimiter: ',', rows: 4, header: ['名前', '年齢', '住所'] });
    expect(document.warnings).toEqual(['decoded as shift_jis (the file is not UTF-8)']);
    expect(document.units.map((unit) => [unit.kind, unit.index])).toEqual([['row', 2], ['row', 3], ['row', 4]]);
  });

  it('keeps a title row above the header and reads quoted cells (unstructured, docling)', async () => {
    const cups = await fixture('csv/unstructured-stanley-cups.csv');
    expect(cups.text).toBe('Stanley Cups\nTeam: Blues | Location: STL | Stanley Cups: 1\nTeam: Flyers | Location: PHI | Stanley Cups: 2\nTeam: Maple Leafs | Location: TOR | Stanley Cups: 13');
    const customers = await fixture('csv/docling-csv-comma.csv');
    expect(customers.text).toContain('First Name: Preston | Last Name: Lozano, Dr | Company: Vega-Gentry');
    for (const unit of customers.units) expect(customers.text.slice(unit.offset, unit.offset! + unit.text.length)).toBe(unit.text);
  });

  it('turns the COVID FAQ question/answer columns into conversations, one per row', async () => {
    const document = await fixture('qa/covid-qa-faq_covidbert.csv');
    const first = document.conversations![0]!;
    expect(first.shape).toBe('csv-qa');
    expect(first.unitKind).toBe('row');
    expect(first.unitIndex).toBe(2);
    expect(first.messages[0]).toEqual({ role: 'user', content: 'What is a novel coronavirus?' });
    expect(first.messages[1]!.content).toMatch(/^A novel coronavirus is a new coronavirus .* common coronavirus diagnosis\.$/s);
    expect(document.conversations!.length).toBeGreaterThan(200);
    expect(document.text).toContain('Q: What is a novel coronavirus?\nA: A novel coronavirus is a new coronavirus');
    // `answer_html` (a derived copy of `answer`) is not repeated in the text.
    expect(document.text).not.toContain('answer_html');
    const tiny = await fixture('qa/seq2seq-chatbot-csv_data.csv');
    expect(tiny.text).toBe('Q: your question\nA: your answer\n\nQ: what is your name\nA: bob');
    expect(tiny.conversations?.map((conversation) => conversation.unitIndex)).toEqual([2, 3]);
  });

  it('finds no conversations in a table of question pairs (negative fixture)', async () => {
    const document = await fixture('negative/covid-qa-eval_question_similarity_en.csv');
    expect(document.conversations).toBeUndefined();
    expect(document.text.split('\n')[0]).toBe('question_1: What is a novel coronavirus? | question_2: What is a new coronavirus? | similar: 1');
  });
});

describe('csvExtractor formats and encodings', () => {
  it.each([
    ['ticket_id,customer_message,agent_response', 'support ticket export'],
    ['user_query,bot_reply', 'chatbot log'],
    ['questionText,answerText', 'camelCase'],
    ['Frage,Antwort', 'German'],
    ['pregunta,respuesta', 'Spanish'],
    ['question,réponse', 'French'],
  ])('takes %s columns as question/answer (%s)', async (header) => {
    const columns = header.split(',');
    const row = (question: string, answer: string): string => columns.map((column, index) => (index === columns.length - 2 ? question : index === columns.length - 1 ? answer : '7')).join(',');
    const document = await fromText(`${header}\n${row('Where is my parcel?', 'It left the depot today.')}\n${row('How do I reset my password?', 'Use the Forgot password link.')}\n`);
    expect(document.conversations?.map((conversation) => conversation.messages.map((message) => message.content))).toEqual([
      ['Where is my parcel?', 'It left the depot today.'],
      ['How do I reset my password?', 'Use the Forgot password link.'],
    ]);
  });

  it('does not take a speaker-named column that is not a turn for question/answer (agent_name, customer_id)', async () => {
    const document = await fromText('customer_id,agent_name,notes\nC1,Jane Doe,called twice\nC2,Sam Roe,refund approved\n');
    expect(document.conversations).toBeUndefined();
  });

  it('detects semicolons, reads TSV by extension, and UTF-16 with a BOM', async () => {
    expect((await fromText('name;city\nAnn;Oslo\n')).text).toBe('name: Ann | city: Oslo');
    expect((await fromText('name\tcity\nAnn\tOslo\n', 'data.tsv')).text).toBe('name: Ann | city: Oslo');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('question,answer\r\nWhy?,Because.\r\n', 'utf16le')]);
    const document = await csvExtractor.extract({ bytes: utf16, name: 'u16.csv' });
    expect(document.conversations?.[0]?.messages).toEqual([{ role: 'user', content: 'Why?' }, { role: 'assistant', content: 'Because.' }]);
    expect(document.metadata).toMatchObject({ encoding: 'utf-16le' });
  });

  it('keeps multi-line quoted cells and reports quote problems as warnings', async () => {
    const document = await fromText('Question,Answer\n"Two\nlines?","Yes, ""quoted"" and\nmulti-line."\n');
    expect(document.conversations?.[0]?.messages[1]?.content).toBe('Yes, "quoted" and\nmulti-line.');
    const broken = await fromText('a,b\n1,"unterminated\n2,3\n');
    expect(broken.warnings.join(' ')).toMatch(/Quotes problem, first at row 2/);
  });

  it('writes header-less tables as plain rows', async () => {
    expect((await fromText('1,2,3\n4,5,6\n')).text).toBe('1 | 2 | 3\n4 | 5 | 6');
  });

  it('groups rows of a large file into at most 50,000 units and stays abortable', async () => {
    const rows = Array.from({ length: 120_000 }, (_, index) => `q${index},a${index}`);
    const document = await fromText(`question,answer\n${rows.join('\n')}\n`);
    expect(document.conversations).toHaveLength(120_000);
    expect(document.units.length).toBeLessThanOrEqual(50_000);
    expect(document.units[0]!.title).toMatch(/^rows 2–\d+$/);
    const controller = new AbortController();
    const pending = csvExtractor.extract({ bytes: Buffer.from(`a,b\n${rows.join('\n')}`), name: 'big.csv' }, { signal: controller.signal });
    setImmediate(() => controller.abort());
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('restarts with the right encoding when non-UTF-8 bytes appear only deep into a file', async () => {
    const head = Array.from({ length: 30_000 }, (_, index) => `row${index},plain`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`name,note\n${head}\n`), Buffer.from('last,caf\xe9\n', 'latin1')]);
    expect(bytes.length).toBeGreaterThan(300_000);
    const document = await csvExtractor.extract({ bytes, name: 'late.csv' });
    expect(document.text.endsWith('name: last | note: café')).toBe(true);
    expect(document.metadata).toMatchObject({ encoding: 'windows-1252', rows: 30_002 });
    expect(document.warnings).toContain('decoded as windows-1252 (the file is not UTF-8)');
  });

  it('refuses a whitespace-only file', async () => {
    await expect(fromText(' \n\t\n')).rejects.toThrowError(/^data\.csv: the file contains no text \(only whitespace\)/);
  });
});
