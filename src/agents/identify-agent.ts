import type { Message, Sample } from '../dataset/types.js';
import { detectInWindows, type DetectFunction } from '../detect/detect-windows.js';
import type { DetectedConversation } from '../detect/types.js';
import type { ExtractedDocument } from '../extract/types.js';
import type { LlmRequest, LlmResult } from '../llm/types.js';
import { clip, excerptLabel, inputChunks, splitUsage, stableSampleId } from './agent-support.js';
import { documentUnitStarts, unitAt } from './chunk-documents.js';
import type { GeneratingAgentOptions } from './create-agent.js';
import { createKeywordSource } from './keyword-source.js';
import { runLlmLoop, type JobOutcome, type LoopJob } from './llm-loop.js';
import { checkMessages, normalizeKeywords, parseConversationsReply } from './parse-conversations.js';
import type { Agent, AgentContext, AgentInput, Chunk } from './types.js';
import { findVerbatim, toMatchable } from './verbatim.js';

export type { DetectFunction } from '../detect/detect-windows.js';

export interface IdentifyAgentOptions extends GeneratingAgentOptions {
  /** Stage-1 detector (default: `detectConversations` from `src/detect`). */
  detect?: DetectFunction;
  /** Cap on stage-2 LLM calls (hybrid mode bounds the search before generation takes over). */
  maxLlmCalls?: number;
}

/** A chunk goes to the LLM stage when stage 1 covered less than this fraction of its text (nothing, or fragments). */
export const FRAGMENT_COVERAGE = 0.3;

interface Range {
  start: number;
  end: number;
}

/**
 * Identify mode: conversations that already exist in the files, taken verbatim.
 * Stage 1 (no LLM, streamed first): structured conversations of the documents (CSV/XLSX Q/A columns, JSON chat
 * datasets) and the pattern detector over each document's text, except text that only renders those structured
 * conversations (`renderedByStructured`). Stage 2, when `identify.llmFallback` and an LLM
 * is configured: chunks where stage 1 found nothing or only fragments go to the LLM, which must copy exact spans;
 * every message must occur in the chunk (whitespace-normalised), else the candidate is rejected as `not_verbatim`.
 * Ids are sha1 of file + offsets (stable across runs); keywords are TF-IDF over the corpus.
 */
export function createIdentifyAgent(options: IdentifyAgentOptions = {}): Agent {
  return { mode: 'identify', run: (input, context) => runIdentify(input, context, options) };
}

