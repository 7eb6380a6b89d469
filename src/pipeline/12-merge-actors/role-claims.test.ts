import { describe, expect, it } from 'vitest';
import type { RoleClaim } from '../../schema';
import { representativeClaims } from './role-claims';

const claim = (role: string, country: string | null, asOf: string | null, start: number): RoleClaim => ({
  role,
  country,
  asOf,
  evidence: { documentId: `d${start}`, start, end: start + 1, quote: 'x', fromCaption: false },
});
const starts = (claims: RoleClaim[]) => claims.map((c) => c.evidence.start);

describe('representativeClaims', () => {
  it.each<[string, RoleClaim[], number[]]>([
    ['one claim', [claim('president', 'KEN', '2024-01-02', 1)], [1]],
    [
      'many claims of one role: the first, the earliest and the latest, in their order',
      [claim('president', 'KEN', '2024-03-01', 1), claim('president', 'KEN', '2024-01-01', 2), claim('president', 'KEN', '2024-02-01', 3), claim('president', 'KEN', '2024-05-01', 4), claim('president', 'KEN', '2024-04-01', 5)],
      [1, 2, 4],
    ],
    [
      'each role and country keeps its own',
      [claim('president', 'KEN', '2024-01-01', 1), claim('president', 'KEN', '2024-01-01', 2), claim('foreign minister', 'KEN', null, 3), claim('president', 'UGA', null, 4), claim('foreign minister', 'KEN', null, 5)],
      [1, 3, 4],
    ],
    ['undated claims: the first only', [claim('envoy', null, null, 1), claim('envoy', null, null, 2)], [1]],
  ])('%s', (_name, claims, expected) => expect(starts(representativeClaims(claims))).toEqual(expected));
});
