import { type XmlElement } from './xml-tree.js';
/**
 * Text of one PresentationML slide (ECMA-376 Part 1, §19.3 PresentationML and §21.1 DrawingML text):
 * shapes in document order (`p:spTree`), the title placeholder first, paragraphs with their bullet level,
 * tables one row per line, charts and SmartArt through their related parts, pictures by their alt text.
 */
export interface SlideContent {
    title?: string;
    lines: string[];
}
/** Resolves a relationship id of the current part to a parsed related part (chart, diagram data). */
export type RelatedPart = (relationshipId: string) => XmlElement | undefined;
export declare function slideContent(slide: XmlElement, related: RelatedPart): SlideContent;
/** Speaker notes: the body placeholder of the notes slide. */
export declare function notesText(notes: XmlElement): string[];
/** Legacy (`p:cmLst/p:cm/p:text`) and modern (`p188:cmLst/p188:cm/p188:txBody`, with replies) comments. */
export declare function commentTexts(comments: XmlElement): string[];
/** One line per paragraph; `- ` / `1. ` markers and two spaces per level when the paragraph is a list item. */
export declare function paragraphLines(body: XmlElement | undefined, bulletedByDefault: boolean): string[];
