import { decodeHtmlEntities } from './html-entities.js';
/** Elements whose raw content is skipped up to the matching end tag (their content is not HTML). */
const RAW_SKIP = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
/** Elements whose content is not shown as text. */
const HIDDEN = new Set(['head', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'noscript', 'select', 'audio', 'video', 'map']);
const PARAGRAPH_LIKE = new Set(['p', 'blockquote', 'figure', 'dl', 'table', 'address', 'details', 'fieldset', 'form']);
const LINE_BLOCKS = new Set([
    'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figcaption', 'summary', 'caption',
    'center', 'legend', 'dt', 'dd', 'option', 'body', 'html', 'hgroup', 'label',
]);
class MarkdownWriter {
    out = [];
    line = '';
    lineHasText = false;
    pendingNewlines = 0;
    pendingMarker = '';
    /** Set by `<dd>`: the next paragraph break before any text is a single line break (answer under question). */
    holdSingle = false;
    lists = [];
    quoteDepth = 0;
    captures = [];
    get capturing() {
        return this.captures.length > 0;
    }
    block(newlines) {
        if (this.capturing)
            return this.captureText(' ');
        if (this.pendingMarker && !this.lineHasText)
            return;
        this.endLine();
        if (this.out.length > 0)
            this.pendingNewlines = Math.max(this.pendingNewlines, this.holdSingle ? 1 : newlines);
    }
    holdSingleBreak() {
        this.holdSingle = true;
    }
    lineBreak() {
        if (this.capturing)
            return this.captureText(' ');
        if (this.lineHasText)
            return this.endLine();
        if (this.out.length > 0)
            this.pendingNewlines = Math.min(this.pendingNewlines + 1, 2);
    }
    setMarker(marker) {
        this.endLine();
        if (this.out.length > 0)
            this.pendingNewlines = Math.max(this.pendingNewlines, 1);
        this.pendingMarker = marker;
    }
    text(raw) {
        let value = raw.replace(/\s+/g, ' ');
        if (this.capturing)
            return this.captureText(value);
        if (!this.lineHasText) {
            value = value.trimStart();
            if (value === '')
                return;
            this.startLine();
        }
        else if (value.startsWith(' ') && this.line.endsWith(' ')) {
            value = value.slice(1);
        }
        this.line += value;
    }
    /** Whole lines written as they are (code blocks, table rows). */
    rawLines(lines) {
        for (const content of lines) {
            this.endLine();
            if (this.out.length > 0)
                this.pendingNewlines = Math.max(this.pendingNewlines, 1);
            this.startLine();
            this.line += content;
            this.lineHasText = true;
        }
    }
    startCapture() {
        this.captures.push('');
    }
    endCapture() {
        return (this.captures.pop() ?? '').replace(/\s+/g, ' ').trim();
    }
    finish() {
        this.endLine();
        return this.out.join('');
    }
    captureText(value) {
        this.captures[this.captures.length - 1] += value;
    }
    startLine() {
        this.holdSingle = false;
        if (this.out.length > 0)
            this.out.push('\n'.repeat(Math.max(this.pendingNewlines, 1)));
        this.pendingNewlines = 0;
        const depth = this.lists.length;
        const indent = depth > 0 ? '  '.repeat(this.pendingMarker ? depth - 1 : depth) : '';
        this.line = '> '.repeat(this.quoteDepth) + indent + this.pendingMarker;
        this.pendingMarker = '';
        this.lineHasText = true;
    }
    endLine() {
        if (!this.lineHasText)
            return;
        this.out.push(this.line.trimEnd());
        this.line = '';
        this.lineHasText = false;
        this.pendingNewlines = Math.max(this.pendingNewlines, 1);
    }
}
export function htmlToMarkdown(html, options = {}) {
    const writer = new MarkdownWriter();
    const imageAltText = options.imageAltText ?? true;
    let hiddenDepth = 0;
    let preDepth = 0;
    let preText = '';
    let row;
    let position = 0;
    const onText = (raw) => {
        if (hiddenDepth > 0 || raw === '')
            return;
        const text = decodeHtmlEntities(raw);
        if (preDepth > 0)
            preText += text;
        else
            writer.text(text);
    };
    while (position < html.length) {
        const open = html.indexOf('<', position);
        if (open === -1) {
            onText(html.slice(position));
            break;
        }
        if (open > position)
            onText(html.slice(position, open));
        const next = html.charCodeAt(open + 1);
        if (html.startsWith('<!--', open)) {
            const close = html.indexOf('-->', open + 4);
            position = close === -1 ? html.length : close + 3;
            continue;
        }
        if (html.startsWith('<![CDATA[', open)) {
            const close = html.indexOf(']]>', open);
            onText(html.slice(open + 9, close === -1 ? html.length : close));
            position = close === -1 ? html.length : close + 3;
            continue;
        }
        if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
            const close = html.indexOf('>', open);
            position = close === -1 ? html.length : close + 1;
            continue;
        }
        const isEnd = next === 0x2f; /* / */
        const nameMatch = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(open + (isEnd ? 2 : 1), open + 40));
        if (!nameMatch) {
            onText('<');
            position = open + 1;
            continue;
        }
        const tagEnd = findTagEnd(html, open + 1);
        const name = nameMatch[0].toLowerCase();
        const attributes = isEnd ? '' : html.slice(open + 1 + nameMatch[0].length, tagEnd);
        position = tagEnd === html.length ? tagEnd : tagEnd + 1;
        if (!isEnd && RAW_SKIP.has(name)) {
            const closePattern = new RegExp(`</${name}[\\s>/]`, 'gi');
            closePattern.lastIndex = position;
            const close = closePattern.exec(html);
            position = close ? findTagEnd(html, close.index + 1) + 1 : html.length;
            continue;
        }
        if (HIDDEN.has(name)) {
            if (isEnd)
                hiddenDepth = Math.max(0, hiddenDepth - 1);
            else if (!attributes.trimEnd().endsWith('/'))
                hiddenDepth++;
            continue;
        }
        if (hiddenDepth > 0)
            continue;
        if (preDepth > 0 && name !== 'pre') {
            if (name === 'br')
                preText += '\n';
            continue;
        }
        if (isEnd)
            handleEnd(name);
        else
            handleStart(name, attributes);
    }
    return writer.finish().replace(/\n{3,}/g, '\n\n').trim();
    function handleStart(name, attributes) {
        const heading = /^h([1-6])$/.exec(name);
        if (heading) {
            writer.block(2);
            if (!writer.capturing)
                writer.setMarker(`${'#'.repeat(Number(heading[1]))} `);
            return;
        }
        switch (name) {
            case 'br':
                return writer.lineBreak();
            case 'hr':
                writer.block(2);
                if (!writer.capturing)
                    writer.rawLines(['---']);
                return writer.block(2);
            case 'pre':
                if (preDepth++ === 0)
                    preText = '';
                return;
            case 'ul':
            case 'ol': {
                writer.block(writer.lists.length > 0 ? 1 : 2);
                const start = /\bstart\s*=\s*["']?(-?\d+)/i.exec(attributes);
                writer.lists.push({ ordered: name === 'ol', counter: start ? Number(start[1]) : 1 });
                return;
            }
            case 'li': {
                if (writer.capturing)
                    return writer.text(' ');
                const list = writer.lists[writer.lists.length - 1];
                if (!list)
                    return writer.block(1);
                writer.setMarker(list.ordered ? `${list.counter++}. ` : '- ');
                return;
            }
            case 'blockquote':
                writer.block(2);
                writer.quoteDepth++;
                return;
            case 'tr':
                row = [];
                return;
            case 'td':
            case 'th':
                if (row)
                    writer.startCapture();
                return;
            case 'table':
                writer.block(2);
                return;
            case 'img': {
                if (!imageAltText)
                    return;
                const alt = attributeValue(attributes, 'alt');
                if (alt && alt.trim())
                    writer.text(` [Image: ${alt.replace(/\s+/g, ' ').trim()}] `);
                return;
            }
            default:
                if (PARAGRAPH_LIKE.has(name))
                    writer.block(2);
                else if (LINE_BLOCKS.has(name))
                    writer.block(name === 'dt' ? 2 : 1);
                if (name === 'dd')
                    writer.holdSingleBreak();
        }
    }
    function handleEnd(name) {
        if (/^h[1-6]$/.test(name))
            return writer.block(2);
        switch (name) {
            case 'pre':
                if (preDepth > 0 && --preDepth === 0) {
                    const code = preText.replace(/^\n/, '').trimEnd();
                    writer.block(2);
                    if (code.trim() !== '')
                        writer.rawLines(['```', ...code.split('\n'), '```']);
                    writer.block(2);
                }
                return;
            case 'ul':
            case 'ol':
                writer.lists.pop();
                return writer.block(writer.lists.length > 0 ? 1 : 2);
            case 'li':
                return writer.block(1);
            case 'blockquote':
                writer.block(2);
                writer.quoteDepth = Math.max(0, writer.quoteDepth - 1);
                return;
            case 'td':
            case 'th':
                if (row && writer.capturing)
                    row.push(writer.endCapture());
                return;
            case 'tr':
                if (row && row.some((cell) => cell !== '')) {
                    writer.block(1);
                    writer.rawLines([row.join(' | ').trim()]);
                    writer.block(1);
                }
                row = undefined;
                return;
            case 'table':
                return writer.block(2);
            default:
                if (PARAGRAPH_LIKE.has(name))
                    writer.block(2);
                else if (LINE_BLOCKS.has(name))
                    writer.block(1);
        }
    }
}
/** Index of the `>` closing a tag that starts at `from`, skipping quoted attribute values. */
function findTagEnd(html, from) {
    let quote = 0;
    for (let index = from; index < html.length; index++) {
        const code = html.charCodeAt(index);
        if (quote !== 0) {
            if (code === quote)
                quote = 0;
        }
        else if (code === 0x22 || code === 0x27) {
            quote = code;
        }
        else if (code === 0x3e) {
            return index;
        }
    }
    return html.length;
}
function attributeValue(attributes, name) {
    const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
    if (!match)
        return undefined;
    return decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '');
}
//# sourceMappingURL=html-to-markdown.js.map