export async function* runIdentify(input: AgentInput, context: AgentContext, options: IdentifyAgentOptions = {}): AsyncGenerator<Sample, void, undefined> {
  const settings = input.identify;
  const minMessages = Math.max(2, settings.minTurns);
  const useLlm = settings.llmFallback && context.llm !== undefined;
  if (settings.llmFallback && context.llm === undefined) {
    context.emit({
      type: 'notice',
      level: 'info',
      message: 'identify: no agentic LLM key is configured, so only stage 1 runs (pattern detection and structured Q/A files); set the API key for system.agentic_llm to also let the LLM find exchanges the patterns miss',
    });
  }
  const chunks = inputChunks(input);
  const keywordsFor = createKeywordSource(
    () => (chunks.length > 0 ? chunks.map((chunk) => chunk.text) : input.documents.map((document) => document.text)),
    options.keywordExtractor,
  );
  const keywords = async (messages: Message[], fallback: string[] = []): Promise<string[]> => {
    if (context.keywordsElsewhere === true) return fallback;
    const computed = await keywordsFor(messages.filter((message) => message.role !== 'system').map((message) => message.content).join('\n'));
    return computed.length > 0 ? computed : fallback;
  };
  const detect = options.detect ?? (await import('../detect/detect-conversations.js')).detectConversations;
  const found = new Map<string, Range[]>();
  const structuredFiles = new Set<string>();
  const seenIds = new Set<string>();
  const reject = (reason: string, detail: string): void => context.emit({ type: 'candidate-rejected', reason, detail });
  let yielded = 0;

  // What each document should give when the files hold more than the run wants (the documents are taken in turn).
  const perDocument = Math.ceil(input.targetCount / Math.max(1, input.documents.length));

  /**
   * One document's stage-1 samples (structured conversations, then the detector's), lazily. When the document may
   * hold more than `perDocument`, they are first taken evenly spread over it (`spreadPick`), so a dataset smaller
   * than the files covers each file from start to end rather than its first pages; the others follow, in document
   * order, only while more are wanted. Samples already stored (a resumed run, a second pass) are passed over.
   */
  async function* stageOne(document: ExtractedDocument): AsyncGenerator<Sample, void, undefined> {
    const units = documentUnitStarts(document);
    const candidateOptions = { minMessages, includeContext: settings.includeContext };
    const spread = spreadOf(document, perDocument, () => countCandidates(stageOneCandidates(document, units, detect, candidateOptions, undefined)));
    const ranges: Range[] = [];
    if (document.conversations?.length) structuredFiles.add(document.sourceFile);
    for (const sweep of spread === undefined ? (['all'] as const) : (['spread', 'rest'] as const)) {
      let position = -1;
      // Stage 2 needs the ranges stage 1 covered; without it they are not kept.
      for (const candidate of stageOneCandidates(document, units, detect, candidateOptions, useLlm && sweep !== 'rest' ? ranges : undefined)) {
        position += 1;
        if (spread !== undefined && spreadPick(position, spread) !== (sweep === 'spread')) continue;
        const id = candidate.kind === 'structured' ? stableSampleId(document.sourceFile, 'structured', candidate.index) : stableSampleId(document.sourceFile, candidate.detected.start, candidate.detected.end);
        if (candidate.kind === 'structured') {
          const { conversation, index } = candidate;
          const problem = checkMessages(conversation.messages) ?? turnProblem(conversation.messages, minMessages);
          if (problem !== undefined) {
            reject(problem.reason, `${document.sourceFile} #${index + 1} (${conversation.shape}): ${problem.detail}`);
            continue;
          }
          if (!admit(id, conversation.messages)) continue;
          yield {
            id,
            messages: conversation.messages,
            origin: 'identified',
            sourceFile: document.sourceFile,
            source: { file: document.sourceFile, unitKind: conversation.unitKind, unitIndex: conversation.unitIndex },
            topicKeywords: await keywords(conversation.messages),
            detector: conversation.shape,
          };
          continue;
        }
        const { detected } = candidate;
        const context_ = settings.includeContext && detected.context?.trim() ? detected.context.trim() : undefined;
        const messages: Message[] = context_ === undefined ? detected.messages : [{ role: 'system', content: context_ }, ...detected.messages];
        const problem = checkMessages(messages) ?? turnProblem(messages, minMessages);
        if (problem !== undefined) {
          reject(problem.reason, `${document.sourceFile} at ${detected.start} (${detected.format}): ${problem.detail}`);
          continue;
        }
        if (!admit(id, messages)) continue;
        const unit = unitAt(units, detected.start);
        yield {
          id,
          messages,
          origin: 'identified',
          sourceFile: document.sourceFile,
          source: { file: document.sourceFile, unitKind: unit?.kind, unitIndex: unit?.index, startOffset: detected.start, endOffset: detected.end },
          topicKeywords: await keywords(messages),
          detector: detected.format,
          context: context_,
        };
      }
    }
    found.set(document.sourceFile, ranges.sort((left, right) => left.start - right.start));
  }

  // Stage 1, the documents taken in turn, one sample each: a run that wants fewer samples than the files hold gets
  // them from every file (each spread over the file) rather than all from the first files.
  const active = input.documents.map((document) => stageOne(document));
  while (active.length > 0) {
    for (let position = 0; position < active.length; ) {
      context.signal?.throwIfAborted();
      const step = await active[position]!.next();
      if (step.done === true) {
        active.splice(position, 1);
        continue;
      }
      position += 1;
      yielded += 1;
      yield step.value;
    }
  }

  if (!useLlm) return;
  // Stage 2: the LLM looks for exact spans in the chunks stage 1 left (nearly) empty.
  const candidates = chunksForLlm(chunks, structuredFiles, found);
  if (candidates.length === 0) return;
  const documents = new Map(input.documents.map((document) => [document.sourceFile, document]));
  const unitCache = new Map<string, ReturnType<typeof documentUnitStarts>>();
  const unitsOf = (document: ExtractedDocument | undefined): ReturnType<typeof documentUnitStarts> => {
    if (document === undefined) return [];
    let units = unitCache.get(document.sourceFile);
    if (units === undefined) {
      units = documentUnitStarts(document);
      unitCache.set(document.sourceFile, units);
    }
    return units;
  };
  let notVerbatim = 0;
  let llmFound = 0;

  const buildRequest = async (job: LoopJob): Promise<LlmRequest> => {
    const chunk = job.chunk!;
    const system = await context.prompts.render('system/identify_mode.txt', { min_messages: minMessages });
    const retry = job.previousProblem === undefined ? '' : `\n\nYour previous reply could not be used (${job.previousProblem}). Reply with only the JSON object described in the instructions.`;
    return {
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: `Excerpt from ${excerptLabel(chunk)}:\n<excerpt>\n${chunk.text}\n</excerpt>\n\nFind the conversations in this excerpt and copy them exactly.${retry}` },
      ],
      temperature: 0,
      responseFormat: 'json',
    };
  };

  const handleResult = async (job: LoopJob, result: LlmResult): Promise<JobOutcome> => {
    const chunk = job.chunk!;
    const parsed = parseConversationsReply(result.text, { finishReason: result.finishReason, allowEmpty: true });
    for (const rejected of parsed.rejected) reject(rejected.reason, rejected.detail);
    const matchable = toMatchable(chunk.text);
    const document = documents.get(chunk.sourceFile);
    const accepted: { messages: Message[]; range: Range; keywords: string[]; context?: string }[] = [];
    for (const conversation of parsed.conversations) {
      const located = locateVerbatim(conversation.messages.filter((message) => message.role !== 'system'), matchable, chunk);
      if ('reason' in located) {
        if (located.reason === 'not_verbatim') notVerbatim += 1;
        reject(located.reason, located.detail);
        continue;
      }
      const problem = checkMessages(located.messages) ?? turnProblem(located.messages, minMessages);
      if (problem !== undefined) {
        reject(problem.reason, `${excerptLabel(chunk)}: ${problem.detail}`);
        continue;
      }
      if (overlapsAny(found.get(chunk.sourceFile) ?? [], located.range)) {
        reject('duplicate_of_detected', `${excerptLabel(chunk)}: already found by the pattern detector at ${located.range.start}`);
        continue;
      }
      const contextText = settings.includeContext && document !== undefined ? precedingContext(document.text, located.range.start) : undefined;
      const messages: Message[] = contextText === undefined ? located.messages : [{ role: 'system', content: contextText }, ...located.messages];
      const id = stableSampleId(chunk.sourceFile, located.range.start, located.range.end);
      if (!admit(id, messages)) continue;
      accepted.push({ messages, range: located.range, keywords: conversation.topicKeywords, context: contextText });
    }
    llmFound += accepted.length;
    const usages = splitUsage(result.usage, accepted.length, context.llm?.modelId ?? '');
    const samples: Sample[] = [];
    for (const [index, entry] of accepted.entries()) {
      const unit = unitAt(unitsOf(document), entry.range.start);
      samples.push({
        id: stableSampleId(chunk.sourceFile, entry.range.start, entry.range.end),
        messages: entry.messages,
        origin: 'identified',
        sourceFile: chunk.sourceFile,
        source: { file: chunk.sourceFile, unitKind: unit?.kind ?? chunk.unitKind, unitIndex: unit?.index ?? chunk.unitIndex, startOffset: entry.range.start, endOffset: entry.range.end },
        topicKeywords: await keywords(entry.messages, normalizeKeywords(entry.keywords)),
        detector: 'llm-identify',
        chunkId: chunk.id,
        context: entry.context,
        usage: usages[index],
      });
    }
    return { samples, truncated: parsed.truncated };
  };

  function admit(id: string, messages: Message[]): boolean {
    if (seenIds.has(id) || context.isStored?.(id) === true) return false;
    // Stage 1's ids are unique by construction (non-overlapping offsets, structured row indexes); they are kept
    // only for stage 2 to skip what stage 1 already gave (memory: ~80 bytes per sample).
    if (useLlm) seenIds.add(id);
    if (context.isNew !== undefined && !context.isNew(messages)) {
      reject('duplicate', duplicateDetail(messages));
      return false;
    }
    return true;
  }

  yield* runLlmLoop(
    {
      label: 'identify',
      chunks: candidates,
      plan: 'once',
      targetCount: Math.max(1, input.targetCount - yielded),
      perCall: 1,
      expectedPerCall: 1,
      finishedChunkIds: input.finishedChunkIds,
      maxCalls: options.maxLlmCalls,
      buildRequest,
      handleResult,
    },
    context,
  );
  context.emit({
    type: 'notice',
    level: 'info',
    message: `identify: the LLM stage looked at up to ${candidates.length} chunks where the patterns found nothing and kept ${llmFound} exchanges; ${notVerbatim} were rejected because they were not copied verbatim`,
  });
}

