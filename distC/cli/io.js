import pc from 'picocolors';
/** Colors only on a TTY and without NO_COLOR (https://no-color.org), FORCE_COLOR forces them on. */
export function colorsFor(io, stream = io.stdout) {
    const env = io.env;
    const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
    const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
    return pc.createColors(!noColor && (force || stream.isTTY === true));
}
export function isInteractive(io) {
    return io.stdin.isTTY === true && io.stdout.isTTY === true;
}
export class Output {
    io;
    colors;
    errorColors;
    constructor(io) {
        this.io = io;
        this.colors = colorsFor(io);
        this.errorColors = colorsFor(io, io.stderr);
    }
    line(text = '') {
        this.io.stdout.write(`${text}\n`);
    }
    success(text) {
        this.line(this.colors.green(text));
    }
    warn(text) {
        this.io.stderr.write(`${this.errorColors.yellow(`warning: ${text}`)}\n`);
    }
    error(text) {
        this.io.stderr.write(`${this.errorColors.red(`error: ${text}`)}\n`);
    }
    info(text) {
        this.line(this.colors.dim(text));
    }
}
//# sourceMappingURL=io.js.map