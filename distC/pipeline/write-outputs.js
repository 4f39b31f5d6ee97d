import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { METADATA_COLUMNS, csvRow, metadataRow } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
import { ByteWriter } from './byte-files.js';
/** Write train.jsonl / validation.jsonl (target schema) and metadata.csv from the store, streaming. */
export function writeOutputs(options) {
    const { store, datasetId, target, model } = options;
    return writeDatasetFiles(options.outputDir, options, ({ train, validation, csv }) => {
        for (const sample of store.iterateSamplesForExport(datasetId)) {
            const record = target.format({ messages: sample.messages }, model, options.formatOptions);
            const line = `${JSON.stringify(record)}\n`;
            if (validation !== undefined && sample.split === 'validation')
                validation.write(line);
            else
                train.write(line);
            csv?.write(metadataRow(options.splitEnabled ? sample : { ...sample, split: 'train' }));
        }
    });
}
/**
 * Writes train.jsonl, validation.jsonl (when the split is on) and metadata.csv (when wanted) in `outputDir` through
 * `fill`, as `.partial` files renamed into place once all are complete, so readers never see half a file; a split
 * turned off removes an old validation.jsonl. On any error the partial files are removed and one `output_failed`
 * error says what happened.
 */
export function writeDatasetFiles(outputDir, options, fill) {
    const paths = {
        train: path.join(outputDir, 'train.jsonl'),
        validation: path.join(outputDir, 'validation.jsonl'),
        metadata: path.join(outputDir, 'metadata.csv'),
    };
    const opened = [];
    const open = (file) => {
        const writer = new ByteWriter(`${file}.partial`);
        opened.push([file, writer]);
        return writer;
    };
    try {
        mkdirSync(outputDir, { recursive: true });
        const writers = {
            train: open(paths.train),
            validation: options.splitEnabled ? open(paths.validation) : undefined,
            csv: options.includeCsv ? open(paths.metadata) : undefined,
        };
        writers.csv?.write(csvRow([...METADATA_COLUMNS]));
        fill(writers);
        for (const [, writer] of opened)
            writer.close();
        for (const [file, writer] of opened)
            renameSync(writer.file, file);
        if (writers.validation === undefined)
            rmSync(paths.validation, { force: true });
        const files = { train: paths.train };
        if (writers.validation !== undefined)
            files.validation = paths.validation;
        if (writers.csv !== undefined)
            files.metadata = paths.metadata;
        return {
            files,
            trainLines: writers.train.lines,
            validationLines: writers.validation?.lines ?? 0,
            trainBytes: writers.train.bytes,
            validationBytes: writers.validation?.bytes ?? 0,
        };
    }
    catch (error) {
        for (const [, writer] of opened) {
            try {
                writer.close();
            }
            catch {
                // already failing: report the first error
            }
            rmSync(writer.file, { force: true });
        }
        throw new RunError(`Could not write the dataset files in ${outputDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, code: 'output_failed' });
    }
}
/** Resolve `output_datasets/<name>`, refusing anything that would escape the output folder. */
export function safeOutputDir(outputRoot, name) {
    const invalid = name.trim() === '' || name === '.' || name === '..' || /[/\\\u0000]/.test(name) || path.isAbsolute(name);
    const resolved = path.resolve(outputRoot, name);
    if (invalid || path.dirname(resolved) !== path.resolve(outputRoot)) {
        throw new RunError(`output_name "${name}" is not a plain folder name; use letters, digits, '-', '_' or '.' (no slashes or '..').`, { code: 'bad_output_name' });
    }
    return resolved;
}
//# sourceMappingURL=write-outputs.js.map