import { describe, expect, it } from 'vitest';
import { notebookExtractor } from './notebook-extractor.js';

const notebook = {
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# Cleaning the sales data\n', '\n', 'Drop rows without a date first.'] },
    { cell_type: 'code', execution_count: 1, metadata: {}, source: ['import pandas as pd\n', "df = pd.read_csv('sales.csv')\n", "df = df.dropna(subset=['date'])"], outputs: [{ output_type: 'stream', name: 'stdout', text: ['1200 rows\n'] }] },
    { cell_type: 'code', execution_count: 2, metadata: {}, source: [], outputs: [] },
    { cell_type: 'raw', metadata: {}, source: 'Raw note.' },
  ],
};

describe('notebookExtractor', () => {
  it('reads cells in order: Markdown as written, code fenced in the kernel language, no outputs', async () => {
    const document = await notebookExtractor.extract({ bytes: Buffer.from(JSON.stringify(notebook)), name: 'clean.ipynb' });
    expect(document.text).toBe("# Cleaning the sales data\n\nDrop rows without a date first.\n\n```python\nimport pandas as pd\ndf = pd.read_csv('sales.csv')\ndf = df.dropna(subset=['date'])\n```\n\nRaw note.");
    expect(document.units.map((unit) => unit.index)).toEqual([1, 2, 4]);
    expect(document.metadata).toMatchObject({ cells: 4, codeCells: 1, language: 'python' });
  });

  it('names a broken notebook and one that is not nbformat 4', async () => {
    await expect(notebookExtractor.extract({ bytes: Buffer.from('{"cells": [\n{"cell_type": "code",}\n]}'), name: 'broken.ipynb' })).rejects.toThrow(/not valid JSON \(.* at line 2/);
    await expect(notebookExtractor.extract({ bytes: Buffer.from('{"worksheets": []}'), name: 'old.ipynb' })).rejects.toThrow(/no "cells" list/);
  });
});
