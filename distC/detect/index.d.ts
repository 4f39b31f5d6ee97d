export { detectConversations, DETECTORS, findVerbatimViolations } from './detect-conversations.js';
export type { DetectedConversation, DetectOptions, MessageSpan } from './types.js';