/**
 * The parts of `document` whose text only renders its structured conversations, which the pattern detector must not
 * search again: it could only find the same exchanges once more, or stitch neighbouring records into one
 * conversation. (On shared/fixtures, a SQuAD file's answers ran on into the next paragraph's text in 94 extra samples,
 * and the four records of a chat JSONL file became one 27,000-token "chat".) A chat dataset's records and a CSV's
 * Q/A rows are the whole text (`'all'`); a spreadsheet renders only its Q/A or quiz sheets so (their indexes), its
 * other sheets are searched as any text. `undefined`: nothing is a rendering.
 */
export function renderedByStructured(document: ExtractedDocument): 'all' | Set<number> | undefined {
  const conversations = document.conversations ?? [];
  if (conversations.length === 0) return undefined;
  const sheets = new Set<number>();
  for (const conversation of conversations) {
    if (conversation.unitKind !== 'sheet' || conversation.unitIndex === undefined) return 'all';
    sheets.add(conversation.unitIndex);
  }
  return sheets;
}

function isRendered(sheets: Set<number>, unit: { kind: string; index: number } | undefined): boolean {
  return unit !== undefined && unit.kind === 'sheet' && sheets.has(unit.index);
}

/** Evenly spaced picks of `wanted` out of `count` candidates in one document. */
interface Spread {
  count: number;
  wanted: number;
}

