import type { Actor } from '../schema';
import type { Gold } from './gold';
import { normalizeName } from './normalize-name';

export interface ActorMatching {
  /** Gold actor name → the predicted actors matching it (two or more is a fragment). */
  predictedByGold: Map<string, Actor[]>;
  /** Predicted actor id → the names of the gold actors it matches. */
  goldByPredicted: Map<string, string[]>;
  /** Predicted actor id → the gold actor its events are scored as, or null when none is certain. */
  scoredAs: Map<string, string | null>;
}

/**
 * GOLD.md: a predicted actor matches a gold actor when its name or any alias normalises to the
 * gold name or any gold alias. Empty normal forms (a bare title) match nothing.
 *
 * A predicted actor matching two or more gold actors is a wrong merge. For actor recall,
 * fragments and kind accuracy it counts as matching each of them, as GOLD.md's definition reads.
 * For meetings and statements its events must be read as one actor: it is scored as the gold
 * actor its own name matches when that is exactly one (the node is what it calls itself; a
 * stray alias should not void its correct events), and otherwise as matching no gold actor,
 * so its pairs count as wrong.
 */
export function matchActors(actors: Actor[], gold: Gold): ActorMatching {
  const goldByForm = new Map<string, string[]>();
  for (const goldActor of gold.actors) {
    for (const form of new Set([goldActor.name, ...goldActor.aliases].map(normalizeName))) {
      if (!form) continue;
      const owners = goldByForm.get(form) ?? [];
      if (!owners.includes(goldActor.name)) owners.push(goldActor.name);
      goldByForm.set(form, owners);
    }
  }
  const goldMatchesOf = (forms: string[]) => {
    const names = new Set<string>();
    for (const form of forms) for (const name of goldByForm.get(normalizeName(form)) ?? []) names.add(name);
    return [...names];
  };

  const predictedByGold = new Map<string, Actor[]>(gold.actors.map((goldActor) => [goldActor.name, []]));
  const goldByPredicted = new Map<string, string[]>();
  const scoredAs = new Map<string, string | null>();
  for (const actor of actors) {
    const matches = goldMatchesOf([actor.name, ...actor.aliases]);
    goldByPredicted.set(actor.id, matches);
    for (const name of matches) predictedByGold.get(name)?.push(actor);
    if (matches.length === 1) scoredAs.set(actor.id, matches[0]);
    else {
      const byOwnName = goldMatchesOf([actor.name]);
      scoredAs.set(actor.id, byOwnName.length === 1 ? byOwnName[0] : null);
    }
  }
  return { predictedByGold, goldByPredicted, scoredAs };
}
