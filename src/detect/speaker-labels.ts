import { ASSISTANT_WORDS, speakerTurnRole, USER_WORDS } from '../dataset/speaker-words.js';
import type { Role } from '../dataset/types.js';

/**
 * Speaker-label vocabulary for chat logs and transcripts.
 * A label is classified as a known role (`User`, `Assistant`, `Customer`, `Agent`, `Interviewer`, `[[USER_NAME]]` ...)
 * or as a named speaker (`Bob`, `Dr. Smith`, `Speaker 2`) whose role is decided per conversation.
 */

/** Whole labels whose meaning differs from their words (`Customer Support` is the support side). */
const WHOLE_LABELS: Record<string, Role> = {
  'customer support': 'assistant',
  'customer service': 'assistant',
  'customer care': 'assistant',
  'help desk': 'assistant',
  'support agent': 'assistant',
  'live agent': 'assistant',
  'tech support': 'assistant',
  'technical support': 'assistant',
  'it support': 'assistant',
  'sales rep': 'assistant',
  system: 'system',
  'system prompt': 'system',
};

/** Labels that introduce notes, metadata or headers, never a speaker. */
const NOT_SPEAKERS = new Set([
  'note', 'notes', 'nb', 'warning', 'caution', 'danger', 'important', 'tip', 'tips', 'hint', 'info', 'example',
  'examples', 'see', 'see also', 'from', 'to', 'cc', 'bcc', 'subject', 'date', 're', 'fwd', 'sent', 'step',
  'source', 'sources', 'update', 'updated', 'edit', 'error', 'usage', 'returns', 'return', 'parameters', 'params',
  'args', 'arguments', 'type', 'default', 'name', 'title', 'authors', 'version', 'license', 'copyright',
  'status', 'summary', 'description', 'reference', 'references', 'link', 'links', 'url', 'email', 'phone',
  'address', 'location', 'tags', 'category', 'categories', 'pros', 'cons', 'solution', 'problem', 'result',
  'results', 'output', 'input', 'todo', 'fixme', 'bottom line', 'tl dr', 'tldr', 'ps', 'p s', 'q', 'a', 'question',
  'answer', 'ques', 'ans', 'questions', 'answers', 'goal', 'goals', 'requirements', 'prerequisites', 'files', 'file',
  'path', 'command', 'options', 'option', 'value', 'key', 'id', 'time', 'day', 'week', 'month', 'year', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'price', 'total', 'cost', 'size', 'format',
  'mime version', 'content type', 'message id', 'in reply to', 'host', 'accept', 'origin', 'answer key',
  'correct answer', 'explanation', 'definition', 'translation', 'context', 'instruction', 'instructions', 'response',
  'filename', 'file name', 'consider', 'none', 'some', 'listing', 'figure', 'table', 'chapter', 'section', 'tier',
  'platform', 'target', 'targets', 'library support', 'maintainers', 'contact', 'website', 'homepage', 'user agent',
]);

/** Words that, followed by a number, name a part of a text (`Method 2:`, `Case 3:`); see also NOT_SPEAKERS. */
const ENUMERATED_PARTS = new Set([
  'method', 'part', 'case', 'scenario', 'phase', 'stage', 'approach', 'way', 'rule', 'level', 'lesson', 'unit',
  'module', 'item', 'point', 'fact', 'reason', 'myth', 'task', 'exercise', 'problem', 'round', 'test', 'page',
]);

/**
 * Words that are metadata keys in headers (`Author: Jane Doe`) but speakers in review threads and issue discussions
 * (`Author:` / `Reviewer:`). They are named speakers marked `weak`: inside a chat with known roles they are not
 * turns (the line stays in the previous message).
 */
const WEAK_SPEAKERS = new Set(['author', 'maintainer']);

const NAMED_SPEAKER = /^(?:\[\[[A-Za-z_ ]{1,30}\]\]|(?:[\p{Lu}][\p{L}\p{M}'’.-]{0,24}|[0-9]{1,3})(?:[ \t](?:[\p{Lu}][\p{L}\p{M}'’.-]{0,24}|[0-9]{1,3})){0,2})$/u;

export type SpeakerClass = { kind: 'role'; role: Role } | { kind: 'named'; weak?: true };

/** Lower-case words of a label: `[[USER_NAME]]` → `user name`, `Support-Agent` → `support agent`. */
export function normalizeLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Classify a raw label (text before the colon). Undefined: not a speaker label. */
export function classifySpeaker(label: string): SpeakerClass | undefined {
  const normalized = normalizeLabel(label);
  if (normalized.length === 0 || NOT_SPEAKERS.has(normalized)) return undefined;
  if (WEAK_SPEAKERS.has(normalized) && NAMED_SPEAKER.test(label)) return { kind: 'named', weak: true };
  const whole = WHOLE_LABELS[normalized];
  if (whole) return { kind: 'role', role: whole };
  const words = normalized.split(' ');
  const firstWord = words[0]!;
  // `Option 1:`, `Step 2:`, `Part 3:` number the parts of a text, not speakers.
  if (words.length === 2 && /^\d+$/.test(words[1]!) && (NOT_SPEAKERS.has(firstWord) || ENUMERATED_PARTS.has(firstWord))) return undefined;
  if (words.length === 1 || label.startsWith('[[')) {
    // `User`, `assistant`, and templated names such as `[[USER_NAME]]` / `[[AI_NAME]]`.
    if (ASSISTANT_WORDS.has(firstWord)) return { kind: 'role', role: 'assistant' };
    if (USER_WORDS.has(firstWord)) return { kind: 'role', role: 'user' };
  } else if (speakerTurnRole(words) !== undefined) {
    // `User query:` / `AI response:`.
    return { kind: 'role', role: speakerTurnRole(words)! };
  } else if (words.length <= 3 && words.every((word) => USER_WORDS.has(word) || ASSISTANT_WORDS.has(word) || /^\d+$/.test(word))) {
    // Several role words or a number: `AI Assistant`, `Support Agent`, `User 2`. The last role word decides.
    const last = [...words].reverse().find((word) => !/^\d+$/.test(word))!;
    return { kind: 'role', role: ASSISTANT_WORDS.has(last) ? 'assistant' : 'user' };
  }
  if (label.length <= 32 && NAMED_SPEAKER.test(label) && /\p{L}/u.test(label)) return { kind: 'named' };
  return undefined;
}