/**
 * The spread for a document that holds more stage-1 candidates than `wanted`, else undefined. A document that cannot
 * hold more (its structured conversations plus one exchange per 50 characters of text, the shortest a one-line
 * question and answer take) is not counted; counting runs the detector over the document once more.
 */
function spreadOf(document: ExtractedDocument, wanted: number, count: () => number): Spread | undefined {
  if (!Number.isFinite(wanted) || wanted >= (document.conversations?.length ?? 0) + document.text.length / 50) return undefined;
  const candidates = count();
  return candidates > wanted ? { count: candidates, wanted } : undefined;
}

/** Whether candidate `position` is one of `wanted` evenly spaced ones, the first of them the document's first. */
export function spreadPick(position: number, spread: Spread): boolean {
  return Math.ceil((position * spread.wanted) / spread.count) !== Math.ceil(((position + 1) * spread.wanted) / spread.count);
}

function countCandidates(candidates: Iterable<unknown>): number {
  let count = 0;
  for (const _ of candidates) count += 1;
  return count;
}

type StageOneCandidate =
  | { kind: 'structured'; index: number; conversation: NonNullable<ExtractedDocument['conversations']>[number] }
  | { kind: 'detected'; detected: DetectedConversation };

/**
 * Stage 1's raw finds in one document, in document order: its structured conversations, then the detector's over
 * the text that does not only render them (`renderedByStructured`). The detected ranges go to `covered` when given.
 */
function* stageOneCandidates(
  document: ExtractedDocument,
  units: ReturnType<typeof documentUnitStarts>,
  detect: DetectFunction,
  options: { minMessages: number; includeContext: boolean },
  covered: Range[] | undefined,
): Generator<StageOneCandidate, void, undefined> {
  for (const [index, conversation] of (document.conversations ?? []).entries()) yield { kind: 'structured', index, conversation };
  const rendered = renderedByStructured(document);
  if (rendered === 'all') return;
  // A large document is detected a window at a time, so its detections are not all held at once.
  for (const detected of detectInWindows(detect, document.text, { minTurns: options.minMessages, includeContext: options.includeContext })) {
    if (rendered !== undefined && isRendered(rendered, unitAt(units, detected.start))) continue;
    covered?.push({ start: detected.start, end: detected.end });
    yield { kind: 'detected', detected };
  }
}

/** The chunks stage 2 sends to the LLM: outside structured files, and less than FRAGMENT_COVERAGE covered by stage 1. */
function chunksForLlm(chunks: readonly Chunk[], structuredFiles: ReadonlySet<string>, covered: ReadonlyMap<string, Range[]>): Chunk[] {
  return chunks.filter((chunk) => !structuredFiles.has(chunk.sourceFile) && coverage(covered.get(chunk.sourceFile) ?? [], chunk) < FRAGMENT_COVERAGE);
}

/** What stage 1 finds in a set of documents, for the plan (no sample is made, nothing is checked or deduplicated). */
export interface StageOneSurvey {
  /** Structured conversations plus pattern detections. */
  exchanges: number;
  /** Characters of their messages. */
  messageChars: number;
  /** Chunks stage 2 would send to the LLM (outside structured files, less than FRAGMENT_COVERAGE covered). */
  llmChunks: number;
}

