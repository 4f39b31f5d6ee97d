import type { JsonlValidationReport } from './validate-file.js';
/**
 * Plain-text report for `ftdb validate`: per-line issues (line numbers and codes), then a data-prep checklist in the
 * spirit of the OpenAI cookbook (counts, distributions, over-limit examples, tokens per epoch, cost).
 */
export declare function formatValidationReport(report: JsonlValidationReport): string;
