/** Strip credentials from a URL (user:password@, key-like query parameters). */
export function redactUrl(url) {
    if (url === undefined)
        return undefined;
    try {
        const parsed = new URL(url);
        if (parsed.username !== '' || parsed.password !== '') {
            parsed.username = 'redacted';
            parsed.password = '';
        }
        for (const key of [...parsed.searchParams.keys()]) {
            if (/key|token|secret|sig|auth/i.test(key))
                parsed.searchParams.set(key, 'redacted');
        }
        return parsed.toString();
    }
    catch {
        return '[invalid url]';
    }
}
/** The configuration as stored with a dataset: no environment, no secrets. */
export function serializeConfig(config) {
    const { env: _env, ...rest } = config;
    return JSON.stringify({ ...rest, system: { ...rest.system, baseUrl: redactUrl(rest.system.baseUrl) } });
}
//# sourceMappingURL=serialize-config.js.map