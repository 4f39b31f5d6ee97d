export { createMockLlmClient, mockConversationsReply, mockResult } from './mock-llm-client.js';
export { createTestAgentContext, createTestAgentInput, seededRandom } from './agent-context.js';
//# sourceMappingURL=index.js.map