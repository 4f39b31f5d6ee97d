import { describe, expect, it } from 'vitest';
import { detectConversations } from '../detect/detect-conversations.js';
import { ExtractionError } from '../errors/errors.js';
import { parseCues, transcriptExtractor } from './transcript-extractor.js';

function extract(text: string, name: string) {
  return transcriptExtractor.extract({ bytes: Buffer.from(text, 'utf8'), name });
}

// As Zoom writes its cloud-recording transcripts: a cue number, the timing, `Name: text`.
const ZOOM_VTT = `WEBVTT

1
00:00:01.110 --> 00:00:04.250
John Smith: Thanks for joining the call today. How can I help?

2
00:00:05.000 --> 00:00:09.120
Jane Doe: Hi John. Our nightly backup job has been failing since Tuesday.

3
00:00:09.200 --> 00:00:11.000
Jane Doe: What should I check first?

4
00:00:12.000 --> 00:00:18.500
John Smith: Start with the job log under /var/log/backup. It usually shows a permission error.

5
00:00:19.000 --> 00:00:22.000
Jane Doe: I see AccessDenied on the upload step. Do I need to update the IAM role?

6
00:00:23.000 --> 00:00:29.000
John Smith: Yes. Add s3:PutObject on the new bucket to the backup role, then rerun the job.
`;

// As Microsoft Teams writes them: cue ids, voice spans, a NOTE block.
const TEAMS_VTT = `WEBVTT

NOTE duration:"00:01:02"

3b1e4c5f-1/12-0
00:00:02.000 --> 00:00:05.000
<v Ana García>How do I share a calendar with my team?</v>

3b1e4c5f-1/13-0
00:00:05.500 --> 00:00:10.000
<v Ben Okafor>Open Outlook, right-click the calendar &amp; choose Sharing permissions.</v>
`;

const SRT = `1
00:00:01,000 --> 00:00:03,500
<i>Welcome to the course.</i>

2
00:00:03,600 --> 00:00:06,000
Today we cover backups

3
00:00:12,000 --> 00:00:15,000
and then how to restore them.
`;

describe('transcriptExtractor', () => {
  it('reads a Zoom transcript as speaker lines, one per turn, which the detector takes as a conversation', async () => {
    const document = await extract(ZOOM_VTT, 'call.vtt');
    expect(document.text).toBe([
      'John Smith: Thanks for joining the call today. How can I help?',
      'Jane Doe: Hi John. Our nightly backup job has been failing since Tuesday. What should I check first?',
      'John Smith: Start with the job log under /var/log/backup. It usually shows a permission error.',
      'Jane Doe: I see AccessDenied on the upload step. Do I need to update the IAM role?',
      'John Smith: Yes. Add s3:PutObject on the new bucket to the backup role, then rerun the job.',
    ].join('\n'));
    expect(document.metadata).toMatchObject({ cues: 6, speakers: ['John Smith', 'Jane Doe'] });
    const found = detectConversations(document.text, { minTurns: 2, includeContext: false });
    expect(found).toHaveLength(1);
    expect(found[0]!.messages[0]).toEqual({ role: 'user', content: 'Hi John. Our nightly backup job has been failing since Tuesday. What should I check first?' });
    expect(found[0]!.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('reads Teams voice spans and entities, and skips NOTE blocks', async () => {
    const document = await extract(TEAMS_VTT, 'meeting.vtt');
    expect(document.text).toBe('Ana García: How do I share a calendar with my team?\nBen Okafor: Open Outlook, right-click the calendar & choose Sharing permissions.');
  });

  it('joins unnamed SubRip cues into paragraphs at pauses, without styling tags', async () => {
    const document = await extract(SRT, 'lesson.srt');
    expect(document.text).toBe('Welcome to the course. Today we cover backups\n\nand then how to restore them.');
  });

  it('drops the words rolling auto-captions repeat', () => {
    const rolling = 'WEBVTT\n\n00:00.000 --> 00:01.000\nhow do I\n\n00:01.000 --> 00:02.000\nhow do I reset my\n\n00:02.000 --> 00:03.000\nreset my\n\n00:03.000 --> 00:04.000\npassword\n';
    expect(parseCues(rolling).map((cue) => cue.start)).toEqual([0, 1000, 2000, 3000]);
    return extract(rolling, 'auto.vtt').then((document) => expect(document.text).toBe('how do I reset my password'));
  });

  it('uses a file without cues as text, saying so, and refuses an empty one', async () => {
    const plain = await extract('Just some notes, no timings.', 'notes.srt');
    expect(plain.text).toBe('Just some notes, no timings.');
    expect(plain.warnings[0]).toMatch(/no subtitle cues/);
    await expect(extract('WEBVTT\n\n', 'empty.vtt')).rejects.toBeInstanceOf(ExtractionError);
  });
});
