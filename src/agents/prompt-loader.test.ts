import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors/errors.js';
import { createPromptRenderer, fillPlaceholders, packagePromptsDir, placeholderNames, stripPromptComments } from './prompt-loader.js';

function memoryFiles(files: Record<string, string>) {
  const reads: string[] = [];
  return {
    reads,
    readFile: async (filePath: string) => {
      reads.push(filePath);
      const text = files[filePath];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${filePath}`), { code: 'ENOENT' });
      return text;
    },
  };
}

describe('createPromptRenderer', () => {
  it('fills placeholders, looks in the user folder first, and caches reads', async () => {
    const files = memoryFiles({
      [path.join('/user', 'system/create_mode.txt')]: 'Write {{conversation_count}} about {{ topic }}.',
      [path.join('/pkg', 'system/create_mode.txt')]: 'package version {{conversation_count}}',
      [path.join('/pkg', 'system/identify_mode.txt')]: 'identify at least {{min_messages}}',
    });
    const prompts = createPromptRenderer({ dirs: ['/user', '/pkg'], readFile: files.readFile });
    expect(await prompts.render('system/create_mode.txt', { conversation_count: 3, topic: 'ovens' })).toBe('Write 3 about ovens.');
    expect(await prompts.render('system/create_mode.txt', { conversation_count: 4, topic: 'a {{literal}} value' })).toBe('Write 4 about a {{literal}} value.');
    expect(await prompts.render('system/identify_mode.txt', { min_messages: 2 })).toBe('identify at least 2');
    expect(files.reads.filter((read) => read.endsWith('create_mode.txt'))).toEqual([path.join('/user', 'system/create_mode.txt')]);
    expect(files.reads.filter((read) => read.endsWith('identify_mode.txt'))).toHaveLength(2);
  });

  it('throws a ConfigError naming the file and the unknown placeholder', async () => {
    const files = memoryFiles({ [path.join('/user', 'system/create_mode.txt')]: 'Write {{conversation_count}} in {{langauge}}.' });
    const prompts = createPromptRenderer({ dirs: ['/user'], readFile: files.readFile });
    const error = await prompts.render('system/create_mode.txt', { conversation_count: 2, language: 'en' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(path.join('/user', 'system/create_mode.txt'));
    expect((error as Error).message).toContain('unknown placeholder {{langauge}}');
    expect((error as Error).message).toContain('{{language}}');
  });

  it('throws on a placeholder whose value is missing, and on a required placeholder removed from the file', async () => {
    expect(() => fillPlaceholders('Hi {{name}}', { name: undefined }, 'x.txt')).toThrow(/missing value for placeholder \{\{name\}\}/);
    expect(() => fillPlaceholders('Hi {{ 5 }}', {}, 'x.txt')).toThrow(/not a valid placeholder/);
    const files = memoryFiles({ [path.join('/user', 'system/free_mode.txt')]: 'Write {{conversation_count}} conversations.' });
    const prompts = createPromptRenderer({ dirs: ['/user'], readFile: files.readFile });
    await expect(prompts.render('system/free_mode.txt', { conversation_count: 1, instructions: 'x' })).rejects.toThrow(/missing placeholder \{\{instructions\}\}/);
  });

  it('throws a clear error when no folder has the file', async () => {
    const prompts = createPromptRenderer({ dirs: ['/user', '/pkg'], readFile: memoryFiles({}).readFile });
    await expect(prompts.render('system/create_mode.txt', {})).rejects.toThrow(/prompt file system\/create_mode.txt not found in \/user or \/pkg/);
    expect(await prompts.loadOptional('free_mode/prompt.txt')).toBeUndefined();
    await expect(prompts.load('../secrets.txt')).rejects.toThrow(/relative path/);
  });

  it('renders every shipped prompt with the parameters the agents give, leaving no {{', async () => {
    expect(existsSync(path.join(packagePromptsDir(), 'system', 'create_mode.txt'))).toBe(true);
    const prompts = createPromptRenderer({ dirs: [packagePromptsDir()] });
    const generation = {
      conversation_count: 5,
      turn_range: '1 to 3',
      min_turns: 1,
      max_turns: 3,
      system_prompt_rule: 'Do not include a system message.',
      variety: 'medium',
      persona_count: 3,
      grounding_rule: 'g',
      persona_rule: 'p',
      question_types: 'q',
      turn_rule: 't',
    };
    for (const name of ['system/create_mode.txt', 'system/hybrid_mode.txt']) {
      const text = await prompts.render(name, generation);
      expect(text).not.toContain('{{');
      expect(text).toContain('"conversations"');
    }
    const free = await prompts.render('system/free_mode.txt', { conversation_count: 2, turn_range: '1 to 3', min_turns: 1, max_turns: 3, system_prompt_rule: 's', instructions: 'Be a pirate.', source_rule: 'r' });
    expect(free).toContain('Be a pirate.');
    expect(free).not.toContain('{{');
    const identify = await prompts.render('system/identify_mode.txt', { min_messages: 2 });
    expect(identify).toContain('exact');
    expect(placeholderNames(identify)).toEqual([]);
  });
});

describe('stripPromptComments', () => {
  it('drops # lines; the shipped free-mode prompt is only comments', () => {
    expect(stripPromptComments('# comment\n\nWrite pirate talk.\n# more\nKeep it short.\n')).toBe('Write pirate talk.\nKeep it short.');
    const shipped = readFileSync(path.join(packagePromptsDir(), 'free_mode', 'prompt.txt'), 'utf8');
    expect(stripPromptComments(shipped)).toBe('');
  });
});
