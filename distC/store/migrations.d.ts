/**
 * Numbered schema migrations. Each runs once, in order, inside a transaction; the applied
 * version is kept in `PRAGMA user_version`. Never edit a released migration: add a new one.
 */
export declare const MIGRATIONS: readonly string[];
export declare const SCHEMA_VERSION: number;
