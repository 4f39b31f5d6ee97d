/** JSON Schema of config.yaml for editors (shipped as config.schema.json). */
export declare function configJsonSchema(): Record<string, unknown>;
