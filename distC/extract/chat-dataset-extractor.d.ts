import type { Message } from '../dataset/types.js';
import type { Extractor } from './types.js';
export declare const jsonExtractor: Extractor;
export declare const jsonlExtractor: Extractor;
export declare const yamlExtractor: Extractor;
export declare function renderConversation(messages: Message[], context?: string): string;
