import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { ConfigError } from '../errors/errors.js';
import { parseConfigText } from './load-config.js';
/**
 * Change keys of a config file in place, keeping its comments and layout (yaml's Document API),
 * and refuse to write anything that would not load.
 */
export function updateConfigFile(file, changes) {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const document = parseDocument(text);
    if (document.errors.length > 0) {
        throw new ConfigError(`${file} is not valid YAML; fix it by hand first: ${document.errors[0]?.message ?? ''}`, { file });
    }
    for (const [keyPath, value] of Object.entries(changes)) {
        const parts = keyPath.split('.');
        if (value === undefined)
            document.deleteIn(parts);
        else
            document.setIn(parts, value);
    }
    const updated = document.toString();
    // Validate the result exactly as a run would load it (throws ConfigError listing every problem).
    parseConfigText(updated, { file });
    writeFileSync(`${file}.partial`, updated);
    renameSync(`${file}.partial`, file);
    return updated;
}
/** Parse a value typed by a user for a key: numbers, booleans and null as YAML would read them. */
export function parseTypedValue(raw) {
    const trimmed = raw.trim();
    if (trimmed === '')
        return '';
    const document = parseDocument(trimmed);
    return document.errors.length > 0 ? trimmed : document.toJS();
}
//# sourceMappingURL=edit-config.js.map