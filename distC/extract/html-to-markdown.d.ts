/**
 * A small HTML → Markdown-ish converter built on a forgiving tokenizer (no DOM, no dependency).
 * Keeps what matters for training text: headings as `#`, lists as `- ` / `1. `, `<dt>`/`<dd>` on their own
 * lines (FAQ pages), tables as one row per line with ` | ` between cells, `<pre>` as fenced code, `<br>`.
 * Drops script, style and other non-content elements; decodes character references.
 * Used for `.html` files and for DOCX (mammoth produces HTML).
 */
export interface HtmlToMarkdownOptions {
    /** Render `<img alt>` as `[Image: alt]` (default true). */
    imageAltText?: boolean;
}
export declare function htmlToMarkdown(html: string, options?: HtmlToMarkdownOptions): string;
