import { describe, expect, it } from 'vitest';
import { initialState } from '..';
import type { Article, DraftEvent } from '../types';
import { storeTexts } from '.';

const TEXT = 'Ruto met Abiy in Nairobi on Monday.';
const article: Article = {
  id: 'a',
  path: 'a.txt',
  articleIndex: 0,
  title: null,
  outlet: null,
  url: null,
  date: null,
  dateSource: null,
  referenceDate: null,
  referenceDateSource: null,
  duplicateOf: null,
  text: TEXT,
  blocks: [{ start: 0, end: TEXT.length, kind: 'body', repeated: false, filePhoto: false }],
};
const meetingQuoting = (start: number, end: number, quote: string) =>
  ({ type: 'meeting', documentId: 'a', evidence: [{ documentId: 'a', start, end, quote, fromCaption: false }] }) as unknown as DraftEvent;

describe('store texts', () => {
  it('moves the texts into one shard that the documents name', () => {
    const state = storeTexts({ ...initialState(), documents: [article], events: [meetingQuoting(0, 8, 'Ruto met')] }, {});
    expect(state.documents).toEqual([]);
    expect(state.storedDocuments.map((d) => [d.id, d.textShard, d.textLength])).toEqual([['a', state.textShards[0].id, TEXT.length]]);
    expect(JSON.parse(state.textShards[0].json).documents[0].text).toBe(TEXT);
  });

  it('stops on evidence that does not quote its document', () => {
    expect(() => storeTexts({ ...initialState(), documents: [article], events: [meetingQuoting(1, 9, 'Ruto met')] }, {})).toThrow(/does not quote document a/);
  });
});
