import type { Message } from '../dataset/types.js';
import { mergeConsecutiveRoles } from '../dataset/messages.js';
import { ROLE_ALIASES } from '../dataset/speaker-words.js';
import { conversationsFromLog, parseLogTime, type LogEntry } from './message-log.js';
import { cellText, findQaColumns, LOG_SPEAKER_NAMES, LOG_TEXT_NAMES, LOG_THREAD_NAMES, LOG_TIME_NAMES, normalizeColumnName } from './table-layout.js';

/**
 * Recognises one record of a chat / instruction dataset and turns it into messages.
 * Shapes (field names as their projects document them):
 * - `openai-messages`: `{messages: [{role, content}]}`, content a string or text parts
 *   (OpenAI fine-tuning "chat format"; Anthropic/Bedrock adds a top-level `system`).
 * - `gemini-contents`: `{contents: [{role: user|model, parts: [{text}]}], systemInstruction?}` (Vertex tuning format).
 * - `sharegpt`: `{conversations: [{from: human|gpt|system, value}], system?}` (FastChat, LLaMA-Factory data/README.md).
 * - `alpaca`: `{instruction, input?, output, system?, history?: [[q, a]]}` (Stanford Alpaca, LLaMA-Factory).
 * - `utterances`: `{utterances: [{speaker: USER|ASSISTANT, text}]}` (Google Taskmaster).
 * - `chatgpt-export` / `claude-export`: a conversation of ChatGPT's or Claude's data export (`conversations.json`).
 * - `zendesk-ticket` / `freshdesk-ticket` / `intercom-conversation`: a support ticket or conversation as their APIs
 *   return them.
 * - `<question>-<answer>`: any object with a question-like and an answer-like key (question/answer,
 *   prompt/completion, input/output, user/assistant ...), the same names the CSV extractor accepts.
 */

export interface RecognisedRecord {
  shape: string;
  messages: Message[];
}

type JsonObject = Record<string, unknown>;


