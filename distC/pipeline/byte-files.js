import { closeSync, openSync, readSync, writeSync } from 'node:fs';
/**
 * Buffered byte files for the output spool (output-spool.ts): a writer that takes texts or bytes without allocating
 * per line, and readers that hand out lines or fixed-length records as views into one reused buffer.
 */
/** Writes to `file` through a 1 MB buffer (no allocation per line; larger buffers wrote no faster). */
export class ByteWriter {
    file;
    fd;
    buffer = Buffer.allocUnsafe(1 << 20);
    used = 0;
    bytes = 0;
    lines = 0;
    constructor(file) {
        this.file = file;
        this.fd = openSync(file, 'w');
    }
    /** Appends `data` (a text is encoded as UTF-8) and counts one line; returns the bytes written. */
    write(data) {
        this.lines += 1;
        if (typeof data === 'string') {
            if (this.used + data.length * 3 > this.buffer.length)
                this.drain();
            if (data.length * 3 <= this.buffer.length) {
                const written = this.buffer.write(data, this.used, 'utf8');
                this.used += written;
                return written;
            }
            const bytes = Buffer.from(data, 'utf8');
            this.writeAll(bytes);
            return bytes.length;
        }
        if (this.used + data.length > this.buffer.length)
            this.drain();
        if (data.length > this.buffer.length)
            this.writeAll(data);
        else {
            this.buffer.set(data, this.used);
            this.used += data.length;
        }
        return data.length;
    }
    /** Appends `data` and a newline, as one line. */
    writeLine(data) {
        this.write(data);
        if (this.used === this.buffer.length)
            this.drain();
        this.buffer[this.used++] = 10;
    }
    drain() {
        if (this.used === 0)
            return;
        this.writeAll(this.buffer.subarray(0, this.used));
        this.used = 0;
    }
    close() {
        this.drain();
        closeSync(this.fd);
    }
    writeAll(data) {
        let offset = 0;
        while (offset < data.length)
            offset += writeSync(this.fd, data, offset);
        this.bytes += data.length;
    }
}
/** Calls `line` with each line of `file` (without its newline) as a view into a reused buffer, in order. */
export function forEachLine(file, line) {
    const fd = openSync(file, 'r');
    try {
        let buffer = Buffer.allocUnsafe(1 << 22);
        let filled = 0;
        for (;;) {
            if (filled === buffer.length) {
                const larger = Buffer.allocUnsafe(buffer.length * 2);
                buffer.copy(larger, 0, 0, filled);
                buffer = larger;
            }
            const read = readSync(fd, buffer, filled, buffer.length - filled, null);
            const end = filled + read;
            let start = 0;
            for (let newline = buffer.indexOf(10, filled); newline >= 0 && newline < end; newline = buffer.indexOf(10, start)) {
                line(buffer.subarray(start, newline));
                start = newline + 1;
            }
            if (read === 0) {
                if (start < end)
                    line(buffer.subarray(start, end));
                return;
            }
            buffer.copy(buffer, 0, start, end);
            filled = end - start;
        }
    }
    finally {
        closeSync(fd);
    }
}
/** Calls `record` with each record of `file`, of `lengths[i]` bytes each, as a view into a reused buffer, in order. */
export function forEachRecord(file, lengths, record) {
    const fd = openSync(file, 'r');
    try {
        let buffer = Buffer.allocUnsafe(1 << 22);
        let filled = 0;
        let start = 0;
        for (const length of lengths) {
            if (start + length > filled) {
                // Keep the unread bytes, read more (a record larger than the buffer grows it).
                buffer.copy(buffer, 0, start, filled);
                filled -= start;
                start = 0;
                if (length > buffer.length) {
                    const larger = Buffer.allocUnsafe(length * 2);
                    buffer.copy(larger, 0, 0, filled);
                    buffer = larger;
                }
                while (filled < length) {
                    const read = readSync(fd, buffer, filled, buffer.length - filled, null);
                    if (read === 0)
                        throw new Error(`the metadata spool ends inside a row`);
                    filled += read;
                }
            }
            record(buffer.subarray(start, start + length));
            start += length;
        }
    }
    finally {
        closeSync(fd);
    }
}
//# sourceMappingURL=byte-files.js.map