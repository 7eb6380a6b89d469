import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from './extract-corpus';
import { readQuotesFromTextShards } from './evidence-quotes';
import { listCorpus } from './read-corpus';

describe('evidence quotes left in the text shards', () => {
  it('are read back into the dataset the findings with their quotes give', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'diplograph-quotes-'));
    try {
      const listing = await listCorpus('data/corpus');
      const fromShards = await extractCorpus(listing, { workers: 1, textFolder: folder });
      const fromFindings = await extractCorpus(listing, { workers: 1, textFolder: null });
      expect(fromShards.events.every((event) => event.evidence.every((evidence) => evidence.quote.length > 0))).toBe(true);
      expect(fromShards).toEqual(fromFindings);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('stop the run when no shard holds a cited document', async () => {
    const evidence = { documentId: 'gone', start: 0, end: 4, quote: '', fromCaption: false };
    const event = { evidence: [evidence] } as Parameters<typeof readQuotesFromTextShards>[0]['events'][number];
    await expect(readQuotesFromTextShards({ documents: [], actors: [], events: [event] }, tmpdir())).rejects.toThrow('no text shard holds document gone');
  });
});
