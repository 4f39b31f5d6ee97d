import { decodeHtmlEntities } from './html-entities.js';
import { hasVisibleText, noTextError, throwIfAborted } from './read-input.js';
import { loadAndDecode } from './text-decoding.js';
import { appendParagraphUnits, minUnitChars } from './text-units.js';
import type { DocumentUnit, ExtractedDocument, ExtractInput, ExtractOptions, Extractor } from './types.js';

/**
 * Subtitle and meeting-transcript files: WebVTT (`.vtt`: Zoom, Microsoft Teams, Google Meet, YouTube, Otter
 * exports) and SubRip (`.srt`). Cue numbers, timings, settings and styling are dropped; the speaker of a cue comes
 * from a WebVTT voice span (`<v Jane Doe>...</v>`, Teams) or a `Name:` prefix (Zoom); consecutive cues of one
 * speaker are one line, `Name: what they said`, which the speaker-transcript detector reads as a conversation
 * (the one who asks is the user). Without speakers (plain subtitles) the cues are joined into paragraphs, a new one
 * after a pause of `PARAGRAPH_PAUSE_MS`.
 *
 * Formats: W3C WebVTT (https://www.w3.org/TR/webvtt1/: the `WEBVTT` header, `NOTE`/`STYLE`/`REGION` blocks, cue
 * timings `hh:mm:ss.ttt --> hh:mm:ss.ttt` with optional hours and settings, voice spans `<v Name>`), SubRip (cue
 * number, `hh:mm:ss,ttt --> hh:mm:ss,ttt`, text; `<i>`/`<b>`/`<font>` tags).
 */

const ID = 'transcript';

export const transcriptExtractor: Extractor = {
  id: ID,
  extensions: ['.vtt', '.srt'],
  mediaTypes: ['text/vtt', 'application/x-subrip'],
  extract: extractTranscript,
};

/** A pause this long between two cues without speakers starts a new paragraph. */
const PARAGRAPH_PAUSE_MS = 3000;
const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const VOICE = /<v(?:\.[^\s>]*)?\s+([^>]+)>/;
const SPEAKER_PREFIX = /^([\p{L}][\p{L}\p{N} .'’()-]{0,40}?):\s+(?=\S)/u;
const TAG = /<[^>]*>/g;

interface Cue {
  start: number;
  speaker?: string;
  text: string;
}

async function extractTranscript(input: ExtractInput, options: ExtractOptions = {}): Promise<ExtractedDocument> {
  const { decoded, sourceName, displayPath } = await loadAndDecode(input, ID, options.signal);
  throwIfAborted(options.signal);
  const cues = parseCues(decoded.text);
  const warnings = [...decoded.warnings];
  // Without cues, the text as it is (less a WebVTT header line).
  const text = cues.length > 0 ? renderCues(cues) : decoded.text.replace(/^\uFEFF?WEBVTT[^\n]*/, '').trim();
  if (!hasVisibleText(text)) throw noTextError(displayPath, ID);
  if (cues.length === 0) warnings.push('no subtitle cues (timing lines such as "00:00:01.000 --> 00:00:04.000") were found; the text is used as it is');
  const units: DocumentUnit[] = [];
  appendParagraphUnits(text, units, { minChars: minUnitChars(text.length) });
  const speakers = new Set(cues.map((cue) => cue.speaker).filter((speaker) => speaker !== undefined));
  return { sourceFile: sourceName, format: ID, text, units, warnings, metadata: { encoding: decoded.encoding, cues: cues.length, speakers: [...speakers] } };
}

/** The cues of a WebVTT or SubRip file, in file order, with their text cleaned and their speaker when named. */
export function parseCues(source: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n');
    const timingAt = lines.findIndex((line) => TIMING.test(line));
    if (timingAt === -1 || timingAt > 1) continue; // the WEBVTT header, NOTE / STYLE / REGION blocks, stray text
    const start = milliseconds(TIMING.exec(lines[timingAt]!)![1]!);
    let speaker: string | undefined;
    const parts: string[] = [];
    for (const line of lines.slice(timingAt + 1)) {
      const voice = VOICE.exec(line);
      if (voice) speaker ??= voice[1]!.trim();
      let text = decodeHtmlEntities(line.replace(TAG, '')).replace(/\s+/g, ' ').trim();
      const prefix = SPEAKER_PREFIX.exec(text);
      if (prefix && !/^https?$/i.test(prefix[1]!)) {
        speaker ??= prefix[1]!.trim();
        text = text.slice(prefix[0].length);
      }
      if (text !== '') parts.push(text);
    }
    if (parts.length > 0) cues.push({ start, speaker, text: parts.join(' ') });
  }
  return cues;
}

/** `Name: text` lines (one per run of one speaker), or paragraphs of unnamed cues. */
function renderCues(cues: readonly Cue[]): string {
  const named = cues.some((cue) => cue.speaker !== undefined);
  const blocks: string[] = [];
  let current: { speaker?: string; text: string } | undefined;
  let previous: Cue | undefined;
  for (const cue of cues) {
    const text = named ? cue.text : newText(cue.text, previous?.text);
    const sameBlock = current !== undefined && (named ? (cue.speaker ?? current.speaker) === current.speaker : cue.start - previous!.start < PARAGRAPH_PAUSE_MS);
    if (sameBlock) {
      if (text !== '') current!.text = `${current!.text} ${text}`;
    } else if (text !== '') {
      if (current) blocks.push(render(current));
      current = { speaker: cue.speaker ?? current?.speaker, text };
    }
    previous = cue;
  }
  if (current) blocks.push(render(current));
  return blocks.join(named ? '\n' : '\n\n');
}

/** What a cue adds to the one before: auto-captions ("rolling" YouTube captions) repeat the previous cue's words. */
function newText(text: string, before: string | undefined): string {
  if (before === undefined || before === '') return text;
  if (text === before || before.endsWith(text)) return '';
  return text.startsWith(before) ? text.slice(before.length).trim() : text;
}

function render(block: { speaker?: string; text: string }): string {
  return block.speaker === undefined ? block.text : `${block.speaker}: ${block.text}`;
}

/** `hh:mm:ss.ttt`, `mm:ss.ttt` or `hh:mm:ss,ttt` in milliseconds. */
function milliseconds(timestamp: string): number {
  const [clock, fraction = '0'] = timestamp.split(/[.,]/);
  const fields = clock!.split(':').map(Number);
  while (fields.length < 3) fields.unshift(0);
  const [hours, minutes, seconds] = fields as [number, number, number];
  return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(fraction.padEnd(3, '0').slice(0, 3));
}
