/**
 * One synthetic news article and its gold annotation. The article is written sentence by sentence
 * from the world's actors; each sentence that reports a meeting or a statement records the gold item
 * with the sentence itself as the quote, so every gold quote is verbatim text of the file. Sentences
 * that must not count (planned, cancelled and denied meetings, sources close to someone, noise)
 * record nothing.
 */
import { addDays, dayMonthYear, daysBetween, monthDay, monthDayYear, weekday, year } from './calendar';
import phrases from './phrases.json';
import { Random } from './random';
import { MEETINGS_PER_DAY, worldMeeting, type WorldMeeting } from './timeline';
import { homeCountry, type Actor, type CountryActor, type OrganizationActor, type PersonActor, type World } from './world';

export interface GoldMeetingItem {
  participants: string[];
  date: string | null;
  place: string | null;
  quote: string;
}

export interface GoldStatementItem {
  speaker: string;
  targets: string[];
  quote: string;
}

export interface ArticleContent {
  extension: 'txt' | 'md';
  text: string;
  /** Publication date, stated in the file (front matter or a leading `date` line). */
  published: string;
  meetings: GoldMeetingItem[];
  statements: GoldStatementItem[];
  /** Every name form the text uses for each actor. */
  forms: Map<Actor, Set<string>>;
}

export const MIN_BYTES = 2048;
export const MAX_BYTES = 6144;
/** Publication dates fall in these four years. */
const FIRST_DAY = '2022-01-03';
const DAYS = 4 * 365;

type Position =
  /** Followed by a verb: an appositive introduction ("Kenya's foreign minister, X,") reads well. */
  | 'subject'
  /** Followed by a preposition ("in", "on", "to"): an appositive reads well. */
  | 'object'
  /** Followed by "and", a full stop or nothing: no appositive. */
  | 'plain';

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function pairKey(a: Actor, b: Actor): string {
  return [a.name, b.name].sort().join('\u0000');
}

/** Writes sentences about the world and keeps the gold that they support. */
class Writer {
  readonly forms = new Map<Actor, Set<string>>();
  readonly meetings: GoldMeetingItem[] = [];
  readonly statements: GoldStatementItem[] = [];
  /** Pairs that met according to the gold: a negative case must not name one of them. */
  private readonly meetingPairs = new Set<string>();
  /** Pairs of a negative case: no meeting of the gold may join them, or the case would test nothing. */
  private readonly negatedPairs = new Set<string>();
  private readonly introduced = new Set<PersonActor>();
  private readonly spellings = new Map<PersonActor, { full: string; short: string }>();
  readonly openQuote: string;
  readonly closeQuote: string;
  private readonly defenceTitle: string;

  constructor(
    readonly world: World,
    readonly random: Random,
    readonly published: string,
  ) {
    [this.openQuote, this.closeQuote] = random.chance(0.5) ? ['“', '”'] : ['"', '"'];
    this.defenceTitle = random.chance(0.5) ? 'Defence Minister' : 'Defense Minister';
  }

  private note(actor: Actor, form: string): string {
    let forms = this.forms.get(actor);
    if (!forms) this.forms.set(actor, (forms = new Set()));
    forms.add(form);
    return form;
  }

  /** One outlet, one spelling: the article keeps the spelling it picked for a person. */
  private spelling(person: PersonActor): { full: string; short: string } {
    let spelling = this.spellings.get(person);
    if (!spelling) {
      const variant = (spellings: string[]) => (this.random.chance(0.5) ? spellings[0] : this.random.pick(spellings));
      const given = variant(person.givenSpellings);
      const family = (person.particle && this.random.chance(0.75) ? person.particle : '') + variant(person.familySpellings);
      spelling = { full: person.familyFirst ? `${family} ${given}` : `${given} ${family}`, short: family };
      this.spellings.set(person, spelling);
    }
    return spelling;
  }

  full(person: PersonActor): string {
    return this.note(person, this.spelling(person).full);
  }

  /** The family name as written, capitalised where it opens a headline ("Al-Mansouri"). */
  short(person: PersonActor, capitalised = false): string {
    const short = this.spelling(person).short;
    return this.note(person, capitalised ? upperFirst(short) : short);
  }

  country(country: CountryActor): string {
    return this.note(country, country.text);
  }

