import { ANSWER_WORDS, QUESTION_WORDS } from '../dataset/speaker-words.js';
import { buildConversation, type MessagePart } from './conversation-parts.js';
import { scanLabelledTurns, type LabelHit, type LabelMatcher, type Turn } from './labelled-turns.js';
import { firstNonBlank, LineKind, type LineIndex } from './line-index.js';
import type { DetectedConversation } from './types.js';

/**
 * `Q:` / `A:` pairs and their variants:
 * `Question:` / `Answer:`, `Q.` / `A.`, `Q)` / `A)`, numbered `Q1:` / `A1:`, bold `**Q:**` / `**A:**`, `**Question**:` / `**Answer**:`,
 * a bold question `**Q: text?**`, and questions in headings (`### Q: text?`).
 * Each question with the answer that follows it is one conversation (format `qa-colon`, or
 * `question-answer-bold` when the labels are bold); so is a one-line pair `Q: Is it free? A: Yes.`.
 * A question with no answer is skipped.
 */
/**
 * Question and answer labels, English and the usual ones of other languages (de `Frage`/`Antwort`, `F:`/`A:`;
 * es/pt `Pregunta`/`Respuesta`, `Pergunta`/`Resposta`, `P:`/`R:`; it `Domanda`/`Risposta`, `D:`/`R:`; fr
 * `Question :`/`Réponse :`; nl `Vraag`/`Antwoord`; ru `Вопрос`/`Ответ`, `В:`/`О:`; zh `问`/`答`; ja `質問`/`回答`;
 * ko `질문`/`답변`). Single letters other than `Q`/`A` only with a colon (`P. Smith` is a name).
 */
const LABEL_WORDS: Record<string, 'q' | 'a'> = {
  Q: 'q', Ques: 'q', A: 'a', Ans: 'a', F: 'q', P: 'q', R: 'a', D: 'q', В: 'q', О: 'a',
  ...Object.fromEntries(QUESTION_WORDS.map((word) => [word, 'q'])),
  ...Object.fromEntries(ANSWER_WORDS.map((word) => [word, 'a'])),
};
const LABEL_KIND = new Map<string, 'q' | 'a'>();
for (const [word, kind] of Object.entries(LABEL_WORDS)) {
  LABEL_KIND.set(word, kind);
  LABEL_KIND.set(word.toUpperCase(), kind);
}
const LABEL = new RegExp(
  `(?:#{1,6}[ \\t]+)?(\\*\\*|__)?(${[...LABEL_KIND.keys()].sort((left, right) => right.length - left.length).join('|')})(?:[ \\t]*#?(\\d{1,4}))?(\\*\\*|__)?[ \\t]*([:.：)])(\\*\\*|__)?(?:(?=[ \\t\\r\\n]|$)|(?<=：|：\\*\\*|：__))`,
  'y',
);
/** An option line that would follow `A.` if it were a multiple-choice option: `B.`, `B)`, `- B.` ... */
const OPTION_B = /(?:[-*+][ \t]+)?\(?[Bb][.):]/y;

const FIRST_CHARS = new Set(['*', '_', '#', ...[...LABEL_KIND.keys()].map((word) => word[0]!)]);
/**
 * An answer label on the question's own line, right after its `?`: `Q: Is it free? A: Yes.`
 * (group 1: an optional closing bold after the `?`; group 2: the label's punctuation).
 */
const INLINE_ANSWER = /[?？](\*\*|__)?[ \t]+(?:\*\*|__)?(?:A|Ans|Answer|ANSWER)(?:[ \t]*#?\d{1,4})?(?:\*\*|__)?[ \t]*([:.：])(?:\*\*|__)?[ \t]+(?=\S)/;

export function detectQaLabels(index: LineIndex): DetectedConversation[] {
  const { text } = index;
  let lastQuestionPunctuation = '';
  const boldLines = new Set<number>();
  const questionPunctuation = new Map<number, string>();

  const matcher: LabelMatcher = (lineIndex, line) => {
    const first = lineIndex.first[line]!;
    if (lineIndex.indent[line]! > 3 || !FIRST_CHARS.has(text[first]!)) return undefined;
    LABEL.lastIndex = first;
    const match = LABEL.exec(text);
    if (!match) return undefined;
    const word = match[2]!;
    const isQuestion = LABEL_KIND.get(word) === 'q';
    const punctuation = match[5] === '.' || match[5] === ')' ? match[5] : ':';
    if (punctuation === '.' && word.length === 1 && word !== 'Q' && word !== 'A') return undefined;
    // `Q)` / `A)` (numbered-list style) only as single letters: `Question)` is not a label.
    if (punctuation === ')' && word !== 'Q' && word !== 'A') return undefined;
    if (isQuestion) {
      lastQuestionPunctuation = punctuation;
      questionPunctuation.set(line, punctuation);
    } else {
      // `A.` / `A)` is an answer label only after `Q.` / `Q)`; a one-letter `A.`/`A:` followed by a `B` line is a quiz option.
      if (punctuation !== ':' && lastQuestionPunctuation !== punctuation) return undefined;
      if (word === 'A' && followedByOptionB(lineIndex, line)) return undefined;
    }
    const bold = match[1] !== undefined;
    const closed = match[4] !== undefined || match[6] !== undefined;
    if (bold) boldLines.add(line);
    const hit: LabelHit = { key: isQuestion ? 'q' : 'a', contentStart: first + match[0].length, boldOpen: bold && !closed };
    return hit;
  };

  const conversations: DetectedConversation[] = [];
  for (const run of scanLabelledTurns(index, matcher)) {
    const { turns } = run;
    for (let position = 0; position < turns.length; position++) {
      const question = turns[position]!;
      if (question.key !== 'q') continue;
      const answer = turns[position + 1];
      const format = boldLines.has(question.line) || (answer?.key === 'a' && boldLines.has(answer.line)) ? 'question-answer-bold' : 'qa-colon';
      let parts: MessagePart[] | undefined;
      if (answer?.key === 'a') {
        parts = [
          { role: 'user', start: question.start, end: question.end },
          { role: 'assistant', start: answer.start, end: answer.end },
        ];
        position++;
      } else {
        parts = splitInlineAnswer(text, question, questionPunctuation.get(question.line) ?? ':');
      }
      if (!parts) continue;
      const conversation = buildConversation(text, format, parts, question.markerStart);
      if (conversation) conversations.push(conversation);
    }
  }
  return conversations;
}

/**
 * `Q: Is it free? A: Yes.` on one line: the question up to its `?`, the answer after the inline label (to the end of
 * the turn). `A.` counts only after a `Q.` label. Searches only inside the turn, so the scan stays linear.
 */
function splitInlineAnswer(text: string, question: Turn, punctuation: string): MessagePart[] | undefined {
  const match = INLINE_ANSWER.exec(text.slice(question.start, question.end));
  if (!match) return undefined;
  if (match[2] === '.' && punctuation !== '.') return undefined;
  const questionEnd = question.start + match.index + 1;
  return [
    { role: 'user', start: question.start, end: questionEnd },
    { role: 'assistant', start: question.start + match.index + match[0].length, end: question.end },
  ];
}

function followedByOptionB(index: LineIndex, line: number): boolean {
  const next = firstNonBlank(index, line + 1, Math.min(index.count, line + 4));
  if (next === -1 || index.kind[next] !== LineKind.text) return false;
  OPTION_B.lastIndex = index.first[next]!;
  return OPTION_B.test(index.text);
}
