/**
 * The meetings that happen in the world, a few a day. An article's main meeting is drawn from this
 * timeline, so articles published around the same day report the same meeting with their own
 * spellings: the corpus holds one event reported by several sources, as real news does.
 */
import { Random } from './random';
import { homeCountry, type CountryActor, type OrganizationActor, type PersonActor, type World } from './world';

export const MEETINGS_PER_DAY = 3;

export type MeetingShape =
  /** Two office holders of different states, in the host's capital. */
  | 'talks'
  /** Two holders of the same office: "met his Ugandan counterpart". */
  | 'counterparts'
  | 'phone'
  /** Three office holders, in the first one's capital. */
  | 'trio'
  /** A group leader briefs an office holder in the latter's capital. */
  | 'briefing'
  /** An office holder receives a delegation of an international organization. */
  | 'delegation';

export interface WorldMeeting {
  day: string;
  shape: MeetingShape;
  /** For 'delegation' the last participant is the organization; otherwise all are people. */
  participants: (PersonActor | OrganizationActor)[];
  /** Whose capital hosts it; null for a phone call. */
  host: CountryActor | null;
}

const SAME_REGION_SHARE = 0.6;

/** Office holders who travel and talk: heads of state or government and foreign ministers. */
function principals(world: World, country: CountryActor): PersonActor[] {
  return world.officesByCountry.get(country.iso3)!.filter((person) => person.office !== 'defence minister');
}

function otherCountry(random: Random, world: World, besides: CountryActor[]): CountryActor {
  const others = world.countries.filter((country) => !besides.includes(country));
  const neighbours = others.filter((country) => country.region === besides[0].region);
  return neighbours.length > 0 && random.chance(SAME_REGION_SHARE) ? random.pick(neighbours) : random.pick(others);
}

export function worldMeeting(world: World, seed: string, day: string, slot: number): WorldMeeting {
  const random = new Random(seed, 'timeline', day, slot);
  const shape = random.weighted<MeetingShape>({ talks: 35, counterparts: 25, phone: 15, trio: 10, briefing: 10, delegation: 5 });
  const first = random.pick(world.countries);
  const second = otherCountry(random, world, [first]);
  const a = random.pick(principals(world, first));
  switch (shape) {
    case 'counterparts': {
      const b = world.officesByCountry.get(second.iso3)!.find((person) => person.office === a.office) ?? random.pick(principals(world, second));
      const counterparts = b.office === a.office;
      return { day, shape: counterparts ? 'counterparts' : 'talks', participants: [a, b], host: random.pick([first, second]) };
    }
    case 'talks':
      return { day, shape, participants: [a, random.pick(principals(world, second))], host: random.pick([first, second]) };
    case 'phone':
      return { day, shape, participants: [a, random.pick(principals(world, second))], host: null };
    case 'trio': {
      const third = otherCountry(random, world, [first, second]);
      return { day, shape, participants: [a, random.pick(principals(world, second)), random.pick(principals(world, third))], host: first };
    }
    case 'briefing': {
      const leader = random.pick(world.groupLeaders);
      const host = homeCountry(world, leader) === first ? second : first;
      return { day, shape, participants: [leader, random.pick(principals(world, host))], host };
    }
    case 'delegation':
      return { day, shape, participants: [a, random.pick(world.organizations)], host: first };
  }
}
