import { describe, expect, it } from 'vitest';
import { classifySpeaker, normalizeLabel } from './speaker-labels.js';

describe('classifySpeaker', () => {
  it.each([
    ['User', 'user'],
    ['Human', 'user'],
    ['Customer', 'user'],
    ['Interviewer', 'user'],
    ['[[USER_NAME]]', 'user'],
    ['Assistant', 'assistant'],
    ['AI', 'assistant'],
    ['Agent', 'assistant'],
    ['Support', 'assistant'],
    ['Customer Support', 'assistant'],
    ['Support Agent', 'assistant'],
    ['[[AI_NAME]]', 'assistant'],
    ['System', 'system'],
    ['User query', 'user'],
    ['Customer question', 'user'],
    ['AI response', 'assistant'],
    ['Agent reply', 'assistant'],
  ])('maps %s to %s', (label, role) => {
    expect(classifySpeaker(label)).toEqual({ kind: 'role', role });
  });

  it.each(['Bob', 'Dr. Jane Smith', 'Speaker 2', 'JOHN', 'Zoë'])('takes %s for a named speaker', (label) => {
    expect(classifySpeaker(label)).toEqual({ kind: 'named' });
  });

  it.each(['Author', 'Maintainer'])('takes %s for a weak named speaker (metadata key or review-thread speaker)', (label) => {
    expect(classifySpeaker(label)).toEqual({ kind: 'named', weak: true });
  });

  it.each(['Note', 'Warning', 'From', 'Subject', 'Q', 'Answer', 'Bottom line', 'the end of it', 'http', 'A very long label with many words', 'Option 1', 'Step 2', 'Method 3', 'Query response'])(
    'rejects %s',
    (label) => {
      expect(classifySpeaker(label)).toBeUndefined();
    },
  );

  it('normalises labels to lower-case words', () => {
    expect(normalizeLabel('[[USER_NAME]]')).toBe('user name');
    expect(normalizeLabel('Support-Agent')).toBe('support agent');
  });
});