export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function recogniseRecord(record: unknown): RecognisedRecord | undefined {
  if (!isObject(record)) return undefined;
  const keys = Object.keys(record);
  const lower = new Map(keys.map((key) => [key.toLowerCase(), key]));
  const field = (name: string): unknown => {
    const key = lower.get(name);
    return key === undefined ? undefined : record[key];
  };
  const system = contentText(field('system') ?? field('system_prompt') ?? textOfParts(field('systeminstruction')));

  const messages = field('messages');
  if (Array.isArray(messages) && messages.every(isObject)) {
    return finish('openai-messages', system, messages.map((message) => toMessage(message['role'], message['content'])));
  }
  const contents = field('contents');
  if (Array.isArray(contents) && contents.every(isObject)) {
    return finish('gemini-contents', system, contents.map((turn) => toMessage(turn['role'], textOfParts(turn['parts']))));
  }
  // Freshdesk ticket (API JSON): the customer's `description_text`, then `conversations` replies and notes
  // (`incoming: true` is the customer's; `private: true` notes are internal and left out).
  const freshdesk = field('conversations');
  if (Array.isArray(freshdesk) && freshdesk.every(isObject) && typeof field('description_text') === 'string' && freshdesk.every((item) => 'incoming' in item)) {
    return finish('freshdesk-ticket', '', mergeConsecutiveRoles(present([
      toMessage('user', field('description_text')),
      ...freshdesk
        .filter((item) => item['private'] !== true)
        .map((item) => toMessage(item['incoming'] === true ? 'user' : 'assistant', item['body_text'] ?? cellText(contentText(item['body'])))),
    ])));
  }
  const conversations = field('conversations') ?? field('conversation');
  if (Array.isArray(conversations) && conversations.length > 0 && conversations.every(isObject)) {
    return finish(
      'sharegpt',
      system,
      conversations.map((turn) => toMessage(turn['from'] ?? turn['role'], turn['value'] ?? turn['content'] ?? turn['text'])),
    );
  }
  // ChatGPT's data export (conversations.json): a tree of messages, the conversation is the path to `current_node`.
  const mapping = field('mapping');
  if (isObject(mapping) && typeof field('current_node') === 'string') {
    return finish('chatgpt-export', '', chatGptPath(mapping, field('current_node') as string));
  }
  // Claude's data export (conversations.json): `chat_messages` of `{sender: human | assistant, text}`.
  const chatMessages = field('chat_messages');
  if (Array.isArray(chatMessages) && chatMessages.every(isObject)) {
    return finish('claude-export', '', chatMessages.map((message) => toMessage(message['sender'], message['text'] ?? message['content'])));
  }
  // Zendesk ticket (API / export JSON): `comments` by `author_id`, the requester's are the user's; internal notes
  // (`public: false`) are left out.
  const comments = field('comments');
  if (Array.isArray(comments) && comments.every(isObject) && field('requester_id') !== undefined) {
    const requester = field('requester_id');
    return finish('zendesk-ticket', '', mergeConsecutiveRoles(present(comments
      .filter((comment) => comment['public'] !== false)
      .map((comment) => toMessage(comment['author_id'] === requester ? 'user' : 'assistant', cellText(contentText(comment['plain_body'] ?? comment['body'] ?? comment['html_body'])))))));
  }
  // Intercom conversation (API JSON): the `source` message, then `conversation_parts` of type comment (notes, which
  // are internal, and assignments are left out); authors `user`/`lead`/`contact` are the customer.
  const parts = field('conversation_parts');
  const partList = isObject(parts) ? parts['conversation_parts'] : parts;
  if (Array.isArray(partList) && isObject(field('source'))) {
    const intercom = [field('source') as JsonObject, ...partList.filter((part) => isObject(part) && part['part_type'] === 'comment')].map((part) => {
      const author = isObject(part['author']) ? part['author']['type'] : undefined;
      return toMessage(author === 'user' || author === 'lead' || author === 'contact' ? 'user' : 'assistant', cellText(contentText(part['body'])));
    });
    return finish('intercom-conversation', '', mergeConsecutiveRoles(present(intercom)));
  }
  const utterances = field('utterances') ?? field('turns') ?? field('dialogue');
  if (Array.isArray(utterances) && utterances.length > 0 && utterances.every(isObject)) {
    return finish('utterances', system, utterances.map((turn) => toMessage(turn['speaker'] ?? turn['role'], turn['text'] ?? turn['utterance'])));
  }
  if (field('instruction') !== undefined && field('output') !== undefined) {
    const history = field('history');
    const turns: (Message | undefined)[] = [];
    if (Array.isArray(history)) {
      for (const pair of history) {
        if (Array.isArray(pair) && pair.length >= 2) turns.push(toMessage('user', pair[0]), toMessage('assistant', pair[1]));
      }
    }
    const instruction = contentText(field('instruction'));
    const input = contentText(field('input'));
    turns.push(toMessage('user', input ? `${instruction}\n\n${input}` : instruction), toMessage('assistant', field('output')));
    return finish('alpaca', system, turns);
  }
  // A prompt/completion pair that splits a chat-template rendering (Llama prompt_completion files).
  const prompt = field('prompt');
  const completion = field('completion');
  if (typeof prompt === 'string' && typeof completion === 'string') {
    const template = parseChatTemplate(prompt + completion);
    if (template) return finish(template.shape, system, template.turns);
  }
  const scalarKeys = keys.filter((key) => typeof record[key] === 'string');
  const qa = findQaColumns(scalarKeys);
  if (qa) {
    const question = scalarKeys[qa.question]!;
    const answer = scalarKeys[qa.answer]!;
    const shape = `${normalizeColumnName(question).replace(/ /g, '_')}-${normalizeColumnName(answer).replace(/ /g, '_')}`;
    return finish(shape, system, [toMessage('user', record[question]), toMessage('assistant', record[answer])]);
  }
  const text = field('text');
  if (typeof text === 'string') {
    const template = parseChatTemplate(text);
    if (template) return finish(template.shape, system, template.turns);
  }
  return undefined;
}

/**
 * The messages of a ChatGPT export conversation, oldest first: from `current` up the `parent` links of `mapping`
 * (edited and regenerated branches are the other children, not on this path). Text parts only; messages hidden
 * from the conversation (the default system prompt, tool calls and results) are left out.
 */
