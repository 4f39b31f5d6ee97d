import { attribute, child, children, descendants, path, textContent } from './xml-tree.js';
const TITLE_TYPES = new Set(['title', 'ctrTitle']);
const SKIPPED_PLACEHOLDERS = new Set(['sldNum', 'sldImg']);
/** Placeholders whose paragraphs are bulleted by the slide master unless they say otherwise. */
const BULLETED_PLACEHOLDERS = new Set(['body', 'obj']);
export function slideContent(slide, related) {
    const tree = path(slide, 'cSld', 'spTree');
    const content = { lines: [] };
    const titles = [];
    walkShapes(tree, related, content.lines, titles);
    const title = titles.join(' ').replace(/\s+/g, ' ').trim();
    if (title)
        content.title = title;
    return content;
}
/** Speaker notes: the body placeholder of the notes slide. */
export function notesText(notes) {
    const lines = [];
    for (const shape of descendants(path(notes, 'cSld', 'spTree'), 'sp')) {
        if (placeholderType(shape) !== 'body')
            continue;
        lines.push(...paragraphLines(child(shape, 'txBody'), false));
    }
    return lines;
}
/** Legacy (`p:cmLst/p:cm/p:text`) and modern (`p188:cmLst/p188:cm/p188:txBody`, with replies) comments. */
export function commentTexts(comments) {
    const result = [];
    for (const comment of descendants(comments, 'cm').concat(descendants(comments, 'reply'))) {
        const legacy = child(comment, 'text');
        const text = legacy ? textContent(legacy) : paragraphLines(child(comment, 'txBody'), false).join(' ');
        const clean = text.replace(/\s+/g, ' ').trim();
        if (clean)
            result.push(clean);
    }
    return result;
}
function walkShapes(container, related, lines, titles) {
    if (!container)
        return;
    for (const node of container.children) {
        switch (node.local) {
            case 'sp': {
                const type = placeholderType(node);
                if (type !== undefined && SKIPPED_PLACEHOLDERS.has(type))
                    break;
                const body = child(node, 'txBody');
                if (type !== undefined && TITLE_TYPES.has(type)) {
                    titles.push(paragraphLines(body, false).join(' '));
                    break;
                }
                const bulleted = type !== undefined && (BULLETED_PLACEHOLDERS.has(type) || isContentPlaceholder(node));
                lines.push(...paragraphLines(body, bulleted));
                break;
            }
            case 'grpSp':
                walkShapes(node, related, lines, titles);
                break;
            case 'graphicFrame':
                lines.push(...graphicFrameLines(node, related));
                break;
            case 'pic': {
                const description = attribute(path(node, 'nvPicPr', 'cNvPr'), 'descr')?.replace(/\s+/g, ' ').trim();
                if (description)
                    lines.push(`[Image: ${description}]`);
                break;
            }
            case 'AlternateContent': {
                // Markup compatibility (ECMA-376 Part 3): prefer the Fallback, written with core elements only.
                const choice = child(node, 'Fallback') ?? child(node, 'Choice');
                walkShapes(choice, related, lines, titles);
                break;
            }
            default:
                break;
        }
    }
}
function placeholderType(shape) {
    const placeholder = path(shape, 'nvSpPr', 'nvPr', 'ph');
    if (!placeholder)
        return undefined;
    // A placeholder without a type is a content ("obj") placeholder (ST_PlaceholderType default).
    return attribute(placeholder, 'type') ?? 'obj';
}
function isContentPlaceholder(shape) {
    return placeholderType(shape) === 'obj';
}
/** One line per paragraph; `- ` / `1. ` markers and two spaces per level when the paragraph is a list item. */
export function paragraphLines(body, bulletedByDefault) {
    const lines = [];
    const counters = new Map();
    for (const paragraph of children(body, 'p')) {
        const text = paragraphText(paragraph).trim();
        const properties = child(paragraph, 'pPr');
        const level = Number(attribute(properties, 'lvl') ?? 0) || 0;
        if (!text) {
            counters.clear();
            continue;
        }
        let marker = '';
        if (child(properties, 'buAutoNum')) {
            const next = (counters.get(level) ?? Number(attribute(child(properties, 'buAutoNum'), 'startAt') ?? 1) - 1) + 1;
            counters.set(level, next);
            marker = `${next}. `;
        }
        else if (child(properties, 'buChar') || child(properties, 'buBlip') || (bulletedByDefault && !child(properties, 'buNone'))) {
            marker = '- ';
        }
        const indent = marker ? '  '.repeat(level) : '';
        lines.push(indent + marker + text.replace(/\n/g, `\n${indent}${marker ? '  ' : ''}`));
    }
    return lines;
}
function paragraphText(paragraph) {
    let text = '';
    for (const node of paragraph.children) {
        if (node.local === 'r' || node.local === 'fld')
            text += textContent(child(node, 't'));
        else if (node.local === 'br')
            text += '\n';
    }
    return text.replace(/[ \t]+/g, ' ');
}
function graphicFrameLines(frame, related) {
    const data = path(frame, 'graphic', 'graphicData');
    if (!data)
        return [];
    const table = child(data, 'tbl');
    if (table)
        return tableLines(table);
    const chart = child(data, 'chart');
    if (chart) {
        const id = attribute(chart, 'r:id');
        const part = id ? related(id) : undefined;
        return part ? chartLines(part) : [];
    }
    const diagram = child(data, 'relIds');
    if (diagram) {
        const id = attribute(diagram, 'r:dm');
        const part = id ? related(id) : undefined;
        // SmartArt data model: the text of each point, in order (ECMA-376 Part 1 §21.4).
        if (!part)
            return [];
        return descendants(part, 'pt')
            .map((point) => paragraphLines(child(point, 't'), false).join(' ').trim())
            .filter((text) => text !== '')
            .map((text) => `- ${text}`);
    }
    return [];
}
function tableLines(table) {
    const lines = [];
    for (const row of children(table, 'tr')) {
        const cells = children(row, 'tc').map((cell) => paragraphLines(child(cell, 'txBody'), false).join(' ').replace(/\s+/g, ' ').trim());
        while (cells.length > 0 && cells[cells.length - 1] === '')
            cells.pop();
        if (cells.length > 0)
            lines.push(cells.join(' | ').trim());
    }
    return lines;
}
/** Chart title, then a small table: category, then one column per series (cached values in the chart part). */
function chartLines(chartSpace) {
    const chart = child(chartSpace, 'chart');
    const lines = [];
    const title = textContent(path(chart, 'title', 'tx')).replace(/\s+/g, ' ').trim();
    lines.push(title ? `Chart: ${title}` : 'Chart');
    const series = descendants(path(chart, 'plotArea'), 'ser');
    if (series.length === 0)
        return lines;
    const points = (element) => {
        const values = new Map();
        for (const point of descendants(element, 'pt'))
            values.set(Number(attribute(point, 'idx') ?? values.size), textContent(child(point, 'v')));
        return values;
    };
    // A series name is a cached cell value (`c:tx/c:strRef/c:strCache/c:pt/c:v`) or literal text (`c:tx/c:v`).
    const seriesName = (item) => descendants(child(item, 'tx'), 'v').map((node) => textContent(node)).join(' ').trim() || textContent(path(item, 'tx', 'rich')).trim();
    const names = series.map((item, position) => seriesName(item) || `Series ${position + 1}`);
    const categories = points(child(series[0], 'cat') ?? child(series[0], 'xVal'));
    const values = series.map((item) => points(child(item, 'val') ?? child(item, 'yVal')));
    const count = Math.max(categories.size, ...values.map((map) => map.size));
    lines.push(['Category', ...names].join(' | '));
    for (let index = 0; index < count; index++) {
        lines.push([categories.get(index) ?? String(index + 1), ...values.map((map) => map.get(index) ?? '')].join(' | '));
    }
    return lines;
}
//# sourceMappingURL=pptx-slide-text.js.map