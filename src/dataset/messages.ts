import type { Message } from './types.js';

/** Merge runs of messages with the same role (joined by a blank line), for targets that require alternation. */
export function mergeConsecutiveRoles(messages: readonly Message[]): Message[] {
  const merged: Message[] = [];
  for (const message of messages) {
    const last = merged[merged.length - 1];
    if (last && last.role === message.role) {
      merged[merged.length - 1] = { role: last.role, content: joinTexts([last.content, message.content]) };
    } else {
      merged.push({ role: message.role, content: message.content });
    }
  }
  return merged;
}

export function joinTexts(texts: readonly string[]): string {
  return texts.filter((text) => text !== '').join('\n\n');
}
