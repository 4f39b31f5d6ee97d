/**
 * The words that name who speaks and what a turn is, shared by the chat-log detector (`User query:` labels), the
 * Q/A label detector (`Frage:` / `Antwort:`) and the Q/A column finder of tables (`customer_message`,
 * `Frage | Antwort`): one vocabulary, so a label and a column name are read alike.
 */

/** Words (lower case) for the asking side of a conversation. */
export const USER_WORDS: ReadonlySet<string> = new Set([
  'user', 'human', 'customer', 'client', 'interviewer', 'questioner', 'asker', 'student', 'learner', 'patient',
  'caller', 'visitor', 'guest', 'me', 'buyer', 'applicant', 'requester', 'prompter', 'player', 'candidate',
]);

/** Words (lower case) for the answering side. */
export const ASSISTANT_WORDS: ReadonlySet<string> = new Set([
  'assistant', 'ai', 'bot', 'chatbot', 'agent', 'support', 'helpdesk', 'operator', 'representative', 'rep',
  'advisor', 'adviser', 'consultant', 'specialist', 'technician', 'expert', 'interviewee', 'doctor', 'teacher',
  'tutor', 'instructor', 'model', 'gpt', 'chatgpt', 'claude', 'gemini', 'llama', 'mistral', 'copilot', 'staff',
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