  organization(organization: OrganizationActor): string {
    return this.note(organization, organization.text);
  }

  /** Outlets differ on Defence/Defense; an article keeps one. */
  title(person: PersonActor): string {
    return person.title === 'Defence Minister' ? this.defenceTitle : person.title;
  }

  /** The office as a common noun: "the foreign minister of Kenya", "the German chancellor". */
  role(person: PersonActor): string {
    return this.title(person).toLowerCase();
  }

  pronoun(person: PersonActor): string {
    return person.gender === 'female' ? 'she' : 'he';
  }

  possessivePronoun(person: PersonActor): string {
    return person.gender === 'female' ? 'her' : 'his';
  }

  honorific(person: PersonActor): string {
    return person.gender === 'female' ? 'Ms.' : 'Mr.';
  }

  /** "Kenyan Foreign Minister X" or "National Resistance Front leader X": how captions and first mentions title a person. */
  titled(person: PersonActor): string {
    const affiliation = person.affiliation;
    if (affiliation.kind === 'organization') return `${affiliation.name} ${this.title(person)} ${this.full(person)}`;
    return `${affiliation.demonym} ${this.title(person)} ${this.full(person)}`;
  }

  /**
   * A person as the text names them here: introduced with office and state or group the first time,
   * then by family name, honorific or role. `opensSentence`: a lower-case family name ("al-Sudani")
   * takes an honorific rather than being capitalised.
   */
  mention(person: PersonActor, position: Position, opensSentence = false): string {
    if (this.introduced.has(person)) {
      const roll = this.random.next();
      const affiliation = person.affiliation;
      if (roll < 0.15 && affiliation.kind === 'country') return `the ${affiliation.demonym} ${this.role(person)}`;
      const short = this.spelling(person).short;
      if (roll < 0.4 || (opensSentence && short !== upperFirst(short))) return `${this.honorific(person)} ${this.short(person)}`;
      return this.short(person);
    }
    this.introduced.add(person);
    const affiliation = person.affiliation;
    const appositive = position !== 'plain' && this.random.chance(0.25);
    if (affiliation.kind === 'organization') {
      return appositive ? `${this.full(person)}, the ${this.role(person)} of ${this.organization(affiliation)},` : `${this.organization(affiliation).replace(/^the /, '')} ${this.title(person)} ${this.full(person)}`;
    }
    if (appositive) return `${possessive(this.country(affiliation))} ${this.role(person)}, ${this.full(person)},`;
    if (this.random.chance(0.3)) return `${this.title(person)} ${this.full(person)} of ${this.country(affiliation)}`;
    return this.titled(person);
  }

  /** The first mention with demonym and title, whatever was said before: "Kenyan Foreign Minister X". */
  introduceTitled(person: PersonActor): string {
    this.introduced.add(person);
    return this.titled(person);
  }

  /** A first mention by name alone, where the sentence gives the office ("his Ugandan counterpart Y"). */
  introduceByName(person: PersonActor): string {
    this.introduced.add(person);
    return this.full(person);
  }

  /** "X, the foreign minister of Kenya,": a first mention, or a reminder of who an introduced person is. */
  appositive(person: PersonActor, country: CountryActor): string {
    this.introduced.add(person);
    return `${this.full(person)}, the ${this.role(person)} of ${this.country(country)},`;
  }

  isIntroduced(person: PersonActor): boolean {
    return this.introduced.has(person);
  }

  actorText(actor: Actor, position: Position): string {
    if (actor.kind === 'person') return this.mention(actor, position);
    return actor.kind === 'country' ? this.country(actor) : this.organization(actor);
  }

  quoted(words: string): string {
    return `${this.openQuote}${words}${this.closeQuote}`;
  }

  /** " on Tuesday", " on March 4" or " on 4 March 2024": a day a careful reader pins from the publication date. */
  on(date: string): string {
    const back = daysBetween(date, this.published);
    if (back < 0) throw new Error(`event date ${date} after publication ${this.published}`);
    if (back <= 6 && this.random.chance(0.8)) return ` on ${weekday(date)}`;
    return this.random.chance(0.6) ? ` on ${monthDay(date)}` : ` on ${dayMonthYear(date)}`;
  }

