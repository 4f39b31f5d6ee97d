import { loadConfig } from '../../config/load-config.js';
import { parse } from '../args.js';
import { Output } from '../io.js';
export async function exportCommand(args, io) {
    const { values, positionals } = parse(args, { config: { type: 'string', short: 'c' }, csv: { type: 'boolean' }, out: { type: 'string' } });
    const out = new Output(io);
    const config = loadConfig(values.config, {}, { env: io.env, cwd: io.cwd });
    const { exportDataset } = await import('../../pipeline/export-dataset.js');
    const { dataset, files } = exportDataset(config, positionals[0], { outDir: values.out, csv: values.csv === true ? true : undefined });
    out.success(`Exported ${dataset.id} (${dataset.name}):`);
    for (const [kind, file] of Object.entries(files))
        out.line(`  ${kind}: ${file}`);
    return 0;
}
//# sourceMappingURL=export.js.map