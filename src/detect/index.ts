export { detectConversations, DETECTORS } from './detect-conversations.js';
export type { DetectedConversation, DetectOptions, MessageSpan } from './types.js';