  meeting(sentence: string, participants: Actor[], date: string | null, place: string | null): string {
    const text = upperFirst(sentence);
    this.meetings.push({ participants: participants.map((actor) => actor.name), date, place, quote: text });
    for (let i = 0; i < participants.length; i += 1) {
      for (let j = i + 1; j < participants.length; j += 1) this.meetingPairs.add(pairKey(participants[i], participants[j]));
    }
    return text;
  }

  statement(sentence: string, speaker: Actor, targets: Actor[]): string {
    const text = upperFirst(sentence);
    this.statements.push({ speaker: speaker.name, targets: [...new Set(targets.filter((t) => t !== speaker).map((t) => t.name))], quote: text });
    return text;
  }

  haveMet(a: Actor, b: Actor): boolean {
    return this.meetingPairs.has(pairKey(a, b));
  }

  negate(a: Actor, b: Actor): void {
    this.negatedPairs.add(pairKey(a, b));
  }

  /** Whether a new meeting may join the two: not met yet in this article, and no negative case names them. */
  mayMeet(a: Actor, b: Actor): boolean {
    const key = pairKey(a, b);
    return !this.meetingPairs.has(key) && !this.negatedPairs.has(key);
  }
}

/** What a statement says, and the actors it names. */
interface Content {
  text: string;
  targets: Actor[];
}

type Tone = 'neutral' | 'hostile';

/** Reported words: "Uganda was ready to ...". `tone` restricts them to what the verb can carry ("warned that"). */
function content(writer: Writer, about: CountryActor, tone?: Tone): Content {
  const { random } = writer;
  const choices = phrases.reported.filter((entry) => tone === undefined || entry.tone === tone);
  const chosen = random.pick(choices);
  const text = chosen.text
    .replace('{country}', () => writer.country(about))
    .replace('{cooperation}', () => random.pick(phrases.cooperation))
    .replace('{harm}', () => random.pick(phrases.harms))
    .replace('{threat}', () => random.pick(phrases.threats))
    .replace('{topic}', () => random.pick(phrases.topics));
  return { text, targets: chosen.about ? [about] : [] };
}

function directQuote(writer: Writer, about: CountryActor): Content {
  if (writer.random.chance(0.6)) return { text: writer.random.pick(phrases.quotes), targets: [] };
  return { text: writer.random.pick(phrases.countryQuotes).replace('{country}', writer.country(about)), targets: [about] };
}

/** A paragraph of one to two statements by `speaker`, about `about` (a country) or `other` (a person). */
function statementParagraph(writer: Writer, speaker: PersonActor, about: CountryActor, other: PersonActor | null): string {
  const { random } = writer;
  const sentences: string[] = [];
  const frame = random.int(0, 7);
  if (frame === 0) {
    const said = content(writer, about);
    const when = random.chance(0.4) ? `${writer.on(addDays(writer.published, -random.int(0, 2)))} that` : ' that';
    sentences.push(writer.statement(`${writer.mention(speaker, 'subject', true)} said${when} ${said.text}.`, speaker, said.targets));
  } else if (frame === 1 && speaker.affiliation.kind === 'country') {
    const said = content(writer, about, 'hostile');
    sentences.push(writer.statement(`${writer.appositive(speaker, speaker.affiliation)} warned that ${said.text}.`, speaker, said.targets));
  } else if (frame === 2) {
    const quote = directQuote(writer, about);
    const verb = random.pick(['told reporters', 'said', 'told a news conference']);
    sentences.push(writer.statement(`${writer.quoted(`${quote.text},`)} ${writer.mention(speaker, 'subject')} ${verb}.`, speaker, quote.targets));
  } else if (frame === 3) {
    const quote = directQuote(writer, about);
    sentences.push(writer.statement(`${writer.mention(speaker, 'subject', true)} said: ${writer.quoted(`${quote.text}.`)}`, speaker, quote.targets));
  } else if (frame === 4) {
    const target: Actor = other && random.chance(0.4) ? other : about;
    const text = writer.actorText(target, 'object');
    const sentence = random.chance(0.5)
      ? `${writer.mention(speaker, 'subject', true)} accused ${text} of ${random.pick(phrases.accusations)}.`
      : `${writer.mention(speaker, 'subject', true)} ${random.pick(['urged', 'called on'])} ${text} to ${random.pick(phrases.requests)}.`;
    sentences.push(writer.statement(sentence, speaker, [target]));
  } else if (frame === 5) {
    const target: Actor = other && random.chance(0.4) ? other : about;
    const verb = random.pick(['praised', 'thanked']);
    sentences.push(writer.statement(`${writer.mention(speaker, 'subject', true)} ${verb} ${writer.actorText(target, 'object')} for ${random.pick(phrases.merits)}.`, speaker, [target]));
  } else if (frame === 6) {
    const said = content(writer, about);
    const outlet = random.pick(phrases.outlets);
    const introduction = writer.isIntroduced(speaker) ? writer.mention(speaker, 'plain') : writer.introduceTitled(speaker);
    sentences.push(writer.statement(`${upperFirst(outlet)} quoted ${introduction} as saying that ${said.text}.`, speaker, said.targets));
  } else {
    const said = content(writer, about);
    sentences.push(writer.statement(`${writer.mention(speaker, 'subject', true)} said ${said.text}.`, speaker, said.targets));
  }
  if (random.chance(0.35)) {
    const more = content(writer, about);
    sentences.push(writer.statement(`${upperFirst(writer.pronoun(speaker))} added that ${more.text}.`, speaker, more.targets));
  }
  return sentences.join(' ');
}

