#!/usr/bin/env node
import { main } from './main.js';
// The only place that touches the process: wire real stdio, env and signals into main().
const controller = new AbortController();
const interruptHandlers = new Set();
let interrupts = 0;
process.on('SIGINT', () => {
    const handler = [...interruptHandlers].pop();
    if (handler !== undefined) {
        handler();
        return;
    }
    interrupts += 1;
    if (interrupts === 1) {
        process.stderr.write('\nStopping safely: finishing in-flight writes (Ctrl-C again to quit at once)...\n');
        controller.abort();
    }
    else {
        process.exit(130);
    }
});
process.on('SIGTERM', () => controller.abort());
const onInterrupt = (handler) => {
    interruptHandlers.add(handler);
    return () => interruptHandlers.delete(handler);
};
main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), onInterrupt }, controller.signal)
    .then((code) => {
    process.exitCode = code;
})
    .catch((error) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
//# sourceMappingURL=bin.js.map