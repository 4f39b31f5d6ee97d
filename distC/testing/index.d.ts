export { createMockLlmClient, mockConversationsReply, mockResult } from './mock-llm-client.js';
export type { MockLlmClient, MockLlmClientOptions, MockLlmScript, MockLlmStep } from './mock-llm-client.js';
export { createTestAgentContext, createTestAgentInput, seededRandom } from './agent-context.js';
export type { TestAgentContext } from './agent-context.js';
