// Extraction speed and memory benchmark (issue 3). Run after `npm run build`:
//   node bench/extract.bench.mjs            (a few minutes; writes ~650 MB of temp files, removed at the end)
//   node bench/extract.bench.mjs --quick    (smaller inputs, for a smoke run)
// Prints absolute figures and ratios against a baseline measured in the same run:
// raw `fs.readFile` of the same bytes (speed) and of the same file in a fresh process (peak RSS).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import * as XLSX from 'xlsx';

const quick = process.argv.includes('--quick');
const root = fileURLToPath(new URL('..', import.meta.url));
const registryUrl = pathToFileURL(join(root, 'dist/extract/registry.js')).href;
const { extractFile } = await import(registryUrl);
const fixtures = join(root, '../shared/fixtures/documents');
const temp = mkdtempSync(join(tmpdir(), 'ftdb-extract-bench-'));
const MB = 1024 * 1024;
const noLimit = { maxBytes: 4096 * MB, timeoutMs: 3_600_000 };
const results = [];

function mb(bytes) {
  return (bytes / MB).toFixed(1);
}

async function timed(fn) {
  const started = process.hrtime.bigint();
  const value = await fn();
  return { value, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function readBaselineMs(path, repeat = 1) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const { ms } = await timed(async () => {
      for (let index = 0; index < repeat; index++) await readFile(path);
    });
    best = Math.min(best, ms);
  }
  return best;
}

/** Extraction throughput for one file: best of `rounds`, compared with reading the same bytes. */
async function throughput(label, path, { rounds = 3, unitsLabel } = {}) {
  const bytes = statSync(path).size;
  if (bytes < 50 * MB) await extractFile(path, noLimit); // warm-up: lazy parser import, JIT
  let best = Infinity;
  let document;
  for (let round = 0; round < rounds; round++) {
    const run = await timed(() => extractFile(path, noLimit));
    if (run.ms < best) [best, document] = [run.ms, run.value];
  }
  const baseline = await readBaselineMs(path);
  const row = {
    label,
    input: `${mb(bytes)} MB`,
    ms: best.toFixed(0),
    'MB/s': (bytes / MB / (best / 1000)).toFixed(1),
    'text MB/s': (document.text.length / MB / (best / 1000)).toFixed(1),
    units: `${document.units.length} ${unitsLabel ?? document.units[0]?.kind ?? ''}`,
    'vs readFile': `${(best / baseline).toFixed(0)}x`,
  };
  results.push(row);
  return { document, ms: best };
}

/** Peak RSS of a fresh Node process that runs `mode` on `path` (`read` = fs.readFile baseline). */
function peakRss(mode, path) {
  const script = `
    const [mode, path, registryUrl] = process.argv.slice(1);
    const { readFile } = await import('node:fs/promises');
    let size = 0;
    if (mode === 'read') { size = (await readFile(path)).length; }
    else {
      const { extractFile } = await import(registryUrl);
      const document = await extractFile(path, { maxBytes: 4096 * 1024 * 1024, timeoutMs: 3600000 });
      size = document.text.length;
    }
    // VmHWM is this process image's own peak; maxRSS (getrusage) also carries the parent's RSS at fork time,
    // because Linux keeps ru_maxrss across execve (getrusage(2), NOTES), so it cannot go below the parent's size.
    const status = (await import('node:fs')).readFileSync('/proc/self/status', 'utf8');
    const hwmLine = status.split('\\n').find((line) => line.startsWith('VmHWM:')) ?? '';
    const hwmKb = Number.parseInt(hwmLine.slice(6).trim(), 10);
    process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, hwmKb, size }));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script, mode, path, registryUrl], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output);
}

// ---------- inputs ----------

function writeTextFile(path, totalBytes, withMultibyte) {
  const paragraph = (index) =>
    `Paragraph ${index}. The quick brown fox jumps over the lazy dog while the support team answers questions about billing, ` +
    `accounts and shipping${withMultibyte ? ' — café, naïve, 日本語' : ''}. Q: How long does delivery take? A: Usually three to five working days.\n\n`;
  const fd = openSync(path, 'w');
  let written = 0;
  let index = 0;
  while (written < totalBytes) {
    let chunk = '';
    while (chunk.length < 1 << 20) chunk += paragraph(index++);
    written += writeSync(fd, chunk);
  }
  closeSync(fd);
}

function writeCsvFile(path, totalBytes) {
  const fd = openSync(path, 'w');
  let written = writeSync(fd, 'id,name,email,city,comment\n');
  let index = 0;
  while (written < totalBytes) {
    let chunk = '';
    while (chunk.length < 1 << 20) {
      chunk += `${index},Customer ${index},user${index}@example.com,City ${index % 500},"Asked about order ${index}, wants an update."\n`;
      index++;
    }
    written += writeSync(fd, chunk);
  }
  closeSync(fd);
}

/** A real 100+ page PDF: Helvetica text pages built with a classic xref table. */
function writePdf(path, pages) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', ''];
  const kids = [];
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  objects.push(font);
  for (let page = 1; page <= pages; page++) {
    const lines = Array.from({ length: 40 }, (_, line) => `(Page ${page} line ${line + 1}: the support agent answers a customer question about billing.) Tj T*`);
    const content = `BT /F1 10 Tf 12 TL 40 780 Td ${lines.join(' ')} ET`;
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    const contentId = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contentId} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = out.length;
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(path, out, 'latin1');
}

/** A minimal but valid DOCX (WordprocessingML) with headings, paragraphs and a table per section. */
function writeDocx(path, sections) {
  const p = (text, style) => `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const cell = (text) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  let body = '';
  for (let section = 1; section <= sections; section++) {
    body += p(`Section ${section}`, 'Heading1');
    for (let line = 0; line < 8; line++) body += p(`Question ${section}.${line}: how do I change my plan? Answer: open Settings, then Billing, and pick a new plan; the change applies at the next renewal.`);
    body += `<w:tbl>${[0, 1, 2].map((row) => `<w:tr>${cell(`Plan ${row}`)}${cell(`${row * 10} EUR`)}${cell('monthly')}</w:tr>`).join('')}</w:tbl>`;
  }
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  };
  writeFileSync(path, zipSync(files));
  return files['word/document.xml'].length;
}

