/**
 * Change keys of a config file in place, keeping its comments and layout (yaml's Document API),
 * and refuse to write anything that would not load.
 */
export declare function updateConfigFile(file: string, changes: Record<string, unknown>): string;
/** Parse a value typed by a user for a key: numbers, booleans and null as YAML would read them. */
export declare function parseTypedValue(raw: string): unknown;
