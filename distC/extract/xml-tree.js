/**
 * A small element tree over fast-xml-parser's `preserveOrder` output (document order matters for slides:
 * runs, breaks and shapes must stay in sequence). Names keep their prefix; helpers match on the local name,
 * because OOXML namespace prefixes are conventional, not fixed.
 * Parsing settings follow DEPENDENCIES.md: `trimValues: false` so spaces between runs survive.
 */
export class XmlParseError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'XmlParseError';
    }
}
/** Loads fast-xml-parser lazily and returns a parse function for complete documents. */
export async function createXmlParser() {
    const { XMLParser, XMLValidator } = await import('fast-xml-parser');
    const parser = new XMLParser({
        preserveOrder: true,
        ignoreAttributes: false,
        attributeNamePrefix: '',
        trimValues: false,
        parseTagValue: false,
        parseAttributeValue: false,
        processEntities: true,
        htmlEntities: true, // decodes numeric character references (&#x263A;) as well
        ignoreDeclaration: true,
        ignorePiTags: true,
    });
    return (xml) => {
        // Office parts never carry a DTD; refusing one rules out entity-expansion attacks.
        if (/<!DOCTYPE/i.test(xml.slice(0, 2048)))
            throw new XmlParseError('the XML contains a DOCTYPE, which Office files never do');
        const valid = XMLValidator.validate(xml);
        if (valid !== true)
            throw new XmlParseError(`invalid XML at line ${valid.err.line}: ${valid.err.msg}`, valid.err.line);
        const nodes = parser.parse(xml);
        const root = nodes.map(convert).find((node) => node.name !== '#text');
        if (!root)
            throw new XmlParseError('the XML has no root element');
        return root;
    };
}
function convert(node) {
    if ('#text' in node) {
        return { name: '#text', local: '#text', attributes: {}, children: [], text: String(node['#text']) };
    }
    const name = Object.keys(node).find((key) => key !== ':@') ?? '';
    const rawChildren = node[name];
    const attributes = node[':@'] ?? {};
    const children = Array.isArray(rawChildren) ? rawChildren.map(convert) : [];
    return { name, local: localName(name), attributes, children };
}
export function localName(name) {
    const colon = name.indexOf(':');
    return colon === -1 ? name : name.slice(colon + 1);
}
export function child(element, local) {
    return element?.children.find((node) => node.local === local);
}
export function children(element, local) {
    return element ? element.children.filter((node) => node.local === local) : [];
}
/** Follows a path of local names through first matches, e.g. `path(sp, 'nvSpPr', 'nvPr', 'ph')`. */
export function path(element, ...locals) {
    let current = element;
    for (const local of locals)
        current = child(current, local);
    return current;
}
/** All descendants with a local name, in document order. */
export function descendants(element, local, out = []) {
    if (!element)
        return out;
    for (const node of element.children) {
        if (node.local === local)
            out.push(node);
        descendants(node, local, out);
    }
    return out;
}
/** Concatenated text of an element's text nodes (all depths). */
export function textContent(element) {
    if (!element)
        return '';
    if (element.text !== undefined)
        return element.text;
    let result = '';
    for (const node of element.children)
        result += textContent(node);
    return result;
}
/** Attribute by local name (`r:id` matches `id` only when asked as `r:id`; exact names first). */
export function attribute(element, name) {
    if (!element)
        return undefined;
    if (name in element.attributes)
        return element.attributes[name];
    const local = localName(name);
    for (const [key, value] of Object.entries(element.attributes)) {
        if (key.includes(':') === name.includes(':') && localName(key) === local)
            return value;
    }
    return undefined;
}
//# sourceMappingURL=xml-tree.js.map