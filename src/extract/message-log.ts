import type { Message, Role } from '../dataset/types.js';
import { speakerRole } from '../dataset/speaker-words.js';

/**
 * A message log: one message per record, with who wrote it, and perhaps the conversation it belongs to and when.
 * Support tools (Zendesk ticket comments, Intercom and Freshchat conversation exports, live-chat transcripts), chat
 * datasets kept one turn per row (`conversation_id, role, content`) and messenger exports (Telegram, Slack,
 * Messenger, Discord) all come this way, as CSV/spreadsheet rows or JSON/JSONL records. The extractors find the
 * fields; this turns the entries into conversations.
 */
export interface LogEntry {
  /** A role (`user`, `customer`, `Support Agent`, `inbound`) or a person's name. */
  speaker: string;
  text: string;
  /** Milliseconds since the epoch. */
  time?: number;
  /** Conversation (ticket, thread, session) the message belongs to. */
  thread?: string;
  /** Where the entry comes from (row or record number), reported as the conversation's first. */
  index?: number;
}

export interface LogConversation {
  messages: Message[];
  /** `index` of the conversation's first entry. */
  firstIndex?: number;
}

export interface LogResult {
  conversations: LogConversation[];
  /** How speakers were read: as roles (`customer`/`agent`), or as people's names (`askerOf` finds the user). */
  speakers: 'roles' | 'names';
  /** Conversations left out because it is not clear who the user is (a group chat, a monologue). */
  unclearUser: number;
}

/** A gap this long between two messages of one conversation starts a new one. */
export const CONVERSATION_GAP_MS = 6 * 60 * 60 * 1000;
/** Share of the entries whose speaker must be a role for the log to be read by roles. */
const ROLE_SHARE = 0.9;
const QUESTION = /[?？](?=\s|$)/;

/**
 * Conversations from a message log. Entries are grouped by `thread` (in order of first appearance; all one group
 * without threads), sorted by time within a group when every entry has one (Messenger lists newest first), and cut
 * where six hours pass between two messages. When (nearly) every speaker is a role (`speakerRole`), roles decide
 * (`system` and `assistant` alone make no conversation); otherwise speakers are names and a conversation needs
 * two people, or more when one of them is clearly the customer (`askerOf`), everyone else being the assistant.
 * Consecutive messages of one side are one turn; a conversation starts at its first user turn (a system message
 * before it is kept) and ends with the assistant.
 */
export function conversationsFromLog(entries: readonly LogEntry[]): LogResult {
  const roles = entries.map((entry) => speakerRole(entry.speaker));
  const mapped = roles.filter((role) => role !== undefined).length;
  const byRoles = mapped > 0 && mapped >= entries.length * ROLE_SHARE;
  const groups = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    const key = entry.thread ?? '';
    const group = groups.get(key);
    if (group) group.push(position);
    else groups.set(key, [position]);
  });
  const result: LogResult = { conversations: [], speakers: byRoles ? 'roles' : 'names', unclearUser: 0 };
  // In a log of many conversations, the support side is the speaker found in more of them.
  const conversationsOf = new Map<string, number>();
  if (!byRoles) {
    for (const group of groups.values()) {
      for (const speaker of new Set(group.map((position) => entries[position]!.speaker.trim()))) conversationsOf.set(speaker, (conversationsOf.get(speaker) ?? 0) + 1);
    }
  }
  for (const group of groups.values()) {
    if (group.every((position) => entries[position]!.time !== undefined)) group.sort((left, right) => entries[left]!.time! - entries[right]!.time!);
    let roleAt: (position: number) => Role | 'skip' | undefined;
    if (byRoles) {
      roleAt = (position) => roles[position];
    } else {
      const user = askerOf(group.map((position) => entries[position]!), conversationsOf);
      if (user === undefined) {
        result.unclearUser += 1;
        continue;
      }
      roleAt = (position) => (entries[position]!.speaker.trim() === user ? 'user' : 'assistant');
    }
    splitIntoConversations(entries, group, roleAt, result.conversations);
  }
  return result;
}

/** Warnings for a table read as a message log: what could not be made into conversations, and why. */
export function describeLogResult(result: LogResult, entries: number): string[] {
  const roleHint = 'no speaker is a role such as user/customer or assistant/agent, so speakers were read as names, and in these it is not clear who the user is (more than two people, none of them clearly the customer)';
  if (result.conversations.length === 0) {
    return [`the rows look like a message log (${entries} messages with a speaker column) but no conversation came out of them: ${result.speakers === 'names' ? roleHint : 'no user message is followed by an assistant reply'}`];
  }
  if (result.unclearUser > 0) return [`${result.unclearUser} conversation(s) of the message log were left out: ${roleHint}`];
  return [];
}