/** A state or an organization speaking for itself: "Uganda's foreign ministry said", "The African Union called on". */
function institutionalStatement(writer: Writer, country: CountryActor, about: CountryActor): string {
  const { random } = writer;
  if (random.chance(0.3)) {
    const organization = random.pick(writer.world.organizations);
    const sentence = `${upperFirst(writer.organization(organization))} called on ${writer.country(about)} to ${random.pick(phrases.requests)}.`;
    return writer.statement(sentence, organization, [about]);
  }
  const said = content(writer, about);
  const subject = random.chance(0.5) ? `${possessive(writer.country(country))} foreign ministry` : `${country.demonym} officials`;
  const verb = random.chance(0.5) ? 'said in a statement that' : 'said';
  return writer.statement(`${subject} ${verb} ${said.text}.`, country, said.targets);
}

function placeOf(meeting: WorldMeeting): string | null {
  return meeting.host ? meeting.host.capital : null;
}

/** The article's main meeting, in one of the ways news reports one. */
function leadSentence(writer: Writer, meeting: WorldMeeting): string {
  const { random } = writer;
  const on = writer.on(meeting.day);
  const city = placeOf(meeting);
  const [a, b, c] = meeting.participants;
  const report = (sentence: string) => writer.meeting(sentence, meeting.participants, meeting.day, city);
  const topic = random.pick(phrases.topics);
  switch (meeting.shape) {
    case 'counterparts': {
      const [first, second] = [a, b] as PersonActor[];
      const secondCountry = second.affiliation as CountryActor;
      if (random.chance(0.6)) {
        return report(`${writer.introduceTitled(first)} met ${writer.possessivePronoun(first)} ${secondCountry.demonym} counterpart ${writer.introduceByName(second)} in ${city}${on}.`);
      }
      return report(`${writer.introduceTitled(first)} held talks with ${writer.possessivePronoun(first)} ${secondCountry.demonym} counterpart ${writer.introduceByName(second)} in ${city}${on}, discussing ${topic}.`);
    }
    case 'talks': {
      const [first, second] = [a, b] as PersonActor[];
      const host = first.iso3 === meeting.host!.iso3 ? first : second;
      const guest = host === first ? second : first;
      switch (random.int(0, 4)) {
        case 0:
          return report(`${writer.mention(first, 'subject')} held talks with ${writer.mention(second, 'object')} in ${city}${on}.`);
        case 1:
          return report(`${writer.mention(first, 'subject')} met with ${writer.mention(second, 'object')}${on} in ${city}.`);
        case 2:
          return report(`${writer.mention(host, 'subject')} hosted ${writer.mention(guest, 'object')} in ${city}${on} for talks on ${topic}.`);
        case 3:
          return report(`${writer.mention(host, 'subject')} received ${writer.mention(guest, 'object')} in ${city}${on}.`);
        default:
          return report(`${writer.mention(first, 'subject')} and ${writer.mention(second, 'plain')} held talks in ${city}${on}.`);
      }
    }
    case 'phone': {
      const [first, second] = [a, b] as PersonActor[];
      switch (random.int(0, 2)) {
        case 0:
          return report(`${writer.mention(first, 'subject')} spoke by phone with ${writer.mention(second, 'object')}${on} about ${topic}.`);
        case 1:
          return report(`${writer.mention(first, 'subject')} held a phone call with ${writer.mention(second, 'object')}${on} to discuss ${topic}.`);
        default:
          return report(`${writer.mention(first, 'subject')} and ${writer.mention(second, 'plain')} spoke by telephone${on}, discussing ${topic}.`);
      }
    }
    case 'trio': {
      const [first, second, third] = [a, b, c] as PersonActor[];
      switch (random.int(0, 2)) {
        case 0:
          return report(`${writer.mention(first, 'subject')} hosted ${writer.mention(second, 'plain')} and ${writer.mention(third, 'object')} in ${city}${on} for talks on ${topic}.`);
        case 1:
          return report(`${writer.mention(second, 'subject')} and ${writer.mention(third, 'plain')} met ${writer.mention(first, 'object')} in ${city}${on}.`);
        default:
          return report(`${writer.mention(first, 'subject')} held talks with ${writer.mention(second, 'plain')} and ${writer.mention(third, 'object')} in ${city}${on}.`);
      }
    }
    case 'briefing': {
      const [leader, host] = [a, b] as PersonActor[];
      if (random.chance(0.6)) return report(`${writer.mention(leader, 'subject')} briefed ${writer.mention(host, 'object')} on ${topic} in ${city}${on}.`);
      return report(`${writer.mention(host, 'subject')} received ${writer.mention(leader, 'object')} in ${city}${on}.`);
    }
    case 'delegation': {
      const [host, organization] = [a, b] as [PersonActor, OrganizationActor];
      const verb = random.chance(0.5) ? 'received a delegation from' : 'met a delegation of';
      return report(`${writer.mention(host, 'subject')} ${verb} ${writer.organization(organization)} in ${city}${on}.`);
    }
  }
}

