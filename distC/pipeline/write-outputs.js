import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { METADATA_COLUMNS, csvRow, metadataRow } from '../dataset/csv.js';
import { RunError } from '../errors/errors.js';
/** Buffered line writer into `<file>.partial`, renamed into place on close so readers never see half a file. */
class LineWriter {
    file;
    fd;
    buffer = '';
    bytes = 0;
    lines = 0;
    constructor(file) {
        this.file = file;
        this.fd = openSync(`${file}.partial`, 'w');
    }
    write(text) {
        this.buffer += text;
        this.lines += 1;
        if (this.buffer.length >= 1 << 20)
            this.drain();
    }
    drain() {
        if (this.buffer === '')
            return;
        const data = Buffer.from(this.buffer, 'utf8');
        writeSync(this.fd, data);
        this.bytes += data.length;
        this.buffer = '';
    }
    close() {
        this.drain();
        closeSync(this.fd);
        renameSync(`${this.file}.partial`, this.file);
    }
}
/** Write train.jsonl / validation.jsonl (target schema) and metadata.csv from the store, streaming. */
export function writeOutputs(options) {
    const { store, datasetId, outputDir, target, model } = options;
    mkdirSync(outputDir, { recursive: true });
    const files = {};
    const trainPath = path.join(outputDir, 'train.jsonl');
    const validationPath = path.join(outputDir, 'validation.jsonl');
    const train = new LineWriter(trainPath);
    const validation = options.splitEnabled ? new LineWriter(validationPath) : undefined;
    const csvPath = path.join(outputDir, 'metadata.csv');
    const csv = options.includeCsv ? new LineWriter(csvPath) : undefined;
    csv?.write(csvRow([...METADATA_COLUMNS]));
    try {
        for (const sample of store.iterateSamplesForExport(datasetId)) {
            const record = target.format({ messages: sample.messages }, model, options.formatOptions);
            const line = `${JSON.stringify(record)}\n`;
            if (validation !== undefined && sample.split === 'validation')
                validation.write(line);
            else
                train.write(line);
            csv?.write(metadataRow(options.splitEnabled ? sample : { ...sample, split: 'train' }));
        }
    }
    catch (error) {
        throw new RunError(`Could not write the dataset files in ${outputDir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error, code: 'output_failed' });
    }
    train.close();
    files.train = trainPath;
    if (validation !== undefined) {
        validation.close();
        files.validation = validationPath;
    }
    else {
        rmSync(validationPath, { force: true });
    }
    if (csv !== undefined) {
        csv.close();
        files.metadata = csvPath;
    }
    return {
        files,
        trainLines: train.lines,
        validationLines: validation?.lines ?? 0,
        trainBytes: train.bytes,
        validationBytes: validation?.bytes ?? 0,
    };
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