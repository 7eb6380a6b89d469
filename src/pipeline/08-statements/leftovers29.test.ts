/**
 * Whom a relayed statement is told: a spokesperson who reports what their principal "had told him" passes the words on,
 * and is not whom they were told.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('relayed statements in probe29-like sentences', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // An apposed spokesman reports his minister's words to someone else: no one known is told.
    ['Deputy Foreign Minister Maria Kowalczyk met Germany\'s ambassador to Chile on Wednesday. A ministry spokesman, Jan Novak, said afterwards that she had told him Santiago "expects proposals".', 'Maria Kowalczyk', []],
    ['A foreign ministry spokesman, Jan Novak, said on Friday that the minister, Maria Kowalczyk, had told him the pact would stand.', 'Maria Kowalczyk', []],
    // "Le", elsewhere a name particle, is the family name of a Vietnamese minister named in full before.
    ['Thai Foreign Minister Somchai Wongsawat met Vietnamese Foreign Minister Le Van Minh in Bangkok on Monday. Le told him that Hanoi welcomed more investment from Thailand.', 'Le Van Minh', ['Somchai Wongsawat', 'Thailand']],
    // A senator who reports what was told to him is still whom it was told.
    ['Kenyan Senator John Mbadi said on Tuesday that President Yoweri Museveni had told him that Uganda would reopen the border.', 'Yoweri Museveni', ['John Mbadi']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});