function randomStatesman(writer: Writer, avoid: Actor[]): PersonActor {
  for (;;) {
    const person = writer.random.pick(writer.world.statesmen);
    if (!avoid.includes(person) && !avoid.some((actor) => actor.kind === 'person' && actor.iso3 === person.iso3)) return person;
  }
}

/** A meeting anchored to the main one: "The talks came a day after B met C in X." */
function earlierMeetingSentence(writer: Writer, lead: WorldMeeting, traveller: PersonActor): string {
  const other = randomStatesman(writer, lead.participants);
  const city = homeCountry(writer.world, other).capital;
  const days = writer.random.chance(0.7) ? 1 : 2;
  const date = addDays(lead.day, -days);
  const after = days === 1 ? 'a day after' : 'two days after';
  if (writer.random.chance(0.5)) {
    return writer.meeting(`The talks came ${after} ${writer.mention(traveller, 'subject')} met ${writer.mention(other, 'object')} in ${city}.`, [traveller, other], date, city);
  }
  return writer.meeting(`${writer.mention(traveller, 'subject', true)} held the talks ${after} meeting ${writer.mention(other, 'object')} in ${city}.`, [traveller, other], date, city);
}

/** Another meeting the article mentions: dated, or placed only vaguely ("earlier this month": no day). */
function otherMeetingParagraph(writer: Writer, cast: PersonActor[]): string {
  const { random } = writer;
  const first = random.chance(0.6) ? random.pick(cast) : randomStatesman(writer, cast);
  // One pair, one meeting per article: a pair's gold date is then never ambiguous.
  let second = randomStatesman(writer, [first, ...cast]);
  while (!writer.mayMeet(first, second)) second = randomStatesman(writer, [first, ...cast]);
  const city = homeCountry(writer.world, random.pick([first, second])).capital;
  const date = addDays(writer.published, -random.int(0, 20));
  switch (random.int(0, 4)) {
    case 0:
      return writer.meeting(`${upperFirst(writer.on(date).trim())}, ${writer.mention(first, 'subject')} also held talks with ${writer.mention(second, 'object')} in ${city}.`, [first, second], date, city);
    case 1:
      return writer.meeting(`${writer.mention(first, 'subject', true)} also spoke by phone with ${writer.mention(second, 'object')}${writer.on(date)}.`, [first, second], date, null);
    case 2: {
      const when = random.pick(['earlier this month', 'last month', 'earlier this year']);
      return writer.meeting(`${writer.mention(first, 'subject', true)} met ${writer.mention(second, 'object')} in ${city} ${when}.`, [first, second], null, city);
    }
    case 3: {
      const said = content(writer, homeCountry(writer.world, second));
      const sentence = `During talks with ${writer.mention(second, 'object')} in ${city}${writer.on(date)}, ${writer.mention(first, 'subject')} said ${said.text}.`;
      const text = writer.meeting(sentence, [first, second], date, city);
      writer.statement(sentence, first, said.targets);
      return text;
    }
    default:
      return writer.meeting(`${writer.mention(first, 'subject', true)} hosted ${writer.mention(second, 'object')} in ${homeCountry(writer.world, first).capital}${writer.on(date)}.`, [first, second], date, homeCountry(writer.world, first).capital);
  }
}

