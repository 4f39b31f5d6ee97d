import { LlmError } from '../../errors/errors.js';
import { abortReason } from '../llm-http-error.js';
import { withRetry } from '../retry.js';
export function createBatchCall(settings) {
    return (operation, options) => withRetry(async () => {
        try {
            return await operation();
        }
        catch (error) {
            if (options.signal?.aborted)
                throw abortReason(options.signal);
            if (error instanceof LlmError)
                throw error;
            throw options.mapError(error);
        }
    }, {
        maxRetries: settings.maxRetries,
        sleep: settings.sleep,
        random: settings.random,
        onRetry: settings.onRetry,
        signal: options.signal,
        errorContext: settings.errorContext,
        shouldRetry: options.idempotent ? undefined : (error) => error.status !== undefined,
    });
}
//# sourceMappingURL=batch-call.js.map