function writeXlsx(path, rows) {
  const data = [['id', 'question', 'answer', 'category', 'score', 'date']];
  for (let index = 1; index <= rows; index++) {
    data.push([index, `How do I reset password number ${index}?`, `Open Settings and choose Reset (${index}).`, `cat-${index % 20}`, index % 97, new Date(Date.UTC(2024, 0, 1 + (index % 365)))]);
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(data, { cellDates: true }), 'FAQ');
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
}

// ---------- run ----------

try {
  const textMb = quick ? 20 : 200;
  const csvMb = quick ? 10 : 200;
  const xlsxRows = quick ? 5_000 : 50_000;
  const pdfPath = join(temp, 'pages-120.pdf');
  const docxPath = join(temp, 'big.docx');
  const xlsxPath = join(temp, `rows-${xlsxRows}.xlsx`);
  const csvPath = join(temp, 'big.csv');
  const txtPath = join(temp, 'big-ascii.txt');
  const utf8Path = join(temp, 'big-utf8.txt');
  writePdf(pdfPath, 120);
  const docxXmlBytes = writeDocx(docxPath, quick ? 1000 : 10000);
  writeXlsx(xlsxPath, xlsxRows);
  writeCsvFile(csvPath, csvMb * MB);
  writeTextFile(txtPath, textMb * MB, false);
  writeTextFile(utf8Path, textMb * MB, true);

  // PDF: pages per second.
  const generated = await throughput('PDF, generated text pages', pdfPath, { rounds: 2 });
  const tracemonkey = join(fixtures, 'pdf/pdfjs-tracemonkey.pdf');
  await extractFile(tracemonkey, noLimit);
  const loop = await timed(async () => {
    for (let round = 0; round < 8; round++) await extractFile(tracemonkey, noLimit);
  });
  const loopBaseline = await readBaselineMs(tracemonkey, 8);
  results.push({
    label: 'PDF, tracemonkey (14 p, real paper) ×8',
    input: `${mb(statSync(tracemonkey).size * 8)} MB`,
    ms: loop.ms.toFixed(0),
    'MB/s': ((statSync(tracemonkey).size * 8) / MB / (loop.ms / 1000)).toFixed(2),
    'text MB/s': '',
    units: '112 page',
    'vs readFile': `${(loop.ms / loopBaseline).toFixed(0)}x`,
  });

  const docx = await throughput(`DOCX, generated (${mb(docxXmlBytes)} MB of XML inside)`, docxPath);
  const xlsx = await throughput(`XLSX, ${xlsxRows} rows × 6 cols`, xlsxPath, { rounds: 2 });
  await throughput('CSV, 5 cols', csvPath, { rounds: quick ? 2 : 1 });
  await throughput('TXT, ASCII', txtPath, { rounds: 2 });
  await throughput('TXT, UTF-8 with multibyte', utf8Path, { rounds: 2 });

  console.log('\nSpeed (best of rounds; "vs readFile" = extraction time / fs.readFile time of the same bytes)');
  console.table(results);
  console.log(`PDF pages/s: generated 120-page PDF ${(120 / (generated.ms / 1000)).toFixed(0)}; tracemonkey ×8 (112 pages) ${(112 / (loop.ms / 1000)).toFixed(0)}`);
  console.log(`XLSX rows/s: ${(xlsxRows / (xlsx.ms / 1000)).toFixed(0)}`);
  console.log(`DOCX: ${(docxXmlBytes / MB / (docx.ms / 1000)).toFixed(1)} MB/s of document XML`);

  const memory = [];
  for (const [label, path] of [
    [`TXT ${textMb} MB, ASCII`, txtPath],
    [`TXT ${textMb} MB, UTF-8 multibyte`, utf8Path],
    [`CSV ${csvMb} MB`, csvPath],
    [`XLSX ${xlsxRows} rows (${mb(statSync(xlsxPath).size)} MB)`, xlsxPath],
  ]) {
    const baseline = peakRss('read', path);
    const extracted = peakRss('extract', path);
    const fileMb = statSync(path).size / MB;
    memory.push({
      label,
      'readFile peak MB': (baseline.hwmKb / 1024).toFixed(0),
      'extract peak MB': (extracted.hwmKb / 1024).toFixed(0),
      'ratio vs readFile': (extracted.hwmKb / baseline.hwmKb).toFixed(2),
      'extra over readFile / file size': ((extracted.hwmKb - baseline.hwmKb) / 1024 / fileMb).toFixed(2),
      'maxRSS (getrusage) MB': `${(baseline.maxRssKb / 1024).toFixed(0)} / ${(extracted.maxRssKb / 1024).toFixed(0)}`,
      'text chars (M)': (extracted.size / 1e6).toFixed(1),
    });
  }
  console.log('\nPeak RSS, each in a fresh process (/proc/self/status VmHWM; getrusage maxRSS shown for reference, read / extract)');
  console.table(memory);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
