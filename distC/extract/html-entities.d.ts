export declare function decodeHtmlEntities(text: string): string;
