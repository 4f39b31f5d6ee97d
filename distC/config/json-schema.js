import { z } from 'zod';
import { configFileSchema } from './schema.js';
/** JSON Schema of config.yaml for editors (shipped as config.schema.json). */
export function configJsonSchema() {
    const schema = z.toJSONSchema(configFileSchema, { io: 'input', unrepresentable: 'any' });
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'fine-tune-dataset-builder config.yaml',
        ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
    };
}
//# sourceMappingURL=json-schema.js.map