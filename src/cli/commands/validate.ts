import path from 'node:path';
import { UsageError } from '../../errors/errors.js';
import { parse } from '../args.js';
import { Output, type CliIo } from '../io.js';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    provider: { type: 'string', short: 'p' },
    model: { type: 'string', short: 'm' },
    'llama-format': { type: 'string' },
    json: { type: 'boolean' },
  });
  const out = new Output(io);
  const file = positionals[0];
  if (file === undefined || values.provider === undefined || values.model === undefined) {
    throw new UsageError('usage: ftdb validate FILE.jsonl --provider P --model M [--llama-format messages|prompt_completion|text]');
  }
  const llamaFormat = values['llama-format'];
  if (llamaFormat !== undefined && !['messages', 'prompt_completion', 'text'].includes(llamaFormat)) {
    throw new UsageError(`--llama-format must be messages, prompt_completion or text, got "${llamaFormat}"`);
  }
  const { validateJsonlFile, formatValidationReport } = await import('../../targets/validate-file.js');
  const report = await validateJsonlFile(path.resolve(io.cwd, file), {
    target: values.provider,
    model: values.model,
    formatOptions: llamaFormat === undefined ? undefined : { llamaFormat: llamaFormat as 'messages' | 'prompt_completion' | 'text' },
  });
  if (values.json === true) out.line(JSON.stringify(report, null, 2));
  else out.line(formatValidationReport(report));
  return report.errorCount > 0 || report.fileIssues.some((issue) => issue.severity === 'error') ? 1 : 0;
}
