/**
 * The words that name who speaks and what a turn is, shared by the chat-log detector (`User query:` labels), the
 * Q/A label detector (`Frage:` / `Antwort:`) and the Q/A column finder of tables (`customer_message`,
 * `Frage | Antwort`): one vocabulary, so a label and a column name are read alike.
 */

/** Words (lower case) for the asking side of a conversation. */
export const USER_WORDS: ReadonlySet<string> = new Set([
  'user', 'human', 'customer', 'client', 'interviewer', 'questioner', 'asker', 'student', 'learner', 'patient',
  'caller', 'visitor', 'guest', 'me', 'buyer', 'applicant', 'requester', 'prompter', 'player', 'candidate',
  'you', // ChatGPT's own label for the user, kept by its export tools
]);

/** Words (lower case) for the answering side. */
export const ASSISTANT_WORDS: ReadonlySet<string> = new Set([
  'assistant', 'ai', 'bot', 'chatbot', 'agent', 'support', 'helpdesk', 'operator', 'representative', 'rep',
  'advisor', 'adviser', 'consultant', 'specialist', 'technician', 'expert', 'interviewee', 'doctor', 'teacher',
  'tutor', 'instructor', 'model', 'gpt', 'chatgpt', 'claude', 'gemini', 'llama', 'mistral', 'copilot', 'staff',
  'bard', 'bing', 'grok', 'deepseek', 'perplexity', 'qwen',
]);

/**
 * Second words that name a speaker's turn: `User query:` / `AI response:` labels (the example exchanges of chatbot
 * knowledge documents, shared/fixtures/documents/pdf/scottll-ai-chatbot-FAQ.pdf), `customer_message` /
 * `agent_response` columns (support-ticket and chatbot exports).
 */
const TURN_NOUNS: ReadonlySet<string> = new Set([
  'query', 'question', 'message', 'msg', 'prompt', 'request', 'input', 'text', 'utterance', 'says', 'said', 'turn',
  'response', 'reply', 'answer', 'output',
]);

/** The role of a speaker + turn name given as lower-case words (`['user', 'query']`, `['agent', 'response']`). */
export function speakerTurnRole(words: readonly string[]): 'user' | 'assistant' | undefined {
  if (words.length !== 2 || !TURN_NOUNS.has(words[1]!)) return undefined;
  if (USER_WORDS.has(words[0]!)) return 'user';
  if (ASSISTANT_WORDS.has(words[0]!)) return 'assistant';
  return undefined;
}

/** "Question" in the languages the detectors and the column finder know (en/fr, de, es, pt, it, nl, ru, zh, ja, ko). */
export const QUESTION_WORDS: readonly string[] = ['Question', 'Frage', 'Pregunta', 'Pergunta', 'Domanda', 'Vraag', 'Вопрос', '问题', '問題', '質問', '问', '問', '질문'];

/** "Answer" in the same languages. */
export const ANSWER_WORDS: readonly string[] = ['Answer', 'Antwort', 'Respuesta', 'Resposta', 'Risposta', 'Réponse', 'Reponse', 'Antwoord', 'Ответ', '答案', '回答', '答え', '答', '답변', '답'];

/**
 * Role names as chat datasets spell them (OpenAI/Anthropic `user`/`assistant`, ShareGPT `human`/`gpt`, Gemini
 * `model`, OASST `prompter`, support exports `customer`/`agent`); `skip`: a tool or function turn, not training text.
 */
export const ROLE_ALIASES: Readonly<Record<string, 'system' | 'user' | 'assistant' | 'skip'>> = {
  user: 'user', human: 'user', customer: 'user', client: 'user', usr: 'user', prompter: 'user',
  assistant: 'assistant', gpt: 'assistant', model: 'assistant', bot: 'assistant', ai: 'assistant', chatgpt: 'assistant',
  bing: 'assistant', bard: 'assistant', agent: 'assistant', system: 'system', developer: 'system',
  tool: 'skip', function: 'skip', function_call: 'skip', observation: 'skip', ipython: 'skip',
};

/** Names of the answering side that begin with an asking word (`customer service`, `client support`). */
const SERVICE_NOUNS: ReadonlySet<string> = new Set(['service', 'services', 'support', 'care', 'success', 'team', 'desk']);
/**
 * Message directions and author types of support-tool exports: what came in is the customer's; Intercom's `admin`
 * and `team` are the company's side, its `lead` and `contact` the customer; Zendesk's `end-user` the customer.
 */
const SUPPORT_SIDES: Readonly<Record<string, 'user' | 'assistant'>> = {
  inbound: 'user', incoming: 'user', outbound: 'assistant', outgoing: 'assistant',
  admin: 'assistant', team: 'assistant', lead: 'user', contact: 'user', 'end-user': 'user', enduser: 'user',
};

/**
 * The role of a speaker as a message log names it: a role name (`ROLE_ALIASES`), a direction or author type of a
 * support tool (`inbound`, `admin`), or
 * words from `USER_WORDS` / `ASSISTANT_WORDS` where the last word decides (`end user`, `support agent`, `Human
 * Agent`) unless it names a service (`customer service`). Undefined for a person's name or anything else.
 */
export function speakerRole(speaker: string): 'system' | 'user' | 'assistant' | 'skip' | undefined {
  const name = speaker.trim().toLowerCase();
  const alias = ROLE_ALIASES[name] ?? SUPPORT_SIDES[name];
  if (alias !== undefined) return alias;
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.length === 0 || words.length > 3) return undefined;
  const last = words[words.length - 1]!;
  if (words.length > 1 && SERVICE_NOUNS.has(last)) return 'assistant';
  if (ASSISTANT_WORDS.has(last)) return 'assistant';
  if (USER_WORDS.has(last)) return 'user';
  return undefined;
}