function chatGptPath(mapping: JsonObject, current: string): (Message | undefined)[] {
  const path: (Message | undefined)[] = [];
  const seen = new Set<string>();
  for (let id: unknown = current; typeof id === 'string' && !seen.has(id) && isObject(mapping[id]); ) {
    seen.add(id);
    const node = mapping[id] as JsonObject;
    const message = isObject(node['message']) ? node['message'] : undefined;
    const metadata = message !== undefined && isObject(message['metadata']) ? message['metadata'] : {};
    const author = message !== undefined && isObject(message['author']) ? message['author']['role'] : undefined;
    const content = message !== undefined && isObject(message['content']) ? message['content'] : undefined;
    if (content !== undefined && content['content_type'] === 'text' && metadata['is_visually_hidden_from_conversation'] !== true) {
      path.push(toMessage(author, content['parts']));
    }
    id = node['parent'];
  }
  return path.reverse();
}

const LLAMA3_TURN = /<\|start_header_id\|>([a-z]+)<\|end_header_id\|>([\s\S]*?)(?=<\|eot_id\|>|<\|start_header_id\|>|$)/g;
const CHATML_TURN = /<\|im_start\|>([a-z]+)\n([\s\S]*?)(?=<\|im_end\|>|<\|im_start\|>|$)/g;
const INST_TURN = /\[INST\]([\s\S]*?)\[\/INST\]([\s\S]*?)(?=<s>|\[INST\]|$)/g;
const LLAMA31_DATES = /^\s*Cutting Knowledge Date: [^\n]*\nToday Date: [^\n]*(?:\n|$)/;
const LLAMA2_SYSTEM = /^\s*<<SYS>>\s*([\s\S]*?)\s*<<\/SYS>>\s*/;

/**
 * A conversation rendered with a chat template in a `text` field, as Llama and Mistral datasets keep them: Llama 3
 * (`<|start_header_id|>user<|end_header_id|>` ... `<|eot_id|>`), ChatML (`<|im_start|>user` ... `<|im_end|>`),
 * Llama 2 / Mistral instruct (`<s>[INST] <<SYS>>...<</SYS>> question [/INST] answer </s>`). Undefined for any other text.
 */
export function parseChatTemplate(text: string): { shape: string; turns: (Message | undefined)[] } | undefined {
  if (text.includes('<|start_header_id|>')) {
    // Llama 3.1's template opens the system turn with dates of its own (llama-template.ts): not the dataset's text.
    const turns = [...text.matchAll(LLAMA3_TURN)].map((match) => toMessage(match[1], match[1] === 'system' ? match[2]!.replace(LLAMA31_DATES, '') : match[2]));
    return { shape: 'llama3-template', turns };
  }
  if (text.includes('<|im_start|>')) {
    return { shape: 'chatml', turns: [...text.matchAll(CHATML_TURN)].map((match) => toMessage(match[1], match[2])) };
  }
  if (text.includes('[INST]') && text.includes('[/INST]')) {
    const turns: (Message | undefined)[] = [];
    for (const match of text.matchAll(INST_TURN)) {
      let question = match[1]!;
      const system = LLAMA2_SYSTEM.exec(question);
      if (system) {
        if (turns.length === 0) turns.push(toMessage('system', system[1]));
        question = question.slice(system[0].length);
      }
      turns.push(toMessage('user', question), toMessage('assistant', match[2]!.replace(/<\/s>\s*$/, '')));
    }
    return { shape: 'llama2-inst', turns };
  }
  return undefined;
}

/** Alternating user/assistant turns from a list of strings (chatterbot-corpus `conversations:` entries). */
export function alternatingTurns(turns: unknown[]): Message[] {
  return turns
    .map((turn, position) => toMessage(position % 2 === 0 ? 'user' : 'assistant', turn))
    .filter((message): message is Message => message !== undefined);
}

function finish(shape: string, system: string, turns: (Message | undefined)[]): RecognisedRecord | undefined {
  const messages = present(turns);
  if (system && !messages.some((message) => message.role === 'system')) messages.unshift({ role: 'system', content: system });
  return usable(messages) ? { shape, messages: trimTrailingUser(messages) } : undefined;
}

/** The messages that are there (a turn with no text or no known role is `undefined`). */
function present(turns: readonly (Message | undefined)[]): Message[] {
  return turns.filter((turn): turn is Message => turn !== undefined);
}

/** A conversation is usable when it has a user message followed at some point by an assistant message. */
export function usable(messages: Message[]): boolean {
  const firstUser = messages.findIndex((message) => message.role === 'user');
  return firstUser !== -1 && messages.slice(firstUser + 1).some((message) => message.role === 'assistant');
}