/** Meetings that did not happen, and words that are not the named person's: the gold records none of it, bar a denial's statement. */
function negativeParagraph(writer: Writer, cast: PersonActor[], kind: number): string {
  const { random } = writer;
  const first = random.pick(cast);
  let second = randomStatesman(writer, cast);
  while (writer.haveMet(first, second)) second = randomStatesman(writer, cast);
  writer.negate(first, second);
  const city = homeCountry(writer.world, second).capital;
  switch (kind) {
    case 0:
      return upperFirst(`${writer.mention(first, 'subject', true)} will meet ${writer.mention(second, 'object')} in ${city} next week.`);
    case 1:
      return upperFirst(`${writer.mention(first, 'subject', true)} is expected to travel to ${city} next month for further talks with ${writer.mention(second, 'plain')}.`);
    case 2:
      return `A planned meeting between ${writer.mention(first, 'plain')} and ${writer.mention(second, 'plain')} in ${city} was called off${writer.on(addDays(writer.published, -random.int(0, 3)))}.`;
    case 3:
      return `A source close to ${writer.mention(first, 'plain')} said the talks had stalled.`;
    case 4: {
      // A denial is a statement (PLOVER's REJECT) about the other person, but not a meeting.
      const sentence = `${writer.mention(first, 'subject', true)} denied that ${writer.pronoun(first)} had met ${writer.mention(second, 'object')} in ${city}.`;
      return writer.statement(sentence, first, [second]);
    }
    default: {
      const sentence = `${writer.mention(first, 'subject', true)} said ${writer.pronoun(first)} would be ready to meet ${writer.mention(second, 'plain')} if ${random.pick(phrases.conditions)}.`;
      return writer.statement(sentence, first, [second]);
    }
  }
}

/**
 * Background paragraphs: facts with no actor doing or saying anything. Each sentence at most once per
 * article, and mostly about the countries the article is about, as in real reporting.
 */
class Background {
  private readonly sentences: string[];

  constructor(
    private readonly writer: Writer,
    private readonly countriesInPlay: CountryActor[],
  ) {
    this.sentences = writer.random.shuffle([...phrases.noise, ...phrases.analysis]);
  }

  get exhausted(): boolean {
    return this.sentences.length === 0;
  }

  private someCountry(besides?: CountryActor): CountryActor {
    const { random, world } = this.writer;
    const pool = random.chance(0.7) ? this.countriesInPlay : world.countries;
    const candidates = pool.filter((country) => country !== besides);
    return random.pick(candidates.length > 0 ? candidates : world.countries.filter((country) => country !== besides));
  }

  paragraph(): string {
    const { random } = this.writer;
    const published = year(this.writer.published);
    const count = Math.min(random.int(1, 3), this.sentences.length);
    return this.sentences
      .splice(0, count)
      .map((template) => {
        const country = this.someCountry();
        const country2 = this.someCountry(country);
        const filled = template
          .replace('{country}', () => this.writer.country(country))
          .replace('{country2}', () => this.writer.country(country2))
          .replace('{capital}', () => country.capital)
          .replace('{number}', () => String(random.int(2, 40)))
          .replace('{year}', () => String(published - random.int(1, 8)))
          .replace('{nextYear}', () => String(published + 1))
          .replace('{commodity}', () => random.pick(phrases.commodities));
        return upperFirst(filled);
      })
      .join(' ');
  }
}