/**
 * The user of a two-person conversation: the one named as a role (`user`, `customer`) or beside one named as the
 * assistant (`bot`, `agent`), else the one found in fewer of the log's conversations (an agent answers many
 * customers), else the one who asks more questions (an agent's "How can I help?" counts too), else the first to write.
 */
function askerOf(entries: readonly LogEntry[], conversationsOf: ReadonlyMap<string, number>): string | undefined {
  const questions = new Map<string, number>();
  for (const entry of entries) {
    const speaker = entry.speaker.trim();
    questions.set(speaker, (questions.get(speaker) ?? 0) + (QUESTION.test(entry.text) ? 1 : 0));
  }
  if (questions.size < 2) return undefined;
  if (questions.size > 2) return customerAmong([...questions.keys()], conversationsOf);
  const [[first, firstQuestions], [second, secondQuestions]] = [...questions] as [[string, number], [string, number]];
  // A speaker named by a role (`user`, `bot`) among people's names decides.
  const firstRole = speakerRole(first);
  const secondRole = speakerRole(second);
  if (firstRole === 'user' || secondRole === 'assistant') return first;
  if (secondRole === 'user' || firstRole === 'assistant') return second;
  const firstSeen = conversationsOf.get(first) ?? 0;
  const secondSeen = conversationsOf.get(second) ?? 0;
  if (firstSeen !== secondSeen) return firstSeen < secondSeen ? first : second;
  return secondQuestions > firstQuestions ? second : first;
}

/**
 * The user of a conversation of three or more people (a ticket handed from one agent to another): the only one
 * named as a user, else the only one found in fewer of the log's conversations than every other speaker (agents
 * answer many customers); undefined when that is not clear (a group chat).
 */
function customerAmong(speakers: readonly string[], conversationsOf: ReadonlyMap<string, number>): string | undefined {
  const users = speakers.filter((speaker) => speakerRole(speaker) === 'user');
  if (users.length === 1) return users[0];
  const seen = speakers.map((speaker) => conversationsOf.get(speaker) ?? 0);
  const fewest = Math.min(...seen);
  return seen.filter((count) => count === fewest).length === 1 ? speakers[seen.indexOf(fewest)] : undefined;
}

function splitIntoConversations(
  entries: readonly LogEntry[],
  group: readonly number[],
  roleAt: (position: number) => Role | 'skip' | undefined,
  out: LogConversation[],
): void {
  let turns: Message[] = [];
  let firstIndex: number | undefined;
  let lastTime: number | undefined;
  const flush = (): void => {
    const firstUser = turns.findIndex((turn) => turn.role === 'user');
    if (firstUser !== -1) {
      const start = firstUser > 0 && turns[firstUser - 1]!.role === 'system' ? firstUser - 1 : firstUser;
      let end = turns.length;
      while (end > start && turns[end - 1]!.role !== 'assistant') end--;
      if (end > firstUser + 1) out.push({ messages: turns.slice(start, end), firstIndex });
    }
    turns = [];
    firstIndex = undefined;
  };
  for (const position of group) {
    const entry = entries[position]!;
    if (lastTime !== undefined && entry.time !== undefined && entry.time - lastTime >= CONVERSATION_GAP_MS) flush();
    lastTime = entry.time ?? lastTime;
    const role = roleAt(position);
    if (role === undefined || role === 'skip' || entry.text === '') continue;
    firstIndex ??= entry.index;
    const previous = turns[turns.length - 1];
    if (role === 'system' && turns.some((turn) => turn.role !== 'system')) continue; // a note mid-conversation ("chat transferred")
    if (previous?.role === role) previous.content = `${previous.content}\n${entry.text}`;
    else turns.push({ role, content: entry.text });
  }
  flush();
}

/** Milliseconds since the epoch from a date string, or a number of seconds / milliseconds; undefined otherwise. */
export function parseLogTime(value: unknown): number | undefined {
  if (typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value))) {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) return undefined;
    return number > 1e11 ? number : number * 1000; // 1e11 s is the year 5138; 1e11 ms is 1973
  }
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const parsed = Date.parse(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}
