import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from './json-schema.js';

describe('config.schema.json', () => {
  it('is up to date with the zod schema (regenerate with `npm run schema`)', () => {
    const shipped = JSON.parse(readFileSync(new URL('../../config.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(shipped).toEqual(configJsonSchema());
  });

  it('describes every top-level key and forbids unknown ones', () => {
    const schema = configJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean };
    for (const key of ['provider', 'model', 'mode', 'dataset_size', 'output_name', 'split', 'agent', 'output', 'system', 'paths', 'model_limits']) {
      expect(schema.properties).toHaveProperty(key);
    }
    expect(schema.additionalProperties).toBe(false);
  });
});