/** A sentence after the main meeting that adds detail but no event. */
function contextSentence(writer: Writer, lead: WorldMeeting, traveller: PersonActor | undefined): string {
  const { random } = writer;
  const [topic, topic2] = random.sample(phrases.topics, 2);
  const templates = phrases.context.filter((template) => !template.includes('{short}') || (traveller && lead.host));
  return random
    .pick(templates)
    .replace('{short}', () => writer.short(traveller!))
    .replace('{country}', () => writer.country(lead.host!))
    .replace('{topic}', topic)
    .replace('{topic2}', topic2);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'the', 'in', 'on', 'of', 'to', 'for', 'with']);

function titleCase(words: string): string {
  return words
    .split(' ')
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : upperFirst(word)))
    .join(' ');
}

function headline(writer: Writer, lead: WorldMeeting): string {
  const { random } = writer;
  const [a, b] = lead.participants;
  const name = (actor: Actor, first: boolean) => (actor.kind === 'person' ? writer.short(actor, first) : actor.name);
  if (lead.shape === 'delegation') return `${name(a, true)} Receives ${name(b, false)} Delegation`;
  const topic = random.pick(phrases.headlineTopics);
  switch (random.int(0, 2)) {
    case 0: {
      const countries = lead.participants.map((actor) => writer.world.countryByIso3.get(actor.kind === 'person' ? actor.iso3 : '')).filter((c): c is CountryActor => c !== undefined);
      if (countries.length >= 2 && countries[0] !== countries[1]) {
        return `${upperFirst(writer.country(countries[0]))} and ${writer.country(countries[1])} Agree to ${titleCase(`boost ${topic}`)}`;
      }
      return `${name(a, true)}, ${name(b, false)} Discuss ${topic}`;
    }
    case 1:
      return lead.shape === 'phone' ? `${name(a, true)} Holds Phone Call With ${name(b, false)}` : `${name(a, true)} Meets ${name(b, false)} in ${lead.host!.capital}`;
    default:
      return `${name(a, true)}, ${name(b, false)} Discuss ${topic}`;
  }
}

/** A photo caption; a "File photo" shows an older meeting and dates nothing. */
function caption(writer: Writer, lead: WorldMeeting): string {
  const { random } = writer;
  const agency = random.pick(phrases.agencies);
  const [a, b] = lead.participants;
  const people = [a, b].filter((actor): actor is PersonActor => actor.kind === 'person');
  if (random.chance(0.3)) {
    const old = addDays(lead.day, -random.int(30, 400));
    const pictured = people.length === 2 ? `${writer.full(people[0])} meets ${writer.full(people[1])}` : `${writer.full(people[0])} attends a meeting`;
    return random.chance(0.5) ? `${pictured} on ${monthDay(old)}. (File photo/${agency})` : `File photo: ${pictured}. (File photo/${agency})`;
  }
  if (people.length === 2 && lead.host) {
    return `${writer.titled(people[0])} (R) meets ${writer.titled(people[1])} in ${lead.host.capital}, ${lead.host.name} ${monthDayYear(lead.day)}. (${agency})`;
  }
  const home = homeCountry(writer.world, people[0]);
  return `${writer.titled(people[0])} speaks during a news conference in ${home.capital}, ${home.name} ${monthDayYear(lead.day)}. (${agency})`;
}

