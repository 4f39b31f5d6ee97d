#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';
// Grow the JavaScript heap by a fifth of what survives a full garbage collection instead of V8's default (up to 4 ×
// for a program that allocates fast): a large identify run otherwise holds several hundred MB of garbage at a time,
// and the growth is proportional to everything live, including a large document's text. Measured (bench/README.md):
// 20 files of 10 MB peaked at 643–682 MB with V8's default and ~530 MB at 50 %; one 200 MB file at 777 MB at 50 %
// and ~680 MB at 20 %, with no measurable change in speed (10 % and 5 % saved little more and were slower). V8 reads
// this flag each time it sizes the heap, so setting it here, before any work, applies to the whole run and its threads.
setFlagsFromString('--heap-growing-percent=50');
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
// A reader that goes away (`ftdb --help | head -1`, a closed terminal) is not our error: Node would otherwise die
// of an unhandled 'error' event with a stack trace. Stop safely, as on Ctrl-C (a run keeps what it stored and can
// resume), and write nothing more there.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
        controller.abort();
    });
}
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