/** Training examples end with the assistant: a last unanswered user turn is dropped. */
export function trimTrailingUser(messages: Message[]): Message[] {
  let end = messages.length;
  while (end > 0 && messages[end - 1]!.role !== 'assistant') end--;
  return messages.slice(0, end);
}

function toMessage(role: unknown, content: unknown): Message | undefined {
  const mapped = typeof role === 'string' ? ROLE_ALIASES[role.trim().toLowerCase()] : undefined;
  if (mapped === undefined || mapped === 'skip') return undefined;
  const text = contentText(content);
  return text ? { role: mapped, content: text } : undefined;
}

/** A string, or the text parts of a content array (`[{type: 'text', text}]`); other parts (images) are skipped. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content.trim();
  if (typeof content === 'number' || typeof content === 'boolean') return String(content);
  if (Array.isArray(content)) return textOfParts(content);
  if (isObject(content) && typeof content['text'] === 'string') return content['text'].trim();
  return '';
}

function textOfParts(parts: unknown): string {
  if (isObject(parts)) return textOfParts(parts['parts'] ?? [parts]);
  if (!Array.isArray(parts)) return typeof parts === 'string' ? parts.trim() : '';
  return parts
    .map((part) => (typeof part === 'string' ? part : isObject(part) && typeof part['text'] === 'string' ? part['text'] : ''))
    .filter((text) => text.trim() !== '')
    .join('\n')
    .trim();
}

/**
 * A message log kept as JSON records, one message each: a two-person chat exported by a messenger (Telegram
 * `messages[]` of `{from, text, date}`, Facebook Messenger `{sender_name, content, timestamp_ms}`, Discord
 * (DiscordChatExporter `{author: {name}, content, timestamp}`), Slack `{user_name | user, text, ts}`), or a chat
 * dataset kept one turn per record (`{conversation_id, role, content}`, a bare `[{role, content}, ...]` array).
 * Fields are found by name (the same names as a message log's CSV columns, `table-layout.ts`); the conversations
 * come from `conversationsFromLog` (roles, or two people's names with the asker as the user). Undefined unless most
 * items are such messages and a conversation comes out (a group chat has no single "assistant").
 */
export function chatExport(items: readonly unknown[]): Message[][] | undefined {
  if (items.length < 2) return undefined;
  const entries: LogEntry[] = [];
  let others = 0;
  for (const item of items) {
    if (!isObject(item)) return undefined;
    if (typeof item['type'] === 'string' && item['type'] !== 'message' && item['type'] !== 'Default') {
      others += 1; // service messages: "joined", "pinned" ...
      continue;
    }
    const fields = logFields(item);
    if (fields.speaker === undefined) return undefined;
    if (fields.text === '') continue; // a photo, a sticker
    entries.push({ speaker: fields.speaker, text: fields.text, time: fields.time, thread: fields.thread });
  }
  if (entries.length < 2 || others > entries.length) return undefined;
  const conversations = conversationsFromLog(entries).conversations.map((conversation) => conversation.messages);
  return conversations.length > 0 ? conversations : undefined;
}

/** A log record's speaker (a name, or `{name}`), text, time and conversation, found by field name. */
function logFields(item: JsonObject): { speaker?: string; text: string; time?: number; thread?: string } {
  let speaker: string | undefined;
  let text: unknown;
  let time: number | undefined;
  let thread: string | undefined;
  for (const [key, value] of Object.entries(item)) {
    const name = normalizeColumnName(key);
    if (speaker === undefined && LOG_SPEAKER_NAMES.has(name)) {
      const candidate = isObject(value) ? value['name'] : value;
      if (typeof candidate === 'string' && candidate.trim() !== '') speaker = candidate.trim();
    } else if (text === undefined && LOG_TEXT_NAMES.has(name)) {
      text = value;
    } else if (time === undefined && LOG_TIME_NAMES.has(name)) {
      time = parseLogTime(value);
    } else if (thread === undefined && LOG_THREAD_NAMES.has(name) && (typeof value === 'string' || typeof value === 'number')) {
      thread = String(value);
    }
  }
  return { speaker, text: cellText(inlineText(text)), time, thread };
}

/** Message text as one string: Telegram splits formatted text into `["Hello ", {type: "bold", text: "you"}]`. */
function inlineText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (!Array.isArray(value)) return '';
  return value.map((part) => (typeof part === 'string' ? part : isObject(part) && typeof part['text'] === 'string' ? part['text'] : '')).join('').trim();
}