/** Publication date, main meeting and everything written about it, for document `index`. */
export function composeArticle(world: World, seed: string, index: number): ArticleContent {
  const random = new Random(seed, 'content', index);
  const published = addDays(FIRST_DAY, random.int(0, DAYS - 1));
  const lead = worldMeeting(world, seed, addDays(published, -random.int(0, 6)), random.int(0, MEETINGS_PER_DAY - 1));
  const writer = new Writer(world, random, published);
  const layout = random.weighted({ plain: 40, scraped: 35, frontMatter: 25 });

  const title = headline(writer, lead);
  const captions = layout === 'scraped' || random.chance(0.5) ? [caption(writer, lead)] : [];

  const cast = lead.participants.filter((actor): actor is PersonActor => actor.kind === 'person');
  const countriesInPlay = cast.map((person) => homeCountry(world, person));
  const paragraphs: string[] = [];

  const leadSentences = [leadSentence(writer, lead)];
  const traveller = cast.find((person) => lead.host && person.iso3 !== lead.host.iso3);
  if (traveller && random.chance(0.35)) leadSentences.push(earlierMeetingSentence(writer, lead, traveller));
  if (random.chance(0.5)) leadSentences.push(contextSentence(writer, lead, traveller));
  paragraphs.push(leadSentences.join(' '));

  const statementParagraphAbout = () => {
    const speaker = random.chance(0.8) ? random.pick(cast) : randomStatesman(writer, cast);
    const others = cast.filter((person) => person !== speaker);
    const aboutChoices = countriesInPlay.filter((country) => country.iso3 !== speaker.iso3);
    const about = aboutChoices.length > 0 && random.chance(0.7) ? random.pick(aboutChoices) : random.pick(world.countries);
    return statementParagraph(writer, speaker, about, others.length ? random.pick(others) : null);
  };
  const statementCount = random.int(2, 4);
  for (let i = 0; i < statementCount; i += 1) paragraphs.push(statementParagraphAbout());
  if (random.chance(0.4)) {
    const speaking = random.pick(countriesInPlay);
    paragraphs.push(institutionalStatement(writer, speaking, random.pick(world.countries.filter((country) => country !== speaking))));
  }
  const otherMeetings = random.int(1, 3);
  for (let i = 0; i < otherMeetings; i += 1) paragraphs.push(otherMeetingParagraph(writer, cast));
  for (const kind of random.sample([0, 1, 2, 3, 4, 5], random.int(1, 2))) paragraphs.push(negativeParagraph(writer, cast, kind));

  const credits = random.chance(0.3) ? `(Reporting by ${random.pick(phrases.journalists)}; Editing by ${random.pick(phrases.journalists)})` : null;
  const header = layoutHeader(layout, published, title, captions, random);
  const trailer = credits ? `\n\n${credits}\n` : '\n';
  const size = () => byteLength(header) + byteLength(paragraphs.join('\n\n')) + byteLength(trailer);
  // Longer articles carry more reporting as well as more background, as real ones do. The margin below
  // MAX_BYTES holds the longest paragraph, so the last one added never overshoots.
  const target = random.int(MIN_BYTES + 250, MAX_BYTES - 600);
  const background = new Background(writer, countriesInPlay);
  while (size() < target) {
    // Background names no people, so it may go anywhere after the lead; reporting is appended, so
    // every person is introduced before being called by name alone.
    const roll = random.next();
    if (!background.exhausted && roll < 0.6) paragraphs.splice(random.int(1, paragraphs.length), 0, background.paragraph());
    else if (roll < 0.85) paragraphs.push(statementParagraphAbout());
    else paragraphs.push(otherMeetingParagraph(writer, cast));
  }
  const text = header + paragraphs.join('\n\n') + trailer;
  const bytes = byteLength(text);
  if (bytes < MIN_BYTES || bytes > MAX_BYTES) throw new Error(`document ${index}: ${bytes} bytes, outside ${MIN_BYTES}–${MAX_BYTES}`);
  return {
    extension: layout === 'frontMatter' ? 'md' : 'txt',
    text,
    published,
    meetings: writer.meetings,
    statements: writer.statements,
    forms: writer.forms,
  };
}

/**
 * What comes before the body. `scraped` copies a web page's furniture: the headline and the caption
 * twice each, and the "TT" share-button residue.
 */
function layoutHeader(layout: 'plain' | 'scraped' | 'frontMatter', published: string, title: string, captions: string[], random: Random): string {
  const captionBlock = captions.length ? `${captions.map((line) => `${line}\n${line}`).join('\n')}\n` : '';
  switch (layout) {
    case 'frontMatter':
      return `---\ntitle: ${JSON.stringify(title)}\ndate: ${published}\n---\n\n${title}\n\n${captions.length ? `${captions[0]}\n\n` : ''}`;
    case 'scraped': {
      const residue = random.chance(0.3) ? 'TT\n20\n' : 'TT\n';
      return `date ${published}\n\n${title}\n\n${captionBlock}${residue}\n${title}\n\n${captionBlock}\n`;
    }
    case 'plain':
      return `date ${published}\n\n${title}\n\n${captions.length ? `${captions[0]}\n\n` : ''}`;
  }
}
