import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../args.js';
import { Output } from '../io.js';
const packageRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** `ftdb init [DIR]`: a starter project. Existing files are never overwritten. */
export async function initCommand(args, io) {
    const { positionals } = parse(args, {});
    const out = new Output(io);
    const dir = path.resolve(io.cwd, positionals[0] ?? '.');
    mkdirSync(dir, { recursive: true });
    const created = [];
    const skipped = [];
    for (const folder of ['input_files', 'output_datasets', 'memory']) {
        const target = path.join(dir, folder);
        if (!existsSync(target)) {
            mkdirSync(target, { recursive: true });
            created.push(`${folder}/`);
        }
    }
    for (const file of ['config.yaml', '.env.example', 'config.schema.json']) {
        const target = path.join(dir, file);
        if (existsSync(target)) {
            skipped.push(file);
            continue;
        }
        let text = readFileSync(path.join(packageRoot, file), 'utf8');
        if (file === 'config.yaml')
            text = text.replace(/^# yaml-language-server: \$schema=.*$/m, '# yaml-language-server: $schema=./config.schema.json');
        writeFileSync(target, text);
        created.push(file);
    }
    const prompts = path.join(dir, 'prompts');
    if (existsSync(prompts))
        skipped.push('prompts/');
    else {
        cpSync(path.join(packageRoot, 'prompts'), prompts, { recursive: true });
        created.push('prompts/');
    }
    out.success(`Initialised ${dir}`);
    if (created.length > 0)
        out.line(`  created: ${created.join(', ')}`);
    if (skipped.length > 0)
        out.line(`  kept existing: ${skipped.join(', ')}`);
    out.line('Next: put your files in input_files/, copy .env.example to .env and add a key (create/hybrid/free modes), then `ftdb run`.');
    return 0;
}
//# sourceMappingURL=init.js.map