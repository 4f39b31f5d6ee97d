/**
 * A small element tree over fast-xml-parser's `preserveOrder` output (document order matters for slides:
 * runs, breaks and shapes must stay in sequence). Names keep their prefix; helpers match on the local name,
 * because OOXML namespace prefixes are conventional, not fixed.
 * Parsing settings follow DEPENDENCIES.md: `trimValues: false` so spaces between runs survive.
 */
export interface XmlElement {
    name: string;
    local: string;
    attributes: Record<string, string>;
    children: XmlElement[];
    /** Set on text nodes (`name === '#text'`). */
    text?: string;
}
export declare class XmlParseError extends Error {
    readonly line?: number | undefined;
    constructor(message: string, line?: number | undefined);
}
/** Loads fast-xml-parser lazily and returns a parse function for complete documents. */
export declare function createXmlParser(): Promise<(xml: string) => XmlElement>;
export declare function localName(name: string): string;
export declare function child(element: XmlElement | undefined, local: string): XmlElement | undefined;
export declare function children(element: XmlElement | undefined, local: string): XmlElement[];
/** Follows a path of local names through first matches, e.g. `path(sp, 'nvSpPr', 'nvPr', 'ph')`. */
export declare function path(element: XmlElement | undefined, ...locals: string[]): XmlElement | undefined;
/** All descendants with a local name, in document order. */
export declare function descendants(element: XmlElement | undefined, local: string, out?: XmlElement[]): XmlElement[];
/** Concatenated text of an element's text nodes (all depths). */
export declare function textContent(element: XmlElement | undefined): string;
/** Attribute by local name (`r:id` matches `id` only when asked as `r:id`; exact names first). */
export declare function attribute(element: XmlElement | undefined, name: string): string | undefined;
