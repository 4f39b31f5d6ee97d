export const METADATA_COLUMNS = ['sample_id', 'content_preview', 'token_length', 'topic_keywords', 'source_file', 'split'];
/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value) {
    if (value === undefined || value === null)
        return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
export function csvRow(values) {
    return `${values.map(csvField).join(',')}\r\n`;
}
export function contentPreview(sample, maxLength = 120) {
    const first = sample.messages.find((message) => message.role === 'user') ?? sample.messages[0];
    const text = (first?.content ?? '').replace(/\s+/g, ' ').trim();
    return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
export function metadataRow(sample) {
    return `${metadataPrefix(sample)}${csvField(sample.split ?? '')}\r\n`;
}
/**
 * A metadata.csv row up to the split column (the last), with the comma before it: known before the split is.
 * `preview`: the `contentPreview` of the sample's messages, when computed elsewhere (then `messages` is not read).
 */
export function metadataPrefix(sample, preview = contentPreview(sample)) {
    return `${csvField(sample.id)},${csvField(preview)},${csvField(sample.tokenLength)},${csvField(sample.topicKeywords.join('; '))},${csvField(sample.sourceFile ?? '')},`;
}
//# sourceMappingURL=csv.js.map