/** Stage 1 over `documents` as `runIdentify` does it, counted: what the plan estimates identify and hybrid runs from. */
export async function surveyStageOne(documents: readonly ExtractedDocument[], chunks: readonly Chunk[], minTurns: number, detect?: DetectFunction): Promise<StageOneSurvey> {
  const detector = detect ?? (await import('../detect/detect-conversations.js')).detectConversations;
  const minMessages = Math.max(2, minTurns);
  const survey: StageOneSurvey = { exchanges: 0, messageChars: 0, llmChunks: 0 };
  const covered = new Map<string, Range[]>();
  const structuredFiles = new Set<string>();
  for (const document of documents) {
    if (document.conversations?.length) structuredFiles.add(document.sourceFile);
    const ranges: Range[] = [];
    const units = document.conversations?.length ? documentUnitStarts(document) : [];
    for (const candidate of stageOneCandidates(document, units, detector, { minMessages, includeContext: false }, ranges)) {
      const messages = candidate.kind === 'structured' ? candidate.conversation.messages : candidate.detected.messages;
      if (candidate.kind === 'structured' && turnProblem(messages, minMessages) !== undefined) continue;
      survey.exchanges += 1;
      for (const message of messages) survey.messageChars += message.content.length;
    }
    covered.set(document.sourceFile, ranges.sort((left, right) => left.start - right.start));
  }
  survey.llmChunks = chunksForLlm(chunks, structuredFiles, covered).length;
  return survey;
}

/** Detail of a `duplicate` candidate rejection (also used when the duplicate check runs outside the agent). */
export function duplicateDetail(messages: readonly Message[]): string {
  return `repeats a sample already kept: ${clip(messages.find((message) => message.role === 'user')?.content ?? '', 80)}`;
}

function turnProblem(messages: readonly Message[], minMessages: number): { reason: 'too_few_turns'; detail: string } | undefined {
  const count = messages.filter((message) => message.role !== 'system').length;
  return count < minMessages ? { reason: 'too_few_turns', detail: `${count} messages, at least ${minMessages} wanted` } : undefined;
}

/** Find each message in the chunk, in order; the kept content is the chunk's own text (verbatim by construction). */
function locateVerbatim(
  messages: readonly Message[],
  matchable: ReturnType<typeof toMatchable>,
  chunk: Chunk,
): { messages: Message[]; range: Range } | { reason: 'not_verbatim' | 'out_of_order'; detail: string } {
  const located: Message[] = [];
  let from = 0;
  let first = -1;
  let last = -1;
  for (const [index, message] of messages.entries()) {
    const span = findVerbatim(matchable, message.content, from);
    if (span === undefined) {
      const elsewhere = findVerbatim(matchable, message.content, 0);
      const reason = elsewhere === undefined ? 'not_verbatim' : 'out_of_order';
      return { reason, detail: `${excerptLabel(chunk)} message ${index + 1} (${message.role}) ${reason === 'not_verbatim' ? 'does not occur in the source' : 'occurs before the previous message'}: "${clip(message.content, 100)}"` };
    }
    located.push({ role: message.role, content: chunk.text.slice(span.start, span.end).trim() });
    if (first < 0) first = span.start;
    last = span.end;
    from = span.end;
  }
  if (first < 0) return { reason: 'not_verbatim', detail: `${excerptLabel(chunk)}: a conversation without messages` };
  return { messages: located, range: { start: chunk.startOffset + first, end: chunk.startOffset + last } };
}

/** Fraction of the chunk's text covered by stage-1 exchanges (ranges sorted by start). */
function coverage(ranges: readonly Range[], chunk: Chunk): number {
  const start = chunk.startOffset;
  const end = chunk.startOffset + chunk.text.length;
  if (end <= start) return 1;
  let covered = 0;
  let reached = start;
  for (const range of ranges) {
    if (range.end <= reached) continue;
    if (range.start >= end) break;
    const from = Math.max(range.start, reached);
    const to = Math.min(range.end, end);
    if (to > from) covered += to - from;
    reached = Math.max(reached, to);
  }
  return covered / (end - start);
}

function overlapsAny(ranges: readonly Range[], target: Range): boolean {
  return ranges.some((range) => range.start < target.end && target.start < range.end);
}

/** The nearest Markdown heading, else the nearest paragraph, before `offset`, verbatim (heading marks dropped). */
export function precedingContext(text: string, offset: number): string | undefined {
  let before = text.slice(Math.max(0, offset - 4000), offset);
  // The exchange may start mid-line (after a "Q:" label): that line belongs to the exchange, not to its context.
  if (!/\n[ \t]*$/.test(before)) before = before.slice(0, before.lastIndexOf('\n') + 1);
  const headings = [...before.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)];
  const heading = headings[headings.length - 1]?.[1]?.trim();
  if (heading) return heading;
  const paragraphs = before.split(/\n[ \t]*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  return paragraphs[paragraphs.length - 1];
}
