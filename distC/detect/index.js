export { detectConversations, DETECTORS, findVerbatimViolations } from './detect-conversations.js';
//# sourceMappingURL=index.js.map