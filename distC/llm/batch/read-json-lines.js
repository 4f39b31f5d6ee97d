/**
 * Reads a JSONL byte stream line by line without holding the whole file (batch result files can be
 * hundreds of MB). Blank lines are skipped; a line that is not JSON is reported with its line number.
 */
export async function* readJsonLines(stream, onBadLine) {
    const decoder = new TextDecoder();
    let buffer = '';
    let lineNumber = 0;
    const parse = (line) => {
        lineNumber += 1;
        try {
            return JSON.parse(line);
        }
        catch (error) {
            throw onBadLine(line, lineNumber, error);
        }
    };
    for await (const chunk of stream) {
        buffer += decoder.decode(chunk, { stream: true });
        let newline = buffer.indexOf('\n');
        while (newline !== -1) {
            const line = buffer.slice(0, newline).trim();
            buffer = buffer.slice(newline + 1);
            if (line === '')
                lineNumber += 1;
            else
                yield parse(line);
            newline = buffer.indexOf('\n');
        }
    }
    buffer += decoder.decode();
    if (buffer.trim() !== '')
        yield parse(buffer.trim());
}
//# sourceMappingURL=read-json-lines.js.map