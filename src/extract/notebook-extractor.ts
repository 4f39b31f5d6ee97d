import { ExtractionError } from '../errors/errors.js';
import { isObject } from './chat-shapes.js';
import { describeJsonError } from './json-error-position.js';
import { hasVisibleText, noTextError, throwIfAborted } from './read-input.js';
import { loadAndDecode } from './text-decoding.js';
import { DocumentTextBuilder } from './text-units.js';
import type { ExtractedDocument, ExtractInput, ExtractOptions, Extractor } from './types.js';

/**
 * Jupyter notebooks (.ipynb, nbformat 4: https://nbformat.readthedocs.io/en/latest/format_description.html): the
 * cells in order, Markdown cells as written, code cells as fenced code blocks in the notebook's language
 * (`metadata.kernelspec.language` / `language_info.name`), raw cells as text. Outputs (plots, tables, logs) are
 * left out: they are results, not what the notebook says. One unit per cell (`section`, index = cell number).
 */

const ID = 'notebook';

export const notebookExtractor: Extractor = {
  id: ID,
  extensions: ['.ipynb'],
  mediaTypes: ['application/x-ipynb+json'],
  extract: extractNotebook,
};

async function extractNotebook(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { decoded, sourceName, displayPath } = await loadAndDecode(input, ID, options.signal);
  const fail = (reason: string, cause?: unknown): ExtractionError => new ExtractionError(displayPath, reason, { extractorId: ID, cause });
  if (!hasVisibleText(decoded.text)) throw noTextError(displayPath, ID);
  let notebook: unknown;
  try {
    notebook = JSON.parse(decoded.text);
  } catch (error) {
    throw fail(`this notebook is not valid JSON (${describeJsonError(error, decoded.text)}); open it in Jupyter and save it again`, error);
  }
  throwIfAborted(options.signal);
  const cells = isObject(notebook) ? notebook['cells'] : undefined;
  if (!Array.isArray(cells)) throw fail('this is not a Jupyter notebook in nbformat 4 (no "cells" list); open it in Jupyter and save it again');
  const metadata = isObject(notebook) && isObject(notebook['metadata']) ? notebook['metadata'] : {};
  const language = languageOf(metadata);
  const builder = new DocumentTextBuilder();
  let code = 0;
  for (const [position, cell] of cells.entries()) {
    if (!isObject(cell)) continue;
    const source = (Array.isArray(cell['source']) ? cell['source'].join('') : String(cell['source'] ?? '')).replace(/\r\n?/g, '\n').trim();
    if (source === '') continue;
    if (cell['cell_type'] === 'code') {
      code += 1;
      builder.addUnit('section', `\`\`\`${language}\n${source}\n\`\`\``, { index: position + 1 });
    } else {
      builder.addUnit('section', source, { index: position + 1 });
    }
  }
  const { text, units } = builder.build();
  if (units.length === 0) throw noTextError(displayPath, ID);
  return { sourceFile: sourceName, format: ID, text, units, warnings: [...decoded.warnings], metadata: { cells: cells.length, codeCells: code, language } };
}

function languageOf(metadata: Record<string, unknown>): string {
  const kernel = isObject(metadata['kernelspec']) ? metadata['kernelspec']['language'] : undefined;
  const info = isObject(metadata['language_info']) ? metadata['language_info']['name'] : undefined;
  const language = typeof kernel === 'string' ? kernel : typeof info === 'string' ? info : 'python';
  return language.toLowerCase().replace(/[^a-z0-9+#-]/g, '');
}
