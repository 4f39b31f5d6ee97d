import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LlmProviderId } from '../../src/llm/types.js';
import type { LoopbackReply } from './loopback-server.js';

/** Fixture files under test/fixtures/llm/<vendor>/<case>.json: `{ source, status, headers, body }`. */
export interface LlmFixture {
  source: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const fixturesRoot = fileURLToPath(new URL('../fixtures/llm/', import.meta.url));

export function loadLlmFixture(vendor: LlmProviderId, name: string): LlmFixture {
  return JSON.parse(readFileSync(`${fixturesRoot}${vendor}/${name}.json`, 'utf8')) as LlmFixture;
}

/** The fixture as a loopback JSON reply. */
export function fixtureReply(vendor: LlmProviderId, name: string, overrides: { headers?: Record<string, string> } = {}): LoopbackReply {
  const fixture = loadLlmFixture(vendor, name);
  return { kind: 'json', status: fixture.status, headers: { ...fixture.headers, ...overrides.headers }, body: fixture.body };
}
