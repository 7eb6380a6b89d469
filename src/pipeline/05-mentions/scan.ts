/**
 * Finds actor mentions in one sentence, left to right: gazetteer names (countries, capitals,
 * demonyms, organizations, outlets), titled people ("Iraqi Prime Minister X", "Mr. X"), role-only
 * references ("the PM"), capitalised name runs (kept as candidates for the entity stage to accept
 * or drop), unknown organizations by their head word ("... Council"), and pronouns.
 */
import { canonicalRole, lexicon, PhraseIndex, type GazetteerEntry } from '../model';
import { foldAccents } from '../text/accents';
import words from '../model/words.json';
import roles from '../model/roles.json';
import { bodyAbroadAtEnd, once, phrasePattern, statementVerbAt } from '../text/clauses';
import { WEEKDAY_NAME } from '../text/datelines';
import { givenNameGender } from '../text/given-names';
import { isCapitalized, isPossessive, tokenize, type Token } from '../text/tokens';
import type { Mention, Sentence } from '../types';

const PLACE_PREPOSITIONS = new Set(words.placePrepositions);
const MOTION_WORDS = new Set(words.motionWords);
const MODIFIED_NOUNS = new Set(words.modifiedNouns);
const CAPITAL_GROUPS = new Set(words.capitalGroups);
const SEAT_OFFICIALS = new Set(words.seatOfficials);
const FOREIGN_GROUP_MODIFIERS = new Set(words.foreignGroupModifiers);
const SAYING_VERBS = new Set(words.clauseSayingVerbs);
const GOVERNMENT_BODY = new RegExp(String.raw`\b(?:${phrasePattern(words.governmentHeads)})$`, 'i');
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on']);
const MAX_NAME_TOKENS = 6;
/** One romanised Korean or Chinese syllable: consonants, vowels, a final ("seung", "kyeong", "ho", "ahn", "duck"). */
const SYLLABLE = String.raw`[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouwy]{1,3}h?(?:ng|n|ck|k|l|m|p|t)?`;
/** Korean and Chinese given names written with a hyphen ("Mi-kyung", "Seung-ho", "Jong-un"): two syllables, not "Iran-backed", "Kenya-run" or "Day-long". */
const HYPHENATED_GIVEN_NAME = new RegExp(String.raw`^(?!\p{Lu}\p{Ll}*-(?:run|long)$)\p{Lu}\p{Ll}{0,5}-\p{Ll}{2,6}$`, 'u');
const HYPHENATED_SYLLABLES = new RegExp(`^${SYLLABLE}-${SYLLABLE}$`);
/** "Halla-aho", "Kokko-oja": a Finnish compound surname whose hyphen stands between two of the same vowel, the second part in lower case; not "Co-operation" (a short prefix) or "Russia-aligned". */
const VOWEL_JOINED_SURNAME = /^\p{Lu}\p{Ll}{2,}([aeiouyäö])-\1\p{Ll}+(?<!ed|ing)$/u;
const PAIR_BEFORE_NOUN = /^\p{Lu}\p{L}+-\p{Lu}\p{L}+$/u;
const PAIR_NOUNS = new Set(words.pairNouns);
const DEMONYM_SIDE_HEADS = new Set(words.demonymSideHeads);
const BODY_OFFICE_HEADS = new Set(words.bodyOfficeHeads);
const FIELD_PREPOSITIONS = new Set(['of', 'on', 'for']);
const PLURAL_ROLES = new Set(words.pluralRoles);
/** The second words of the two-word plural roles ("prime ministers"): a token before any other starts none, so no pair is built for it. */
const PLURAL_ROLE_SECOND_WORDS = new Set(words.pluralRoles.map((role) => role.split(' ')).filter((parts) => parts.length === 2).map((parts) => parts[1]));
const BODY_UNIT_NOUNS = new Set(words.bodyUnitNouns);
/** "People's", "Workers'": a possessive that is part of a body's name ("People's Liberation Army"), not an owner. */
const POSSESSIVES_IN_NAMES = new Set(words.possessivesInNames);
/** "de", "del", "do": the small words inside a Spanish or Portuguese body's name ("Administración de Puertos de Argentina"). */
const HEAD_FIRST_ORGANIZATION_LINKS = new Set(words.headFirstOrganizationLinks);
const QUOTE_MARKS = new Set(['"', '“', '”']);
/** 'Ferdinand "Bongbong" Marcos': a nickname in quotes inside a name. */
const QUOTED_NICKNAME = /\s["“][\p{L}.' -]{1,20}["”]\s/gu;
const CALENDAR = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
/** "KATHMANDU, NOVEMBER 17": a dateline in capitals writes its month so too. */
const DATELINE_MONTH = new RegExp(`${CALENDAR.source}|${CALENDAR.source.toUpperCase()}`);
const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$`);
const MONTH_ABBREVIATION = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

interface Title {
  roleStart: number;
  end: number;
  role: string | null;
  /** "Crown Prince and Prime Minister X": the roles a chain holds before `role`, its last. */
  earlierRoles?: string[];
}

interface GazetteerMatch {
  end: number;
  entry: GazetteerEntry;
}

/** Tokens `from` to `to` (exclusive) of a mention, kept beside it while the sentence is read. */
interface TokenRange {
  from: number;
  to: number;
}

/**
 * A sentence's tokens with each matcher's answer kept per position: the scan asks about the same
 * token several times (a name run re-checks the gazetteer and the token after it, a titled person
 * looks back for up to eight titles).
 */
class SentenceTokens {
  private readonly gazetteer: (GazetteerMatch | null)[] = [];
  private readonly titles: (Title | null)[] = [];
  private readonly names: boolean[] = [];

  constructor(readonly tokens: Token[]) {}

  // Written out rather than through a shared helper taking a closure: a closure per question was
  // a measurable share of the stage.
  gazetteerAt(i: number): GazetteerMatch | null {
    let match = this.gazetteer[i];
    if (match === undefined) match = this.gazetteer[i] = matchGazetteer(this.tokens, i);
    return match;
  }

  titleAt(i: number): Title | null {
    let title = this.titles[i];
    if (title === undefined) title = this.titles[i] = matchTitle(this.tokens, i);
    return title;
  }

  isNameAt(i: number): boolean {
    if (i >= this.tokens.length) return false;
    let isName = this.names[i];
    if (isName === undefined) isName = this.names[i] = isNameToken(this.tokens[i]) || this.isCapitalFamilyNameAt(i);
    return isName;
  }

  /**
   * "SUZUKI Keisuke", "KIM Jong-ho", "Charles MICHEL": a family name in capitals beside a name written
   * in normal case. Not a word of a line in capitals ("PRESIDENT RUTO MEETS"), an acronym without a
   * vowel, a word the lexicon knows ("NATO", "PRESIDENT"), nor one beside a title, a gazetteer name or
   * a common noun ("BRICS Leaders", "GENEVA Talks"). A family name of two words in capitals ("Moussa AG INTAZOUME")
   * has its given name beside one of them.
   */
  isCapitalFamilyNameAt(i: number): boolean {
    if (!this.isCapitalWordAt(i)) return false;
    // "LI Haiyang", "XI Jinping": a word that reads as a regnal number is a family name before a given name, where no name precedes it ("Charles III").
    if (ROMAN_NUMERAL.test(this.tokens[i].text)) return this.givenNameBeside(i + 1) && !(i > 0 && isNameToken(this.tokens[i - 1]));
    return this.givenNameBeside(i - 1) || this.givenNameBeside(i + 1) || this.capitalPartBeside(i, -1) || this.capitalPartBeside(i, 1) || this.afterHonorific(i);
  }

  /** "Mr WANG told the press": right after an honorific ("Mr", "Dr."), a word in capitals is the family name alone. */
  private afterHonorific(i: number): boolean {
    const k = this.tokens[i - 1]?.text === '.' ? i - 2 : i - 1;
    return k >= 0 && this.tokens[k].capitalized && phraseAt(lexicon().honorificIndex, this.tokens, k) === k + 1;
  }

  private isCapitalWordAt(i: number): boolean {
    const token = this.tokens[i];
    // Most tokens are lower-case words: the case flag spares them the Unicode pattern.
    if (!token?.capitalized || !CAPITAL_FAMILY_NAME.test(token.text) || token.known) return false;
    return !lexicon().notNameWords.has(token.text[0] + token.lower.slice(1));
  }

  /** The word at `i + step` is another word in capitals, not a regnal number, with a given name beyond it. */
  private capitalPartBeside(i: number, step: number): boolean {
    const k = i + step;
    return this.isCapitalWordAt(k) && !ROMAN_NUMERAL.test(this.tokens[k].text) && this.givenNameBeside(k + step);
  }

  private givenNameBeside(k: number): boolean {
    const token = this.tokens[k];
    if (!token || !/\p{Ll}/u.test(token.text) || !isNameToken(token) || this.gazetteerAt(k) || this.titleAt(k)) return false;
    const { organizationHeads, nonActorHeads } = lexicon();
    return !organizationHeads.has(token.text) && !nonActorHeads.has(token.lower) && !PLURAL_ROLES.has(token.lower) && !PAIR_NOUNS.has(token.lower) && !MODIFIED_NOUNS.has(token.lower);
  }
}

/** A word in capitals with a vowel (family names have one, most acronyms do not), hyphenated parts too. */
const CAPITAL_FAMILY_NAME = /^(?=[^AEIOUY]*[AEIOUY])\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;
const ROMAN_NUMERAL = /^[IVXLC]+$/;

/** A person's name as `joinTokens` gives it; "SUZUKI Keisuke" is written "Suzuki Keisuke" (the entities stage keeps the written form as an alias). */
function personForm(text: string, scan: SentenceTokens, from: number, to: number): string {
  let form = joinTokens(text, scan.tokens, from, to);
  for (let k = from; k < to; k++) {
    const { text } = scan.tokens[k];
    if (scan.isCapitalFamilyNameAt(k)) form = form.replace(text, text.replace(/\p{Lu}+/gu, (part) => part[0] + part.slice(1).toLowerCase()));
  }
  return form;
}

type MentionFields = Pick<Mention, 'kind' | 'via' | 'form'> & Partial<Pick<Mention, 'country' | 'role' | 'knownId' | 'earlierRoles'>>;

/**
 * The mentions of a sentence found so far, each with its token range. A class rather than closures
 * made per sentence: tsx names every such closure as it is made, a measurable share of the stage.
 */
class SentenceMentions {
  readonly mentions: Mention[] = [];
  readonly ranges: TokenRange[] = [];

  constructor(
    private readonly tokens: Token[],
    private readonly sentence: Sentence,
    private readonly sentenceIndex: number,
  ) {}

  add(from: number, to: number, fields: MentionFields): void {
    const { tokens, sentence } = this;
    const start = tokens[from].start;
    this.mentions.push({
      documentId: sentence.documentId,
      start,
      end: tokens[to - 1].end,
      country: fields.country ?? null,
      role: fields.role ?? null,
      ...(fields.earlierRoles?.length ? { earlierRoles: fields.earlierRoles } : {}),
      modifier: false,
      locative: null,
      sentence: this.sentenceIndex,
      inQuote: inQuote(sentence, start),
      knownId: fields.knownId ?? null,
      affiliation: null,
      kind: fields.kind,
      via: fields.via,
      form: fields.form,
      // Unresolved: the entities stage ties each mention to an entity.
      entity: '',
    });
    this.ranges.push({ from, to });
  }
}

function inQuote(sentence: Sentence, at: number): boolean {
  for (const quote of sentence.quotes) if (at >= quote.start && at < quote.end) return true;
  return false;
}

export function scanSentence(text: string, sentence: Sentence, sentenceIndex: number, namesAllowed: boolean): Mention[] {
  const tokens = tokenize(text, sentence.start, sentence.end, openingWords());
  const scan = new SentenceTokens(tokens);
  const found = new SentenceMentions(tokens, sentence, sentenceIndex);
  const { regionIndex } = lexicon();
  let i = 0;
  const datelinePlace = upperCaseDatelinePlace(scan);
  if (datelinePlace) {
    found.add(0, datelinePlace.end, gazetteerFields(text, tokens, 0, datelinePlace));
    found.mentions[0].locative = 'place';
    i = datelinePlace.end;
  }
  const honorificNames = quotedHonorificNames(text, scan, sentence);
  while (i < tokens.length) {
    if (honorificNames.length > 0 && honorificNames.some((span) => tokens[i].start >= span.start && tokens[i].start < span.end)) {
      i++;
      continue;
    }
    const regionEnd = phraseAt(regionIndex, tokens, i);
    if (regionEnd) {
      i = regionEnd;
      continue;
    }
    const entry = scan.gazetteerAt(i);
    const apposedNameEnd = entry ? givenNamePlaceInApposition(scan, i, entry) : 0;
    if (apposedNameEnd) {
      found.add(i, apposedNameEnd, { kind: 'person', via: 'candidate', form: personForm(text, scan, i, apposedNameEnd) });
      i = apposedNameEnd;
      continue;
    }
    // "the United Nations Security Council": a longer name after the article wins over "the United Nations".
    if (entry && tokens[i].lower === 'the' && (scan.gazetteerAt(i + 1)?.end ?? 0) > entry.end) {
      i++;
      continue;
    }
    if (entry) {
      const body = nationalBodyAt(scan, entry);
      if (body) {
        found.add(i, body.end, { kind: 'organization', via: 'organization-head', form: joinTokens(text, tokens, i, body.end), country: body.country });
        i = body.end;
        continue;
      }
      found.add(i, entry.end, gazetteerFields(text, tokens, i, entry));
      i = entry.end;
      continue;
    }
    if (!namesAllowed) {
      i++;
      continue;
    }
    const title = scan.titleAt(i);
    if (title) {
      // "Cabinet Secretary for Foreign Affairs Musalia Mudavadi": the portfolio belongs to the title,
      // and so does a second role after it ("Minister of State for Foreign Affairs and Climate Envoy X").
      const portfolioStop = postedRoleEnd(scan, title, servedRoleEnd(scan, title, portfolioEnd(tokens, title)));
      const listed = title.role ? listedTitleAt(scan, Math.max(title.end, portfolioStop)) : null;
      const secondRole = listed ?? (portfolioStop > title.end && !givenNameTitleAt(tokens, portfolioStop) ? scan.titleAt(portfolioStop) : null);
      // "Minister of Foreign Affairs and Expatriates Dr. X": an honorific may stand between the portfolio and the name.
      const nameStart = rankEnd(scan, title, matchHonorifics(tokens, secondRole?.role ? portfolioEnd(tokens, secondRole) : portfolioStop));
      const nameEnd = matchNameRun(scan, nameStart, true);
      // "Deputy Foreign Minister for Economic Diplomacy of the Republic of Peru X": the body may follow the portfolio.
      // "HE European Commissioner for X Y": after a style alone, a word that is no given name right before a role qualifies the role.
      if (!title.role && lexicon().capitalStyles.has(tokens[i].text) && nameEnd === nameStart + 1 && givenNameGender(tokens[nameStart].text) === null && scan.titleAt(nameEnd)?.role) {
        i = nameEnd;
        continue;
      }
      if (nameEnd > nameStart && title.role && hallNamedByTitle(text, scan, i, title.role, nameEnd)) {
        i = nameEnd;
        continue;
      }
      const titledBody = nameEnd > nameStart ? null : (bodyAfterRole(text, scan, title, title.end) ?? (portfolioStop > title.end ? bodyAfterRole(text, scan, title, portfolioStop) : null));
      if (nameEnd > nameStart) {
        found.add(nameStart, nameEnd, { kind: 'person', via: title.role ? 'title' : 'honorific', form: personForm(text, scan, nameStart, nameEnd), role: title.role, earlierRoles: title.earlierRoles });
        i = nameEnd;
      } else if (titledBody) {
        // "President of the European Commission Ursula von der Leyen": the body qualifies the role, the name follows it.
        if (titledBody.fields) {
          found.add(titledBody.from, titledBody.to, titledBody.fields);
          found.mentions[found.mentions.length - 1].modifier = true;
        }
        found.add(titledBody.nameStart, titledBody.nameEnd, { kind: 'person', via: 'title', form: personForm(text, scan, titledBody.nameStart, titledBody.nameEnd), role: title.role, earlierRoles: title.earlierRoles });
        i = titledBody.nameEnd;
      } else {
        // "if he were prime minister": a bare role after a copula says what someone is, it names no holder.
        // The portfolio is part of the role ("Minister for Foreign Affairs and East African Cooperation, X"): no name in it, and a name apposed after it.
        // ", the Crown Prince and Prime Minister,": each role of the chain is the apposed name's.
        const roleEnd = Math.max(title.end, portfolioStop);
        if (title.role && !PREDICATIVE_OPENERS.has(tokens[title.roleStart - 1]?.lower)) found.add(title.roleStart, roleEnd, { kind: 'person', via: 'role', form: joinTokens(text, tokens, title.roleStart, roleEnd), role: title.role, earlierRoles: title.earlierRoles });
        i = Math.max(roleEnd, i + 1);
      }
      continue;
    }
    const governmentAt = tokens[i].lower === 'the' ? i + 1 : i;
    const namedGovernmentEnd = namedGovernmentEndAt(tokens, governmentAt);
    if (namedGovernmentEnd) {
      found.add(governmentAt, namedGovernmentEnd, { kind: 'organization', via: 'organization-head', form: joinTokens(text, tokens, governmentAt, namedGovernmentEnd) });
      i = namedGovernmentEnd;
      continue;
    }
    // "The Syrian Presidency denied": a government head right after its country is that country's (markContext joins them), no name.
    const headAfterCountry = tokens[i].capitalized && countryJustBefore(tokens, found.mentions, found.ranges, i) ? phraseAt(lexicon().governmentIndex, tokens, i) : 0;
    if (headAfterCountry) {
      i = headAfterCountry;
      continue;
    }
    const seatEnd = tokens[i].capitalized ? phraseAt(lexicon().governmentSeatIndex, tokens, i) : 0;
    if (seatEnd) {
      // "Government House said", "Mindef said": the seat or a ministry's acronym speaks for the country the article is about, as "the ministry" does.
      found.add(i, seatEnd, { kind: 'country', via: 'focal-government', form: joinTokens(text, tokens, i, seatEnd) });
      i = seatEnd;
      continue;
    }
    const organizationEnd = matchHeadFirstOrganizationRun(tokens, i) || matchOrganizationRun(tokens, i) || matchHeadForCauseRun(tokens, i);
    if (organizationEnd > i) {
      const form = joinTokens(text, tokens, i, organizationEnd);
      if (namesBroadcaster(tokens, i, organizationEnd)) {
        found.add(i, organizationEnd, outletFields(form));
      } else if (phraseAt(lexicon().governmentIndex, tokens, i) !== organizationEnd) {
        found.add(i, organizationEnd, { kind: 'organization', via: 'organization-head', form, country: countryOpeningBody(tokens, i, organizationEnd) });
      } else if (!countryJustBefore(tokens, found.mentions, found.ranges, i)) {
        // "The Foreign Ministry said": a government body stands for the country the article is about.
        found.add(i, organizationEnd, { kind: 'country', via: 'focal-government', form });
      }
      i = organizationEnd;
      continue;
    }
    const branchEnd = companyBranchEnd(scan, i);
    if (branchEnd) {
      found.add(i, branchEnd, { kind: 'organization', via: 'organization-head', form: joinTokens(text, tokens, i, branchEnd), country: scan.gazetteerAt(i + 1)!.entry.country });
      i = branchEnd;
      continue;
    }
    // "Prime Ministers X and Y": a plural role of two words before a list of names is none of them.
    if (tokens[i].capitalized && PLURAL_ROLE_SECOND_WORDS.has(tokens[i + 1]?.lower) && PLURAL_ROLES.has(`${tokens[i].lower} ${tokens[i + 1].lower}`)) {
      i += 2;
      continue;
    }
    // "The EFF accused …": an acronym no list knows, right after "the" and before a speech verb, is a body that speaks;
    // not one the text gave in brackets after a name ("the Department of Foreign Affairs (DFA)"), which is that body.
    // "the DFA said": a foreign ministry's acronym several countries share is an attribution, no body of its own.
    if (tokens[i - 1]?.lower === 'the' && ACRONYM.test(tokens[i].text) && !sharedMinistryAcronyms().has(tokens[i].text) && speechVerbAfter(text.slice(tokens[i].end, tokens[i].end + 40)) && text.lastIndexOf(`(${tokens[i].text})`, tokens[i].start) < 0) {
      found.add(i, i + 1, { kind: 'organization', via: 'organization-head', form: tokens[i].text });
      i++;
      continue;
    }
    // "Migrant rights NGO Aditus said": a body's type written in capitals is no family name; the word after it is the body.
    if (bodyTypeAcronyms().has(tokens[i].text) && namesParty(tokens, i + 1)) {
      i++;
      continue;
    }
    const partyEnd = partyNameRunEnd(tokens, i);
    if (partyEnd) {
      found.add(i, partyEnd, { kind: 'organization', via: 'organization-head', form: joinTokens(text, tokens, i, partyEnd) });
      i = partyEnd;
      continue;
    }
    if (namesParty(tokens, i)) {
      found.add(i, i + 1, { kind: 'organization', via: 'organization-head', form: tokens[i].text });
      i++;
      continue;
    }
    const nameEnd = matchNameRun(scan, i);
    // "the Union said": a lone head word of a body that acts, after "the", names the body told of before it (stage 06).
    if (nameEnd === i + 1 && tokens[i - 1]?.lower === 'the' && REFERRING_BODY_HEADS.has(tokens[i].text)) {
      found.add(i, i + 1, { kind: 'organization', via: 'body-reference', form: tokens[i].text });
      i++;
      continue;
    }
    // "the Prime Minister's Office said", "Presidency said": a lone head word names no one; "the Elysee", "the
    // Pacific", "the breakaway Sahel states": a name after an article (and its adjectives) is an
    // institution, a place or a region, never a person.
    // "Envoy on Investment and Economic Cooperation": a run of portfolio words is a field, not a name.
    // "the UN Charter": a lone agreement's head word after the body that names it is no one either, nor is a run closing on one
    // ("the Peoples' Trade Treaty": it names the agreement) or on a body's unit ("the President's Media Division").
    // "the Ministry of Foreign Affairs and European Integration": a run after a portfolio's "and", closed by a portfolio word, goes on with the portfolio.
    if ((nameEnd === i + 1 && (lexicon().organizationHeads.has(tokens[i].text) || NAMED_THING_HEADS.has(tokens[i].text) || loneGovernmentHeads().has(tokens[i].lower))) || (nameEnd > i && (NAMED_THING_HEADS.has(tokens[nameEnd - 1].text) || BODY_UNIT_NOUNS.has(tokens[nameEnd - 1].text) || afterArticle(tokens, i) || portfolioOnly(tokens, i, nameEnd) || portfolioGoesOnAt(tokens, i, nameEnd)))) {
      i = nameEnd > i ? nameEnd : i + 1;
      continue;
    }
    // "a Putin-Trump meeting", "Sino-Indian ties": two sides joined by a hyphen, not one person's name.
    if (nameEnd === i + 1 && PAIR_BEFORE_NOUN.test(tokens[i].text) && PAIR_NOUNS.has(tokens[i + 1]?.lower)) {
      i++;
      continue;
    }
    if (nameEnd > i + 1 && namesBroadcaster(tokens, i, nameEnd)) {
      found.add(i, nameEnd, outletFields(joinTokens(text, tokens, i, nameEnd)));
      i = nameEnd;
      continue;
    }
    if (nameEnd === i + 1 && partyNouns().has(tokens[i + 1]?.lower) && afterArticle(tokens, i)) {
      // "the ruling Hazam party said": the word before a party noun is the party's name.
      found.add(i, nameEnd, { kind: 'organization', via: 'organization-head', form: tokens[i].text });
      i = nameEnd;
      continue;
    }
    if (nameEnd > i && partyApposition().test(text.slice(tokens[nameEnd - 1].end, tokens[nameEnd - 1].end + 80))) {
      found.add(i, nameEnd, { kind: 'organization', via: 'organization-head', form: joinTokens(text, tokens, i, nameEnd) });
      i = nameEnd;
      continue;
    }
    const namedState = nameEnd === i + 1 ? stateNamedByTail(scan, i) : null;
    if (namedState) {
      found.add(i, nameEnd, { kind: 'country', via: 'name', form: tokens[i].text, country: namedState, knownId: namedState });
      i = nameEnd;
      continue;
    }
    if (nameEnd > i) {
      found.add(i, nameEnd, { kind: 'person', via: 'candidate', form: personForm(text, scan, i, nameEnd) });
      i = nameEnd;
      continue;
    }
    const lower = tokens[i].lower;
    const governmentEnd = lower === 'the' ? phraseAt(lexicon().governmentIndex, tokens, i + 1) : 0;
    if (governmentEnd && !isPossessive(tokens[governmentEnd])) {
      // "the ministry said": the government of the country the article is about.
      found.add(i, governmentEnd, { kind: 'country', via: 'focal-government', form: joinTokens(text, tokens, i, governmentEnd) });
      i = governmentEnd;
      continue;
    }
    if (lower === 'he' || lower === 'she') found.add(i, i + 1, { kind: 'person', via: 'pronoun', form: tokens[i].text });
    else if (lower === 'it') found.add(i, i + 1, { kind: 'organization', via: 'pronoun', form: tokens[i].text });
    i++;
  }
  markContext(scan, found.mentions, found.ranges);
  return found.mentions;
}

/**
 * 'the Salón "George Washington"', "the Palacio 'Mariscal Lima'": a name in quotation marks right after a
 * capitalised word of a place's name (neither a title nor a gazetteer name) is the honorific name of that hall,
 * not a speaker's words: no place or person is named in it ("Washington" is no United States). Not a nickname inside a name
 * ('Ferdinand "Bongbong" Marcos'), which a name goes on after.
 */
function quotedHonorificNames(text: string, scan: SentenceTokens, sentence: Sentence): { start: number; end: number }[] {
  if (sentence.quotes.length === 0) return [];
  const { tokens } = scan;
  return sentence.quotes.filter((quote) => {
    if (!QUOTED_NAME().test(text.slice(quote.start + 1, quote.end - 1))) return false;
    const before = tokens.findLastIndex((token) => token.end <= quote.start);
    const owner = tokens[before];
    if (!owner || before === 0 || !/^\s+$/.test(text.slice(owner.end, quote.start)) || !isCapitalized(owner) || !WORD_OF_LETTERS.test(owner.text)) return false;
    if (lexicon().notNameWords.has(owner.text) || scan.gazetteerAt(before) || scan.titleAt(before)) return false;
    const after = tokens.findIndex((token) => token.start >= quote.end);
    return after < 0 || !scan.isNameAt(after);
  });
}

/** Two to six capitalised words of a name, the small words inside names between them ("José Gervasio de Artigas"). */
const QUOTED_NAME = once(() => new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:${words.nameParticles.join('|')})\s+)?\p{Lu}[\p{L}.'’-]*){1,5}$`, 'u'));

/** The country or organization in "Role of [the] Body Name" or "Role for Country Name", when a name follows it. */
function bodyAfterRole(text: string, scan: SentenceTokens, title: Title, at: number): { from: number; to: number; nameStart: number; nameEnd: number; fields: MentionFields | null } | null {
  const { tokens } = scan;
  // "Special Coordinator for Lebanon X" as "President of the European Commission X".
  if (!title.role || (tokens[at]?.text !== 'of' && tokens[at]?.text !== 'for')) return null;
  // "Deputy Chairman of the Cabinet of Ministers X": the country's own executive body belongs to the title, as in the joint form;
  // not before a head word that makes it another body's name ("the Government Commission X").
  const executiveEnd = titleBodyEnd(tokens, at);
  if (executiveEnd && !scan.gazetteerAt(executiveEnd) && !lexicon().organizationHeads.has(tokens[executiveEnd]?.text ?? '') && !isPortfolioWord(tokens[executiveEnd])) {
    const executiveNameEnd = matchNameRun(scan, executiveEnd, true);
    if (executiveNameEnd > executiveEnd && matchOrganizationRun(tokens, executiveEnd) < executiveNameEnd) return { from: at, to: executiveEnd, nameStart: executiveEnd, nameEnd: executiveNameEnd, fields: null };
  }
  let from = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  // "Special Representative for the South Caucasus X": a part of the world, no actor, then the name.
  const regionEnd = tokens[at]?.text === 'for' ? titleRegionsEnd(tokens, from) : 0;
  if (regionEnd) {
    const regionNameEnd = matchNameRun(scan, regionEnd, true);
    // "Minister for Pacific Island Affairs, X": a run closed by a portfolio word is the role's field, not a name.
    if (isPortfolioWord(tokens[regionNameEnd - 1])) return null;
    return regionNameEnd >= regionEnd + 2 && !scan.gazetteerAt(regionEnd) ? { from, to: regionEnd, nameStart: regionEnd, nameEnd: regionNameEnd, fields: null } : null;
  }
  // "Minister of Foreign Affairs of the Republic of Turkiye X": a state's form the gazetteer does not hold, then its country.
  if (!scan.gazetteerAt(from)) from = stateFormCountryAt(scan, from);
  let entry = scan.gazetteerAt(from);
  let to = entry && entry.entry.kind !== 'media' ? entry.end : matchOrganizationRun(tokens, from);
  // "State Secretary of the Ministry of Foreign Affairs and European Integration of Peru X": a ministry and its portfolio.
  const ministry = !entry && to <= from ? phraseAt(lexicon().governmentIndex, tokens, from) : 0;
  if (ministry) to = portfolioEnd(tokens, { roleStart: from, end: ministry, role: 'ministry' });
  // "President of the National Assembly of Peru X": the body's country, then the name.
  const countryAt = !entry && to > from && tokens[to]?.text === 'of' ? (tokens[to + 1]?.lower === 'the' ? to + 2 : to + 1) : 0;
  const country = countryAt ? scan.gazetteerAt(countryAt) : null;
  if (country?.entry.kind === 'country') {
    from = countryAt;
    entry = country;
    to = country.end;
  } else if (ministry) return null;
  if (to <= from) return unknownBodyThenName(scan, from);
  if (scan.gazetteerAt(to)) return null;
  // "The spokesperson of the Kenyan Foreign Ministry X": the country's ministry or office, then the name.
  if (entry?.entry.kind === 'country') to = Math.max(to, matchOrganizationRun(tokens, to), phraseAt(lexicon().governmentIndex, tokens, to));
  // "the Peruvian Ministry of Foreign Affairs X": the ministry's portfolio is the body's too.
  const ministryEnd = phraseAt(lexicon().governmentIndex, tokens, to - 1);
  if (ministryEnd >= to) to = portfolioEnd(tokens, { roleStart: from, end: ministryEnd, role: 'ministry' });
  to = postingEnd(scan, to);
  // "President of the Republic of Türkiye H E Recep Tayyip Erdoğan": an honorific between body and name is neither.
  const honorific = scan.titleAt(to);
  // "Special Representative of the UN Secretary-General for Libya, X": a second role after the body is no name.
  if (honorific?.role) return null;
  const nameStart = honorific ? honorific.end : to;
  const nameEnd = matchNameRun(scan, nameStart, true);
  // "the head of the Chinese Communist Party's International Department": a run holding a head word is a body, not the name;
  // so is one holding a unit's noun ("the Director General of the Haitian National Police", "the Head of the EU Delegation").
  if (nameEnd <= nameStart || matchOrganizationRun(tokens, nameStart) >= nameEnd || holdsBodyWord(tokens, nameStart, nameEnd)) return null;
  const fields: MentionFields = entry ? gazetteerFields(text, tokens, from, entry) : { kind: 'organization', via: 'organization-head', form: joinTokens(text, tokens, from, to) };
  return { from, to, nameStart, nameEnd, fields };
}

/** "the Director General of the Haitian National Police, X", "the Head of the EU Delegation to Y, X": a unit's or a body's head word is never a person's name. */
function holdsBodyWord(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BODY_UNIT_NOUNS.has(tokens[k].text) || lexicon().organizationHeads.has(tokens[k].text)) return true;
  return false;
}

/** "ArcelorMittal", "PetroChina": two capitalised words of four letters or more written as one, as companies write their names. */
const CAMEL_CASE_NAME = /^\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}{3,}$/u;

/**
 * "ArcelorMittal Liberia said": a name written in camel case, then a country's own name, is a company's branch in that
 * country (as "Greenpeace Indonesia" is), not a person beside a country; its end, or 0. Alone, such a word may still be a
 * person's ("AbdulRahman").
 */
function companyBranchEnd(scan: SentenceTokens, i: number): number {
  const country = CAMEL_CASE_NAME.test(scan.tokens[i].text) ? scan.gazetteerAt(i + 1) : null;
  return country?.entry.kind === 'country' && country.entry.via === 'name' ? country.end : 0;
}

/**
 * "Government of National Unity", "Government of National Accord": a government named by what it stands for (up to two
 * capitalised words, the last one of roles.json governmentNameWords) is a body of its own, not the state; the end, or 0.
 */
function namedGovernmentEndAt(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== 'Government' || tokens[at + 1]?.text !== 'of') return 0;
  for (let end = at + 3; end <= at + 4; end++) {
    if (!tokens.slice(at + 2, end).every((token) => token.capitalized)) return 0;
    if (lexicon().governmentNameWords.has(tokens[end - 1].text)) return end;
  }
  return 0;
}

/** Past "Republic of", "Federal Republic of", "Kingdom of" at `from` to the country gazetteer name after it; else `from`. */
function stateFormCountryAt(scan: SentenceTokens, from: number): number {
  const { tokens } = scan;
  for (let k = from; k < from + 3 && tokens[k]?.capitalized; k++) {
    const formEnd = hostStateForms().match(tokens, k);
    if (formEnd) return tokens[formEnd]?.lower === 'of' && scan.gazetteerAt(formEnd + 1)?.entry.kind === 'country' ? formEnd + 1 : from;
  }
  return from;
}

/** "for the Middle East and North Africa X": parts of the world a role is for, one or two joined by "and" (the second may take "the"). */
function titleRegionsEnd(tokens: Token[], from: number): number {
  const first = phraseAt(lexicon().titleRegionIndex, tokens, from);
  if (!first || tokens[first]?.text !== 'and') return first;
  const secondFrom = tokens[first + 1]?.lower === 'the' ? first + 2 : first + 1;
  return phraseAt(lexicon().titleRegionIndex, tokens, secondFrom) || first;
}

/** "at the Ministry's ", "in the Palace's ": before a title, the possessive of a building's owner (triggers.json venueOwners). */
const venueOwnerBefore = once(() => new RegExp(`\\b(?:(?:in|at)\\s+)?the\\s+(?:${phrasePattern(lexicon().triggers.venueOwners)})['’]s\\s+$`, 'iu'));

/**
 * "received at the Ministry's General Diwan", "met at the General Secretariat": a title right after "at the", or a rank
 * (roles.json hallRanks) after a building owner's possessive, opens the name of a hall or office, not a person; so does any
 * title after "at" or "in" and that possessive. "the Ministry's Secretary-General X" and "at the President X's residence" stay persons.
 */
function hallNamedByTitle(text: string, scan: SentenceTokens, at: number, role: string, nameEnd: number): boolean {
  const { tokens } = scan;
  if (isPossessive(tokens[nameEnd])) return false;
  const before = text.slice(Math.max(0, tokens[at].start - 80), tokens[at].start);
  if (/\bat\s+the\s+$/i.test(before)) return true;
  const owner = venueOwnerBefore().exec(before);
  return !!owner && (/^(?:in|at)\s/i.test(owner[0]) || lexicon().hallRanks.has(role));
}

/**
 * "The ministry's spokesperson Ambassador X", "State Minister Ambassador X": a second role right before the name is the
 * holder's rank, no part of the name; the first role stays the person's.
 */
function rankEnd(scan: SentenceTokens, title: Title, at: number): number {
  const rank = title.role && !givenNameTitleAt(scan.tokens, at) ? scan.titleAt(at) : null;
  return rank?.role && rank.roleStart === at && matchNameRun(scan, rank.end, true) > rank.end ? rank.end : at;
}

/** "Senior Adviser to the President, X": past "to [the]" and the role a serving role's holder serves, which names no one. */
function servedRoleEnd(scan: SentenceTokens, title: Title, at: number): number {
  if (!lexicon().servingRoles.has(title.role ?? '') || scan.tokens[at]?.lower !== 'to') return at;
  const from = scan.tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  const served = scan.titleAt(from);
  return served?.role && served.roleStart === from ? portfolioEnd(scan.tokens, served) : at;
}

/**
 * "Chilean Ambassador to Peru X": past the country or body an envoy's title names as the posting, when a name follows
 * it; without one ("the ambassador to Peru said") the posting stays a mention of its own.
 */
function postedRoleEnd(scan: SentenceTokens, title: Title, at: number): number {
  if (!lexicon().postedRoles.has(title.role ?? '') || at !== title.end) return at;
  const posted = postingEnd(scan, at);
  return posted > at && matchNameRun(scan, posted, true) > posted ? posted : at;
}

/**
 * "Ambassador of Peru to [the] Philippines X": past the country or body an envoy is posted to, which is neither the body nor the name;
 * "Ambassador of Peru to the Kingdom X": or past the host state named by its form alone.
 */
function postingEnd(scan: SentenceTokens, at: number): number {
  const { tokens } = scan;
  if (tokens[at]?.lower !== 'to') return at;
  const from = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1;
  const posting = scan.gazetteerAt(from);
  if (posting && posting.entry.kind !== 'media') return posting.end;
  const hostForm = from === at + 2 && tokens[from]?.capitalized ? hostStateForms().match(tokens, from) : 0;
  return hostForm && tokens[hostForm]?.lower !== 'of' ? hostForm : at;
}

const hostStateForms = once(() => new PhraseIndex(words.hostStateForms));

/**
 * "the head of Unmik Anna Berg-Lund": a one-word body no list knows, then the name: two words, or three
 * opening with a given name the lists know (a longer run, or a three-word one without, may hold a longer body). The
 * body makes no actor: nothing says what it is.
 */
function unknownBodyThenName(scan: SentenceTokens, from: number): { from: number; to: number; nameStart: number; nameEnd: number; fields: null } | null {
  const { tokens } = scan;
  let runEnd = from;
  while (runEnd < from + 5 && scan.isNameAt(runEnd) && /^\p{Lu}[\p{L}-]+$/u.test(tokens[runEnd].text) && !scan.titleAt(runEnd) && !scan.gazetteerAt(runEnd)) runEnd++;
  const to = from + 1;
  const nameLength = runEnd - to;
  if (givenNameGender(tokens[from]?.text ?? '') !== null || nameLength < 2 || nameLength > 3 || (nameLength === 3 && givenNameGender(tokens[to].text) === null)) return null;
  // "Minister of Migrant Worker Protection, X": a run closed by a portfolio word is the role's field, not a body and a name.
  if (isPortfolioField(tokens[runEnd - 1])) return null;
  // "the head of Unisfa Police Division": a unit of the body, not a name.
  const { organizationHeads, placeAndBodyWords, notNameWords } = lexicon();
  for (let k = to; k < runEnd; k++) if (BODY_UNIT_NOUNS.has(tokens[k].text) || organizationHeads.has(tokens[k].text) || placeAndBodyWords.has(tokens[k].text) || notNameWords.has(tokens[k].text)) return null;
  return matchNameRun(scan, to, true) === runEnd ? { from, to, nameStart: to, nameEnd: runEnd, fields: null } : null;
}

/** A run after "<portfolio word> and" that a portfolio word closes ("Affairs and European Integration"): the portfolio's second field. */
function portfolioGoesOnAt(tokens: Token[], from: number, to: number): boolean {
  return tokens[from - 1]?.text === 'and' && isPortfolioField(tokens[from - 2]) && isPortfolioField(tokens[to - 1]);
}

/** Only portfolio words or role qualifiers ("Investment and Economic Cooperation", "Presidential" before "Adviser X"). */
function portfolioOnly(tokens: Token[], from: number, to: number): boolean {
  const { portfolioWords, roleQualifiers } = lexicon();
  for (let k = from; k < to; k++) if (!portfolioWords.has(tokens[k].text) && !roleQualifiers.has(tokens[k].lower)) return false;
  return true;
}

/** Where a name may start after a title: past "for|of" and a portfolio of capitalised words ("for Trade and Industry"), else at the title's end. */
function portfolioEnd(tokens: Token[], title: Title): number {
  const preposition = tokens[title.end]?.lower;
  const { portfolioWords } = lexicon();
  // "Minister for Foreign Affairs and East African Cooperation": a role that holds its portfolio goes on after "and";
  // "Minister of Foreign Affairs, Migration and Tunisians Abroad X": and after a comma that opens a list of fields.
  const holdsPortfolio = portfolioWords.has(tokens[title.end - 1]?.text ?? '');
  const list = preposition === ',' && holdsPortfolio && fieldListAfter(tokens, title.end + 1);
  const goesOn = (preposition === 'and' && holdsPortfolio) || list;
  // "Opposition Spokesman on Health and Wellness X": a spokesperson's or an envoy's field may follow "on".
  const fieldPreposition = preposition === 'for' || preposition === 'of' || (preposition === 'on' && lexicon().portfolioOnRoles.has(title.role ?? ''));
  if (!title.role || (!fieldPreposition && !goesOn)) return title.end;
  // "Government of National Unity of Libya": a government's name is its portfolio.
  const governmentName = (token: Token) => title.role === 'ministry' && lexicon().governmentNameWords.has(token.text);
  let j = title.end + 1;
  while (j < tokens.length) {
    // "Commissioner for Equality, Preparedness and Crisis Management X": a list of fields after the first one goes on after its comma.
    const fieldComma = tokens[j].text === ',' && (list ? !!tokens[j + 1]?.capitalized : j > title.end + 1 && fieldListAfter(tokens, j + 1));
    if (portfolioWords.has(tokens[j].text) || isPortfolioNoun(tokens[j]) || governmentName(tokens[j]) || fieldComma) {
      j++;
      continue;
    }
    // "Minister for International Development and the Pacific, X": a place closing the field before the apposed name.
    if (tokens[j].text === 'the' && tokens[j - 1].text === 'and' && tokens[j + 1]?.capitalized && tokens[j + 2]?.text === ',') {
      j += 2;
      break;
    }
    // "for Foreign Affairs and East African Cooperation", "for European and Euro-Atlantic Integration": other capitalised
    // words (and an "and" between them) belong to a field that a portfolio word closes.
    let k = j;
    while (k < tokens.length && k < j + 4 && ((tokens[k].capitalized && !portfolioWords.has(tokens[k].text) && !isPortfolioNoun(tokens[k])) || (k > j && tokens[k].text === 'and' && tokens[k + 1]?.capitalized))) k++;
    if (k === j || !isPortfolioField(tokens[k])) break;
    j = k + 1;
  }
  // A portfolio opens and closes on a capitalised word, not on "and".
  while (j > title.end + 1 && !tokens[j - 1].capitalized) j--;
  return j > title.end + 1 ? j : title.end;
}

/**
 * ", Migration and Tunisians Abroad X", ", Trade, Industry and Investment X", ", Pacific Cooperation and Kenyans
 * Abroad X": after a role's comma, fields (the first a portfolio word, or up to two capitalised words that one
 * closes) joined by commas and closed by "and", before any lower-case word.
 */
function fieldListAfter(tokens: Token[], from: number): boolean {
  const opening = [0, 1, 2].find((k) => isPortfolioField(tokens[from + k]) && tokens.slice(from, from + k).every((token) => token.capitalized && !isPortfolioField(token)));
  // ", European Union and Cooperation, X": one or two capitalised words, then "and" and a field closed by a comma.
  if (opening === undefined) return [1, 2].some((n) => tokens.slice(from, from + n).every((token) => token.capitalized) && tokens[from + n]?.text === 'and' && isPortfolioField(tokens[from + n + 1]) && tokens[from + n + 2]?.text === ',');
  for (let k = from + opening + 1; k < tokens.length && k < from + 8; k++) {
    if (tokens[k].text === 'and') return !!tokens[k + 1]?.capitalized;
    if (!tokens[k].capitalized && tokens[k].text !== ',') return false;
  }
  return false;
}

/** A word of a minister's field: a portfolio word ("Trade") or an abstract noun of one ("Enlargement"). */
function isPortfolioField(token: Token | undefined): boolean {
  return isPortfolioWord(token) || isPortfolioNoun(token);
}

/** "Enlargement", "Equality", "Governance": an abstract noun of a field, by its ending (roles.json portfolioEndings), that is no given name. */
function isPortfolioNoun(token: Token | undefined): boolean {
  return !!token?.capitalized && lexicon().portfolioNoun.test(token.text) && givenNameGender(token.text) === null;
}

/**
 * One body of one country, where a gazetteer match opens it: "Greenpeace Indonesia", "Amnesty International Kenya" (a body
 * with national branches, then a country's own name: that branch), or "the US Chamber of Commerce", "the Kenya Red Cross"
 * (a country's name or adjective, then a body every country has one of). Its end and country, or null.
 */
function nationalBodyAt(scan: SentenceTokens, match: GazetteerMatch): { end: number; country: string | null } | null {
  const { entry } = match;
  if (entry.kind === 'organization' && nationalBranchBodies().has(entry.id)) {
    const country = scan.gazetteerAt(match.end);
    return country?.entry.kind === 'country' && (country.entry.via === 'name' || country.entry.via === 'alias') ? { end: country.end, country: country.entry.country } : null;
  }
  if (entry.kind !== 'country') return null;
  // "Armenia's Security Council": after a country's possessive, a body named as an international one is the country's own.
  if (isPossessive(scan.tokens[match.end]) && isCapitalized(scan.tokens[match.end + 1])) {
    const end = possessedBodyNames().match(scan.tokens, match.end + 1);
    return end ? { end, country: entry.country } : null;
  }
  if (!isCapitalized(scan.tokens[match.end])) return null;
  const end = countryBodyNames().match(scan.tokens, match.end);
  return end ? { end, country: entry.country } : null;
}

const nationalBranchBodies = once(() => new Set(words.nationalBranchOrganizations));
const countryBodyNames = once(() => new PhraseIndex(words.countryBodyNames));
const possessedBodyNames = once(() => new PhraseIndex(words.possessedBodyNames));

// "X, the head of the party," is a person: the words before the noun qualify it, they are no phrase of their own.
// "X, Meloni's junior coalition partner,": a possessive stands for the article.
const partyApposition = once(() => new RegExp(`^,\\s+(?:the|a|an|his|her|its|their|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:(?!(?:of|the|for|in)\\s)[\\p{Ll}-]+\\s+){0,3}(?:${phrasePattern(words.partyAppositionNouns)})\\s*[,;.]`, 'u'));

/**
 * "The opposition Greens accused …", "the ruling PTI said", "the communist party Akel": one capitalised word after
 * "the" and a party's standing (words.json partyStandingWords), or after a party noun, is a party, not a person.
 */
function namesParty(tokens: Token[], i: number): boolean {
  const word = tokens[i];
  if (!isCapitalized(word) || isCapitalized(tokens[i + 1]) || isPossessive(word)) return false;
  if (partyStandingWords().has(tokens[i - 1]?.lower) && tokens[i - 2]?.lower === 'the') return true;
  return (partyNouns().has(tokens[i - 1]?.lower) && afterArticle(tokens, i - 1)) || bodyTypeAcronyms().has(tokens[i - 1]?.text);
}

const sharedMinistryAcronyms = once(() => new Set(words.sharedMinistryAcronyms));
const bodyTypeAcronyms = once(() => new Set(words.bodyTypeAcronyms));
/**
 * "the coalition Takku Wallu Sénégal", "the opposition party Les Démocrates": after "the" and a party noun, a run of two to
 * five capitalised words (a country's name among them) is the party's name; a title in the run opens a person's. The end, or 0.
 */
function partyNameRunEnd(tokens: Token[], i: number): number {
  if (!partyNouns().has(tokens[i - 1]?.lower) || !isCapitalized(tokens[i]) || !isCapitalized(tokens[i + 1]) || !afterArticle(tokens, i - 1)) return 0;
  let end = i;
  while (end < tokens.length && end - i < 5 && isCapitalized(tokens[end]) && WORD_OF_LETTERS.test(tokens[end].text) && !matchTitle(tokens, end)?.role) end++;
  return end - i >= 2 && !isCapitalized(tokens[end]) ? end : 0;
}

const partyStandingWords = once(() => new Set(words.partyStandingWords));
const partyNouns = once(() => new Set(words.partyAppositionNouns));

/** The mention a gazetteer match makes: a country, an organization, or an outlet (which is never an actor). */
function gazetteerFields(text: string, tokens: Token[], from: number, match: GazetteerMatch): MentionFields {
  const { entry } = match;
  return {
    kind: entry.kind === 'country' ? 'country' : 'organization',
    via: entry.kind === 'media' ? 'outlet' : entry.via,
    form: joinTokens(text, tokens, from, match.end),
    country: entry.country,
    knownId: entry.id,
  };
}

/** "Iraq's Foreign Ministry", "Kenyan Foreign Ministry": the country mention already names this government body. */
function countryJustBefore(tokens: Token[], found: Mention[], ranges: TokenRange[], i: number): boolean {
  const last = found[found.length - 1];
  const lastTo = ranges[ranges.length - 1]?.to;
  return !!last && last.kind === 'country' && (lastTo === i || (lastTo === i - 1 && isPossessive(tokens[i - 1])));
}

/** Whether a role of up to four words ends just before token `at` ("Ruler", "Vice President and Governor"). */
function roleEndsAt(scan: SentenceTokens, at: number): boolean {
  return roleEndingAt(scan, at) !== null;
}

/** The longest role of up to four words that ends just before token `at` ("prime minister", not "minister"), or null. */
function roleEndingAt(scan: SentenceTokens, at: number): string | null {
  for (let k = Math.max(0, at - 4); k < at; k++) {
    const title = scan.titleAt(k);
    if (title?.role && title.end === at) return title.role;
  }
  return null;
}

/**
 * "The Prime Minister of Lanka", "the Head of State of Leone": after a state leader's "of", the last word of one state's name
 * of several words (lexicon countryNameTails) names that state, as some home presses shorten their country's name; never a person.
 */
function stateNamedByTail(scan: SentenceTokens, i: number): string | null {
  const state = lexicon().countryNameTails.get(scan.tokens[i].text);
  if (!state || scan.tokens[i - 1]?.lower !== 'of') return null;
  const role = roleEndingAt(scan, i - 1);
  return role !== null && (lexicon().leaderRoles.has(role) || STATE_HEAD_ROLES.has(role)) ? state : null;
}

const STATE_HEAD_ROLES = new Set(['head of state', ...roles.headOfStateRoles]);

/** Possessive, adjectival and locative uses, and the affiliations that roles and "of X" give. */
function markContext(scan: SentenceTokens, found: Mention[], ranges: TokenRange[]): void {
  const { tokens } = scan;
  const placedBodies = new Set<number>();
  for (let n = 0; n < found.length; n++) {
    if (placedBodies.has(n)) continue;
    const mention = found[n];
    const { from, to } = ranges[n];
    const prev = tokens[from - 1];
    const next = tokens[to];
    if (mention.kind === 'person' && mention.via !== 'pronoun') {
      // "Consul General in Moyale, X": an unknown name after "in" is a place; a person there has a title or an honorific.
      // "Deputy Prime Minister and Ruler of Sharjah, met", "the Governor of Lagos": an unknown name after a role's "of" is where the role is held.
      if (mention.via === 'candidate' && !isPossessive(next) && (prev?.lower === 'in' || (prev?.lower === 'of' && roleEndsAt(scan, from - 1)))) {
        mention.locative = 'place';
        continue;
      }
      // "Mr Prabowo's predecessor, Joko Widodo", "Putin's top aide": the role is someone else's.
      if (isPossessive(next) && scan.titleAt(to + 1)?.role) mention.modifier = true;
      attachAffiliation(scan, found, ranges, n);
      continue;
    }
    if (mention.via === 'pronoun' || mention.via === 'outlet') continue;
    // "Orange Democratic Movement (ODM) leader X", "the ODM (Kenya) presidential candidate, X": the body's acronym in
    // brackets, then the person's title.
    // "Patriotic Front of Zambia (PF) leader X": the country of the body's name too.
    if (mention.kind === 'organization') {
      const ofPlace = next?.lower === 'of' && found[n + 1] && ranges[n + 1].from === to + 1 ? n + 1 : -1;
      if (acronymThenTitle(scan, to) || (ofPlace > 0 && acronymThenTitle(scan, ranges[ofPlace].to))) {
        mention.modifier = true;
        if (ofPlace > 0) found[ofPlace].modifier = true;
        continue;
      }
      // "US Army Europe commander General X": the body and its branch's name open the title of the person after it.
      // "The Chairman of the Sovereign Council, Commander of the Armed Forces, General X,": the body of a title apposed to X.
      if (bodyOpensTitle(scan, found, ranges, n) || bodyOfAppositeTitle(scan, found, ranges, n)) {
        mention.modifier = true;
        continue;
      }
    }
    const afterPossessive = isPossessive(next) ? to + 1 : to;
    // "Kenyan Cabinet Secretary X": the head word opens the person's title, not a government body.
    const bodyHead = scan.titleAt(afterPossessive)?.role ? 0 : phraseAt(lexicon().governmentIndex, tokens, afterPossessive);
    const sideHead = bodyHead ? 0 : demonymSideEnd(mention, tokens, to);
    // "Jamaica's Ministry of Foreign Affairs and Foreign Trade said": a second portfolio after "and" is the foreign
    // ministry's too; "Iraq's Ministry of Oil" stays a ministry of its own, not the country.
    const portfolioGoesOn = bodyHead > 0 && tokens[bodyHead]?.lower === 'and';
    const governmentHead = portfolioGoesOn ? portfolioEnd(tokens, { roleStart: afterPossessive, end: bodyHead, role: 'ministry' }) : bodyHead || sideHead;
    if (governmentHead) {
      // "the Afghan side" stands for its country here, but is no government body a later "the government" could mean.
      mention.via = sideHead ? 'side' : 'government';
      mention.end = tokens[governmentHead - 1].end;
      // Its tokens now run to the head: "Chinese Foreign Ministry spokesperson X" has no gap before the title.
      ranges[n] = { from, to: governmentHead };
      // "Somalia's government spokesman, X,": the body names whose spokesman; the person is the subject.
      if (scan.titleAt(governmentHead)?.role) mention.modifier = true;
      continue;
    }
    if (mention.via === 'demonym' || isPossessive(next)) {
      mention.modifier = true;
      continue;
    }
    if (next && (scan.titleAt(to) || MODIFIED_NOUNS.has(next.lower) || titleAfterLowerWords(scan, to) || titleAfterPortfolio(scan, to) || titleNounAfter(tokens, to))) mention.modifier = true;
    // "the Chief of the (French) Defence Staff, General X": the body of a person's role, past a demonym.
    const demonymBefore = n > 0 && found[n - 1].via === 'demonym' && ranges[n - 1].to === from;
    const phraseStart = demonymBefore ? ranges[n - 1].from : from;
    const ofAt = tokens[phraseStart - 1]?.lower === 'the' ? phraseStart - 2 : phraseStart - 1;
    if (tokens[ofAt]?.lower === 'of') {
      const ownerIndex = demonymBefore ? n - 2 : n - 1;
      const owner = found[ownerIndex];
      if (owner && ranges[ownerIndex].to === ofAt && owner.kind === 'person') mention.modifier = true;
    }
    // "New Delhi, Feb 28 (PTI) President X...": the dateline's place opens the sentence but is no actor.
    // "Addis Abeba – Prime Minister X held talks": a place opening the sentence before a dash is its dateline.
    if (from === 0 && (opensDateline(tokens, to) || (mention.kind === 'country' && DATELINE_CLOSE.test(tokens[to]?.text ?? '')))) mention.locative = 'place';
    // "SUVA, Fiji — X held talks", "ALMATY, Kazakhstan (Reuters) -": the country after an upper-case dateline place.
    if (afterUpperCasePlace(tokens, from) && (tokens[to]?.text === '(' || DATELINE_CLOSE.test(tokens[to]?.text ?? ''))) mention.locative = 'place';
    const capitalsBody = capitalsGovernmentBody(tokens, found, ranges, n);
    if (capitalsBody >= 0) {
      // "The Foreign Ministry in Sofia said", "In Algiers, the foreign ministry said": the capital's own government, not the focal one.
      found[capitalsBody] = { ...found[capitalsBody], via: 'government', knownId: mention.knownId, country: mention.knownId };
      // Fronted, the body comes next: it is the sentence's subject, not a second place in a list after "In".
      placedBodies.add(capitalsBody);
    }
    if (speaksForCapital(mention, tokens, from, to) && !(n > 0 && ranges[n - 1].to >= from - 2)) {
      // Its tokens now open at the group, as "Malian officials" does.
      mention.via = 'government';
      mention.start = tokens[from - 2].start;
      ranges[n] = { from: from - 2, to };
      continue;
    }
    // "a diplomat at the Elysee said": the seat is who speaks (stage 08), not where the official is.
    if (officialAtSeat(mention, tokens, from, to)) continue;
    if (!prev) continue;
    const listed = placeListBefore(found, ranges, n, prev.lower);
    if ((PLACE_PREPOSITIONS.has(prev.lower) && !rulersIn(tokens, from)) || listed === 'place') mention.locative = 'place';
    else if (MOTION_WORDS.has(prev.lower) || listed === 'motion') mention.locative = 'motion';
  }
}

/**
 * The index of the bare government body that capital mention `n` places ("The Foreign Ministry in Sofia", or fronted:
 * "In Algiers, the foreign ministry"), or -1; an embassy in a capital is another country's (words.json bodiesAbroad).
 */
function capitalsGovernmentBody(tokens: Token[], found: Mention[], ranges: TokenRange[], n: number): number {
  const { from, to } = ranges[n];
  if (found[n].via !== 'capital' || tokens[from - 1]?.lower !== 'in') return -1;
  // Not a seat ("at State House in Nairobi" is where) nor a body named as a place ("talks at the ministry in Lima").
  const isBody = (k: number) => found[k]?.via === 'focal-government' && !found[k].locative && GOVERNMENT_BODY.test(found[k].form) && !bodyAbroadAtEnd().test(found[k].form);
  if (n > 0 && ranges[n - 1].to === from - 1 && isBody(n - 1)) return n - 1;
  const frontedBody = from === 1 && tokens[to]?.text === ',' && ranges[n + 1]?.from === to + 1 && isBody(n + 1);
  return frontedBody ? n + 1 : -1;
}

/** "officials in Dushanbe said": the capital after a speaking group's "in" is its country's government, not where they are; not "Western officials in Bamako" (nor "US officials in Hanoi", whose owner is a mention). */
function speaksForCapital(mention: Mention, tokens: Token[], from: number, to: number): boolean {
  // Only as the speaker: "officials in Kathmandu had hoped", "urged the authorities in Niamey" are people there.
  if (mention.via !== 'capital' || !SAYING_VERBS.has(tokens[to]?.lower) || tokens[from - 1]?.lower !== 'in' || !CAPITAL_GROUPS.has(tokens[from - 2]?.lower)) return false;
  const before = tokens[from - 3];
  // A capitalised word before the group is its owner ("Nato officials"), unless it only opens the sentence ("Senior officials").
  return !before || (!FOREIGN_GROUP_MODIFIERS.has(before.lower) && !(before.capitalized && (from > 3 || !before.known)));
}

/** "a diplomat at the Elysee said": an unnamed official ("a"/"an", words.json seatOfficials) at a seat of power that speaks. */
function officialAtSeat(mention: Mention, tokens: Token[], from: number, to: number): boolean {
  if (mention.via !== 'alias' || !SAYING_VERBS.has(tokens[to]?.lower)) return false;
  const at = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  const article = tokens[at - 2]?.lower;
  return (tokens[at]?.lower === 'at' || tokens[at]?.lower === 'in') && SEAT_OFFICIALS.has(tokens[at - 1]?.lower) && (article === 'a' || article === 'an');
}

/** "the Afghan side said", "the Indian side took note": a demonym's side in talks is its government; not "the Lebanese side of the border". */
function demonymSideEnd(mention: Mention, tokens: Token[], to: number): number {
  return mention.via === 'demonym' && DEMONYM_SIDE_HEADS.has(tokens[to]?.lower) && tokens[to + 1]?.lower !== 'of' ? to + 1 : 0;
}

/** A titled person whose title opens right after organization mention `n`, past up to two capitalised words ("Europe"). */
function bodyOpensTitle(scan: SentenceTokens, found: Mention[], ranges: TokenRange[], n: number): boolean {
  const person = found.slice(n + 1).findIndex((m) => m.kind === 'person' && m.via === 'title');
  if (person < 0) return false;
  const { from } = ranges[n + 1 + person];
  const titleStart = findTitleStart(scan, from);
  const to = ranges[n].to;
  return titleStart < from && titleStart >= to && titleStart - to <= 2 && scan.tokens.slice(to, titleStart).every((token) => token.capitalized);
}

/**
 * "The Chairman of the Sovereign Council, Commander of the Armed Forces, General X": organization mention `n` after a role's
 * "of (the)" and a comma, then the named person whom the title describes, or another such body on the way to them.
 */
function bodyOfAppositeTitle(scan: SentenceTokens, found: Mention[], ranges: TokenRange[], n: number): boolean {
  const { tokens } = scan;
  const { from, to } = ranges[n];
  const ofAt = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  if (tokens[ofAt]?.lower !== 'of' || tokens[to]?.text !== ',' || !(roleEndsAt(scan, ofAt) || lexicon().titleListNouns.has(tokens[ofAt - 1]?.text ?? ''))) return false;
  const next = found[n + 1];
  if (!next) return false;
  if (next.kind === 'organization') return bodyOfAppositeTitle(scan, found, ranges, n + 1);
  if (next.kind !== 'person' || next.via === 'pronoun' || next.via === 'role') return false;
  const nameFrom = ranges[n + 1].from;
  return nameFrom === to + 1 || findTitleStart(scan, nameFrom) <= to + 1;
}

/** "(ODM) leader X", "(NUP) presidential candidate, X": a body's acronym in brackets at token `k`, then a person's title. */
function acronymThenTitle(scan: SentenceTokens, k: number): boolean {
  const { tokens } = scan;
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')' || !/^\p{Lu}{2,8}$/u.test(tokens[k + 1]?.text ?? '')) return false;
  return !!scan.titleAt(k + 3)?.role || titleAfterLowerWords(scan, k + 3);
}

const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/**
 * The one-word speech verbs (triggers.json statementVerbs) and summons verbs ("the ministry summoned the ambassador": the
 * envoy holds no office of the body's), looked up per token.
 */
const speechWords = once(() => new Set([...Object.keys(lexicon().triggers.statementVerbs), ...lexicon().triggers.protestSummons.verbs].filter((verb) => !verb.includes(' '))));

/** "EU foreign policy chief X", "UN humanitarian envoy X": up to three lower-case words, then a role, so the body is the title's. */
function titleAfterLowerWords(scan: SentenceTokens, to: number): boolean {
  const { tokens } = scan;
  let spoken = false;
  for (let k = to; k < to + 3 && k < tokens.length && LOWER_CASE_WORD.test(tokens[k].text); k++) {
    spoken ||= speechWords().has(tokens[k].lower);
    // "The ministry said the ambassador's remarks …": past a speech verb, a title in lower case is what the body said of
    // someone, not its own office ("the ministry also said Minister X received Y" stays a readout of X's talks).
    if (scan.titleAt(k + 1)?.role) return !spoken || !LOWER_CASE_WORD.test(tokens[k + 1].text);
  }
  return false;
}

/** "U.S. Trade Representative X", "Kenyan Foreign Affairs Cabinet Secretary X": up to three portfolio words, then a role. */
function titleAfterPortfolio(scan: SentenceTokens, to: number): boolean {
  const { tokens } = scan;
  for (let k = to; k < to + 3 && isPortfolioWord(tokens[k]); k++) {
    if (scan.titleAt(k + 1)?.role) return true;
  }
  return false;
}

/** Whether the sentence opens with an upper-case place ("SUVA", "SAN JOSÉ") and a comma just before token `from`. */
function afterUpperCasePlace(tokens: Token[], from: number): boolean {
  if (from < 2 || from > 4 || tokens[from - 1].text !== ',') return false;
  for (let k = 0; k < from - 1; k++) if (!/^\p{Lu}{2,}$/u.test(tokens[k].text)) return false;
  return true;
}

const DATELINE_CLOSE = /^(?:[-—–]+|:)$/;

/**
 * "NAIROBI, March 3 (KNA) -", "DAR ES SALAAM (Reuters) -", "SUVA, Fiji —": a dateline's place in capitals, which the
 * gazetteer knows only as it is written in a sentence. Read so only before a day, an agency, a dash or a country's name.
 */
function upperCaseDatelinePlace(scan: SentenceTokens): GazetteerMatch | null {
  const { tokens } = scan;
  let end = 0;
  while (end < 4 && UPPER_CASE_WORD.test(tokens[end]?.text ?? '')) end++;
  if (end === 0 || scan.gazetteerAt(0) || !(opensDateline(tokens, end) || DATELINE_CLOSE.test(tokens[end]?.text ?? '') || (tokens[end]?.text === ',' && scan.gazetteerAt(end + 1)?.entry.kind === 'country'))) return null;
  const written = tokens.slice(0, end).map((token) => ({ ...token, text: token.text[0] + token.lower.slice(1) }));
  const match = longestGazetteerKey(written, 0);
  return match?.end === end && match.entry.kind === 'country' ? match : null;
}

const UPPER_CASE_WORD = /^\p{Lu}{2,}$/u;

/** After a sentence's first name: ", Feb 28 (", ", March 4, 2025 -", ", 30th October", ", Friday 20 November", ", 21.11.2026", " (Reuters)", a dateline's day or agency. */
function opensDateline(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text === '(') return true;
  if (tokens[to]?.text !== ',') return false;
  // "MANAMA, Friday 20 November 2026", "Athens, Friday, November 20": a weekday before the day or its month.
  if (WEEKDAY.test(tokens[to + 1]?.text ?? '')) return tokens[to + 2]?.text === ',' ? opensDateline(tokens, to + 2) : dayBeforeMonth(tokens, to + 2);
  if (dayBeforeMonth(tokens, to + 1) || dottedDay(tokens, to + 1)) return true;
  const next = tokens[to + 1];
  // "Accra, Sept. 16, GNA -": the month's abbreviation keeps its period.
  const day = tokens[to + 2]?.text === '.' ? tokens[to + 3] : tokens[to + 2];
  return !!next && DATELINE_MONTH.test(next.text) && /^\d/.test(day?.text ?? '');
}

/** "21.11.2026": a day in digits with dots, as agencies in Europe and Central Asia date their datelines. */
function dottedDay(tokens: Token[], at: number): boolean {
  const [day, dot, month, secondDot, year] = tokens.slice(at, at + 5).map((token) => token.text);
  return /^\d{1,2}$/.test(day ?? '') && dot === '.' && /^\d{1,2}$/.test(month ?? '') && secondDot === '.' && /^\d{4}$/.test(year ?? '');
}

/** "20 November", "30th October": a day's number, then its month. */
function dayBeforeMonth(tokens: Token[], at: number): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[at]?.text ?? '') && DATELINE_MONTH.test(tokens[at + 1]?.text ?? '');
}

/** "the military juntas in Mali", "the authorities in Chad": those who rule a country, named by where they rule, are its state. */
function rulersIn(tokens: Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'in' && RULERS_BEFORE_IN.has(tokens[from - 2]?.lower ?? '');
}

const RULERS_BEFORE_IN = new Set(words.rulersBeforeIn);

/**
 * "in Yemen, Lebanon and Syria", "travel to Pristina and Belgrade": a name joined by a comma, "and"
 * or "or" to a place just before it is that kind of place too.
 */
function placeListBefore(found: Mention[], ranges: TokenRange[], n: number, joiner: string): Mention['locative'] {
  if ((joiner !== ',' && joiner !== 'and' && joiner !== 'or') || n === 0 || ranges[n - 1].to !== ranges[n].from - 1) return null;
  return found[n - 1].locative;
}

/** "the Prime Minister of Jordan, X": a name apposed to a role of a country holds that role, so is that country's. */
function namedAfterRoleOfCountry(tokens: Token[], found: Mention[], ranges: TokenRange[], n: number): boolean {
  const [role, country] = [found[n - 2], found[n - 1]];
  const { via } = found[n];
  if ((via !== 'candidate' && via !== 'honorific') || !role || role.via !== 'role' || country.kind !== 'country' || !country.modifier) return false;
  // Only an honorific ("Dr.") may stand between the comma and the name.
  const apposed = tokens[ranges[n - 1].to]?.text === ',' && tokens.slice(ranges[n - 1].to + 1, ranges[n].from).every((t) => !/^\p{Ll}/u.test(t.text));
  return apposed && role.country === country.country && tokens[ranges[n - 2].to]?.lower === 'of';
}

/** A titled person's country comes from the gazetteer word before the title or "of X" after the name. */
function attachAffiliation(scan: SentenceTokens, found: Mention[], ranges: TokenRange[], n: number): void {
  const { tokens } = scan;
  const mention = found[n];
  const { from, to } = ranges[n];
  const before = found[n - 1];
  const owner = remitOwner(scan, found, ranges, n);
  if (owner) {
    mention.affiliation = owner.knownId ?? owner.form;
    mention.country ??= owner.country;
    return;
  }
  // "Uruguay's Luis Lacalle Pou": a name right after a possessive is affiliated as a title would make it.
  const possessed = mention.via === 'candidate' && !!before && from === ranges[n - 1].to + 1 && isPossessive(tokens[from - 1]);
  // "Special Envoy for Sudan X": the brief, not the envoy's country.
  const brief = !!before && tokens[ranges[n - 1].from - 1]?.lower === 'for';
  if (before && before.kind !== 'person' && !brief && (mention.via === 'title' || mention.via === 'role' || possessed)) {
    const titleStart = possessed ? from : findTitleStart(scan, from);
    if (!hasWordBetween(tokens, ranges[n - 1].to, titleStart) || possessiveThenLowerWords(tokens, ranges[n - 1].to, titleStart)) {
      mention.affiliation = before.knownId ?? before.form;
      mention.country ??= before.country;
    }
  }
  if (namedAfterRoleOfCountry(tokens, found, ranges, n)) mention.affiliation = before.knownId ?? before.form;
  // "Ambassador of the Kingdom of Norway": the country after a state's long form (itself no actor) is the body.
  const of = tokens[to]?.text === 'of' ? [n + 2, n + 1].find((k) => found[k] && found[k].kind !== 'person' && ofBeforeStateForm(tokens, ranges[k].from) === to) : undefined;
  if (of !== undefined) {
    mention.affiliation ??= found[of].knownId ?? found[of].form;
    mention.country ??= found[of].country;
  }
}

/**
 * "Ambassador of the Kingdom of Norway to Kenya X", "India's special representative for Nepal X": a
 * role's remit ("to Y", "for Y") closes right before the name, and the country or body the role is of, or whose
 * role it is, comes before that remit: it is the person's own, the remit only where the role is exercised.
 */
function remitOwner(scan: SentenceTokens, found: Mention[], ranges: TokenRange[], n: number): Mention | null {
  const { tokens } = scan;
  const [owner, remit] = [found[n - 2], found[n - 1]];
  if (!owner || !remit || owner.kind === 'person' || remit.kind === 'person' || ranges[n - 1].to !== ranges[n].from) return null;
  const remitWord = ranges[n - 1].from - 1;
  if (!REMIT_WORDS.has(tokens[remitWord]?.lower ?? '')) return null;
  const { from, to } = ranges[n - 2];
  // "India's special representative for": the owner's possessive, then a role reaching the remit.
  if (isPossessive(tokens[to])) return titleSpans(scan, to + 1, remitWord) ? owner : null;
  // "Ambassador of [the Kingdom of] Norway to": a role, "of", the owner's state form, then the owner.
  return to === remitWord && titleEndsAt(scan, ofBeforeStateForm(tokens, from)) ? owner : null;
}

const REMIT_WORDS = new Set(['to', 'for']);

/** Where "of [the [Kingdom|People's Republic|…] of]" starts before a country name at `from`, or -1. */
function ofBeforeStateForm(tokens: Token[], from: number): number {
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower !== 'of') return -1;
  // "of the Kingdom of", "of the People's Republic of": up to four capitalised words (or a possessive) after "the".
  let j = k - 1;
  while (j > k - 5 && (tokens[j]?.capitalized || isPossessive(tokens[j]))) j--;
  return j < k - 1 && tokens[j]?.lower === 'the' && tokens[j - 1]?.lower === 'of' ? j - 1 : k;
}

/** Whether a role's title, with its portfolio, ends just before token `at`. */
function titleEndsAt(scan: SentenceTokens, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 8; j--) {
    const title = scan.titleAt(j);
    if (title?.role && (title.end === at || portfolioEnd(scan.tokens, title) === at)) return true;
  }
  return false;
}

/** Whether a role's title starts at `from` (past up to three lower-case words: "special", "top") and ends at `to`. */
function titleSpans(scan: SentenceTokens, from: number, to: number): boolean {
  for (let j = from; j < from + 4 && j < to; j++) {
    const title = scan.titleAt(j);
    if (title?.role) return title.end === to;
    if (!LOWER_CASE_WORD.test(scan.tokens[j].text)) return false;
  }
  return false;
}

/**
 * "Minister of State for Foreign Affairs, Cabinet Member and Climate Envoy X": after a role's comma (`at`), segments
 * closed by a title noun that is no role alone ("Cabinet Member") or roles, joined by commas and closed by "and" and a
 * role that a name follows. The list is one person's title, not a list of people; the closing role is returned. At
 * least one segment must be such a noun's: a list of roles alone is left to the appositive readings.
 */
function listedTitleAt(scan: SentenceTokens, at: number): Title | null {
  const { tokens } = scan;
  if (tokens[at]?.text !== ',') return null;
  let k = at + 1;
  let nounSegments = 0;
  for (let items = 0; items < 4; items++) {
    let segmentEnd = k;
    while (segmentEnd < k + 3 && !scan.titleAt(segmentEnd)?.role && isTitleSegmentWord(scan, segmentEnd)) segmentEnd++;
    // "and Climate Envoy X": words before a role are its field.
    const title = scan.titleAt(segmentEnd);
    if (title?.role) {
      const end = portfolioEnd(tokens, title);
      if (tokens[k - 1].text === 'and' && nounSegments > 0) return matchNameRun(scan, end, true) > end ? { ...title, roleStart: k } : null;
      k = end;
    } else {
      if (segmentEnd === k || !lexicon().titleListNouns.has(tokens[segmentEnd - 1].text)) return null;
      nounSegments++;
      k = segmentEnd;
    }
    if (tokens[k]?.text !== ',' && tokens[k]?.text !== 'and') return null;
    k++;
  }
  return null;
}

/**
 * "X, Supreme Council Member and Ruler of Y, met": a title noun that is no role alone (roles.json titleListNouns) after a body
 * makes the body part of a title; "EU Member States", a capitalised word after the noun, names something else.
 */
function titleNounAfter(tokens: Token[], at: number): boolean {
  return lexicon().titleListNouns.has(tokens[at]?.text ?? '') && !tokens[at + 1]?.capitalized;
}

/** A capitalised word of a title segment ("Cabinet", "Member"): no given name, no gazetteer name. */
function isTitleSegmentWord(scan: SentenceTokens, k: number): boolean {
  const token = scan.tokens[k];
  return !!token?.capitalized && /^\p{L}+$/u.test(token.text) && givenNameGender(token.text) === null && !scan.gazetteerAt(k) && !lexicon().notNameWords.has(token.text);
}

/**
 * "The EU's foreign policy chief": a possessive at `from`, then up to three lower-case words up to `to`, as in `titleAfterLowerWords`;
 * "after Armenia's election that the minister": not past a word that closes what the possessive owns.
 */
function possessiveThenLowerWords(tokens: Token[], from: number, to: number): boolean {
  if (!isPossessive(tokens[from]) || to - from - 1 > 3) return false;
  for (let k = from + 1; k < to; k++) if (!LOWER_CASE_WORD.test(tokens[k].text) || POSSESSED_PHRASE_BREAKERS.has(tokens[k].text)) return false;
  return true;
}

const POSSESSED_PHRASE_BREAKERS = new Set(words.possessedPhraseBreakers);

/** Whether tokens `from` to `to` (exclusive) hold anything but a possessive 's. */
function hasWordBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isPossessive(tokens[k])) return true;
  return false;
}

function findTitleStart(scan: SentenceTokens, nameStart: number): number {
  let start = nameStart;
  // A title reaches the name, or the next title before it: "Minister of State for Foreign Affairs and Climate Envoy X";
  // so does a list of titles ending in it: "Minister of State, Cabinet Member and Climate Envoy X".
  for (let back = 1; back <= 16 && nameStart - back >= 0; back++) {
    const title = scan.titleAt(nameStart - back);
    if (!title) continue;
    const stop = postedRoleEnd(scan, title, portfolioEnd(scan.tokens, title));
    // "Deputy Chairman of the Cabinet of Ministers X": so does a role through the country's own executive body.
    if (title.end >= start - 1 || stop >= start || (title.role && (listedTitleAt(scan, Math.max(title.end, stop))?.roleStart === start || titleBodyEnd(scan.tokens, title.end) === start))) start = nameStart - back;
  }
  // "U.S. Trade Representative X": capitalised portfolio words open the title; so do qualifiers ("Brazilian presidential adviser X").
  while (start > 0 && start < nameStart && (isPortfolioWord(scan.tokens[start - 1]) || lexicon().roleQualifiers.has(scan.tokens[start - 1].lower))) start--;
  return start;
}

/** A capitalised word of a minister's field ("Trade", "Foreign", "Affairs"). */
function isPortfolioWord(token: Token | undefined): boolean {
  return !!token?.capitalized && lexicon().portfolioWords.has(token.text);
}

/** The longest gazetteer key at token `i`, before `matchGazetteer` asks whether it is a mention of its own. */
function longestGazetteerKey(tokens: Token[], i: number): GazetteerMatch | null {
  if (!tokens[i]?.known) return null;
  let node = lexicon().gazetteer;
  let longest: GazetteerMatch | null = null;
  // Keys grow a word at a time while they still begin some gazetteer key; the longest found wins.
  for (let end = i; end < tokens.length; end++) {
    const next = node.next.get(tokens[end].lower);
    if (!next) break;
    node = next;
    const entry = node.exact?.get(surfaceForm(tokens, i, end + 1)) ?? node.folded;
    if (entry) longest = { end: end + 1, entry };
  }
  return longest;
}

/**
 * "Sudanese Armed Forces", "Chinese People's Liberation Army": a body whose name opens with a country
 * or its demonym is that country's, unless a place word follows it ("Indian Ocean Rim Association").
 */
function countryOpeningBody(tokens: Token[], i: number, end: number): string | null {
  const opening = longestGazetteerKey(tokens, i);
  if (opening?.entry.kind !== 'country' || opening.end >= end) return null;
  // "Australian High Commission": a mission abroad is its country's, whatever word opens its head.
  if (lexicon().placeAndBodyWords.has(tokens[opening.end].text) && !bodyAbroadAtEnd().test(tokens.slice(opening.end, end).map((token) => token.text).join(' '))) return null;
  return opening.entry.country;
}

function matchGazetteer(tokens: Token[], i: number): GazetteerMatch | null {
  const longest = longestGazetteerKey(tokens, i);
  // A gazetteer word inside a longer capitalised name ("Supreme National Security Council") is not
  // itself a mention; before a title that opens with a head word ("Kenyan Cabinet Secretary X") it is.
  // "the Sri Lankan Government", "the Turkish Embassy": a country's government body, as in lower case, not a body's name.
  // "the Pacific Islands Forum Secretariat", "the ECOWAS Commission": a known body's own office is that body ("the UN Commission on …" is another).
  if (longest?.entry.kind === 'organization' && BODY_OFFICE_HEADS.has(tokens[longest.end]?.text) && !FIELD_PREPOSITIONS.has(tokens[longest.end + 1]?.lower)) return { end: longest.end + 1, entry: longest.entry };
  if (longest && longest.entry.kind !== 'media' && isCapitalized(tokens[longest.end]) && lexicon().organizationHeads.has(tokens[longest.end].text) && !matchTitle(tokens, longest.end)?.role && !governmentBodyOf(tokens, longest) && !pairedWithState(tokens, longest.end)) return null;
  // "the Kenya Human Rights Commission": a few capitalised words closed by a head word make the country part of a body's name,
  // unless they are its government's ("Kenya Foreign Ministry") or a title ("Kenya Foreign Affairs Cabinet Secretary").
  if (longest?.entry.kind === 'country' && namesABody(tokens, longest.end)) return null;
  // "The UN Assistance Mission in Somalia": an acronym before two or three capitalised words closed by a head word is
  // part of that body's name ("AU Commission", one word, stays the AU's).
  if (longest?.entry.kind === 'organization' && /^\p{Lu}{2,}$/u.test(tokens[i].text) && longest.end === i + 1 && namesABody(tokens, longest.end)) return null;
  // "the Paris Agreement", "the Oslo Accords", "the UN Charter": an agreement named after a place or a body is not that country or body.
  if ((longest?.entry.kind === 'country' || longest?.entry.kind === 'organization') && NAMED_THING_HEADS.has(tokens[longest.end]?.text)) return null;
  // "the Taiwan Strait", "the Gulf of Finland", "Lake Chad": a country in a sea's or a river's name is a place's word.
  if (longest?.entry.kind === 'country' && namesGeographicFeature(tokens, i, longest.end)) return null;
  // "the Samoa Observer", "the Times of Oman": a country in a newspaper's name is the outlet, never an actor.
  if (longest?.entry.kind === 'country' && namesANewspaper(tokens, i, longest.end)) {
    // "the Jakarta Post": the head word after the place is the outlet's too, never a name of its own.
    const head = tokens[longest.end]?.text ?? '';
    const end = lexicon().newspaperHeads.has(head) || lexicon().broadcastWords.has(head) ? longest.end + 1 : longest.end;
    const name = surfaceForm(tokens, i, end);
    return { end, entry: { kind: 'media', id: name, name, country: null, via: 'outlet' } };
  }
  return longest;
}

/**
 * A country's word, then a government head that closes the capitalised run ("Ghanaian Government said", not "Kenya
 * Government Printer"); a mission speaks for its country too ("the Chinese Embassy in Apia said").
 */
function governmentBodyOf(tokens: Token[], match: GazetteerMatch): boolean {
  const headEnd = match.entry.kind === 'country' ? phraseAt(lexicon().governmentIndex, tokens, match.end) : 0;
  return headEnd > 0 && !isCapitalized(tokens[headEnd]);
}

/** "the Vietnamese Party, State and people": a party's head word paired with the state's (`words.json` partyStateHeads) names the country's ruling party by its function. */
function pairedWithState(tokens: Token[], head: number): boolean {
  const partners: string[] | undefined = (words.partyStateHeads as Record<string, string[]>)[tokens[head].text];
  const partnerAt = tokens[head + 1]?.text === ',' || tokens[head + 1]?.text === 'and' ? head + 2 : 0;
  return !!partners && partnerAt > 0 && partners.includes(tokens[partnerAt]?.text);
}

/** A newspaper's head word or a broadcaster's word right after the country's name ("Samoa Observer", "Nepal Television"), or a head word before "of" and it ("Times of Oman"), and no name goes on after it. */
function namesANewspaper(tokens: Token[], from: number, to: number): boolean {
  const { newspaperHeads, broadcastWords } = lexicon();
  if (from >= 2 && tokens[from - 1].text === 'of' && (newspaperHeads.has(tokens[from - 2].text) || opensTitledWork(tokens, from - 1))) return true;
  const head = tokens[to]?.text ?? '';
  return (newspaperHeads.has(head) || broadcastWords.has(head)) && !isCapitalized(tokens[to + 1]);
}

/** "ABC News", "Radio Free Asia", "Bakhtar News Agency": a capitalised run holding a broadcaster's word (media.json broadcastWords) is an outlet, never an actor. */
function namesBroadcaster(tokens: Token[], from: number, to: number): boolean {
  const { broadcastWords } = lexicon();
  for (let k = from; k < to; k++) if (broadcastWords.has(tokens[k].text)) return true;
  return false;
}

function outletFields(form: string): MentionFields {
  return { kind: 'organization', via: 'outlet', form, country: null, knownId: form };
}

function namesGeographicFeature(tokens: Token[], from: number, to: number): boolean {
  const ofAt = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  const featureOf = tokens[ofAt]?.lower === 'of' && GEOGRAPHIC_FEATURES.has(tokens[ofAt - 1]?.text ?? '');
  return featureOf || GEOGRAPHIC_FEATURES.has(tokens[to]?.text ?? '') || GEOGRAPHIC_FEATURES.has(tokens[from - 1]?.text ?? '');
}

const GEOGRAPHIC_FEATURES = new Set(words.geographicFeatures);

/**
 * "mouthpiece The Global New Light of Myanmar said": a capitalised "The" inside the sentence, then one to four
 * capitalised words up to the "of" at `ofAt`, opens a work's own name. Not a title-case headline's role or body
 * ("Talks With The President of Peru", "The Embassy of Japan"): no word of it may be a role, a body's head or a field.
 */
function opensTitledWork(tokens: Token[], ofAt: number): boolean {
  const { organizationHeads, governmentIndex, portfolioWords } = lexicon();
  for (let k = ofAt - 1; k > 0 && k >= ofAt - 5; k--) {
    const token = tokens[k];
    if (token.text === 'The') return k < ofAt - 1 && /^\p{L}/u.test(tokens[k - 1].text);
    if (!isCapitalized(token) || !/^[\p{L}-]+$/u.test(token.text) || organizationHeads.has(token.text) || portfolioWords.has(token.text) || phraseAt(governmentIndex, tokens, k) || matchTitle(tokens, k)) return false;
  }
  return false;
}

/** The "'s" of "People's" in "People's Liberation Army". */
function possessiveInName(tokens: Token[], j: number): boolean {
  return isPossessive(tokens[j]) && POSSESSIVES_IN_NAMES.has(tokens[j - 1]?.text ?? '');
}

function namesABody(tokens: Token[], from: number): boolean {
  const { organizationHeads, governmentIndex } = lexicon();
  // "the Lao National Chamber of Commerce": a body every country has one of is the country's (nationalBodyAt), the country kept.
  if (phraseAt(governmentIndex, tokens, from) || countryBodyNames().match(tokens, from)) return false;
  // Up to three capitalised words; the possessive of a name word ("Chinese People's Liberation Army") is passed over.
  for (let k = from, counted = 0; counted < 3 && k < tokens.length; k++) {
    if (k > from && possessiveInName(tokens, k)) continue;
    if (!isCapitalized(tokens[k]) || !/^[\p{L}-]+$/u.test(tokens[k].text)) return false;
    counted++;
    if (matchTitle(tokens, k)?.role) return false;
    if (k > from && organizationHeads.has(tokens[k].text)) return true;
  }
  return false;
}

/** Tokens `from` to `to` (exclusive) as a gazetteer key writes them: words joined with single spaces. */
function surfaceForm(tokens: Token[], from: number, to: number): string {
  let form = tokens[from].text;
  for (let k = from + 1; k < to; k++) form += ` ${tokens[k].text}`;
  return form;
}

const PREDICATIVE_OPENERS = new Set(words.predicativeOpeners);
const REFERRING_BODY_HEADS = new Set(words.referringBodyHeads);
const NAMED_THING_HEADS = new Set(words.namedThingHeads);
/** "Presidency", "Cabinet": the one-word heads of a government (words.json governmentHeads). */
const loneGovernmentHeads = once(() => new Set(lexicon().governmentHeads.filter((head) => !head.includes(' '))));

/** The first word of a style ("His Highness", "HRH"). */
const STYLE_OPENERS = new Set(['his', 'her', 'hrh']);

/**
 * Every word that opens what the scan looks up word by word (gazetteer keys, phrases of the lexicon's
 * indexes, role modifiers, styles), as tokens write it in lower case. Most tokens are none of them,
 * and one test of this set spares them the five or so lookups the matchers would make.
 */
const openingWords = once(() => {
  const { gazetteer, regionIndex, titleRegionIndex, roleIndex, honorificIndex, governmentIndex, governmentSeatIndex, roleModifiers, rolesBeforeHonorific } = lexicon();
  return new Set<string>([
    ...gazetteer.next.keys(),
    ...[regionIndex, titleRegionIndex, roleIndex, honorificIndex, governmentIndex, governmentSeatIndex].flatMap((index) => [...index.firstWords()]),
    ...roleModifiers,
    ...rolesBeforeHonorific.keys(),
    ...STYLE_OPENERS,
    ...[...lexicon().capitalStyles].map((style) => style.toLowerCase()),
  ]);
});

/** `index.match` for a token the opening words hold; 0 for any other, which opens no phrase. */
function phraseAt(index: PhraseIndex, tokens: Token[], i: number): number {
  return tokens[i]?.known ? index.match(tokens, i) : 0;
}

/** A style, role modifiers, roles joined by "and", "of" + a gazetteer name, and honorifics, in that order. */
function matchTitle(tokens: Token[], i: number): Title | null {
  // Every title opens with a style, a role modifier, a role or an honorific.
  if (!tokens[i]?.known || givenNameBeforeInitial(tokens, i)) return null;
  const { roleIndex, honorificIndex, roleModifiers, rolesBeforeHonorific } = lexicon();
  const roleBeforeHonorific = isCapitalized(tokens[i]) ? rolesBeforeHonorific.get(tokens[i].lower) : undefined;
  if (roleBeforeHonorific && matchHonorifics(tokens, i + 1) > i + 1) return { roleStart: i, end: matchHonorifics(tokens, i + 1), role: roleBeforeHonorific };
  // A style before the role: "His Majesty King X" (not a rank: "General Secretary" is one role).
  // A style in capitals ("HE Prime Minister X", "HE the Amir") is passed over even with no role after it.
  const capitalStyle = lexicon().capitalStyles.has(tokens[i].text);
  const styleEnd = STYLE_OPENERS.has(tokens[i]?.lower) ? matchHonorifics(tokens, i) : capitalStyle ? matchHonorifics(tokens, i + 1) : i;
  let j = styleEnd > i && (capitalStyle || phraseAt(roleIndex, tokens, styleEnd)) ? styleEnd : i;
  const joint = jointPortfolioRole(tokens, j);
  if (joint) return { roleStart: j, end: matchHonorifics(tokens, joint.end), role: joint.role };
  let role: string | null = null;
  const earlierRoles: string[] = [];
  let roleStart = i;
  while (j < tokens.length) {
    // A role that holds its modifier ("deputy prime minister") is another role, not the bare one.
    const whole = phraseAt(roleIndex, tokens, j);
    let k = j;
    // "former vice president", "former deputy foreign minister": the first modifier that opens a role opens the role.
    let modifierRole = whole ? j : -1;
    while (k < tokens.length && tokens[k].known && roleModifiers.has(tokens[k].lower)) {
      if (modifierRole < 0 && k > j && phraseAt(roleIndex, tokens, k)) modifierRole = k;
      k++;
    }
    const modified = k > j ? phraseAt(roleIndex, tokens, k) : 0;
    // "Deputy Defence Minister": a modifier that is a role alone ("deputy") yields to the longer role after it, and stays part of it.
    const roleFrom = modifierRole >= 0 ? modifierRole : k;
    const end = Math.max(modifierRole >= 0 ? phraseAt(roleIndex, tokens, modifierRole) : 0, modified);
    if (!end || !isTitleCased(tokens.slice(roleFrom, end))) break;
    if (role === null) roleStart = j;
    // "Chief Advisor", "Senior Representative": a role right after a role is one title, never the name.
    let stackedEnd = end;
    // Not an honorific that is also a role: "Foreign Minister Prince Faisal" keeps the minister's role.
    // Nor a monarch's title that is a given name: "Foreign Minister Sultan Al Harthy" is no sultan.
    for (let next = phraseAt(roleIndex, tokens, end); next && !phraseAt(honorificIndex, tokens, stackedEnd) && !givenNameTitleAt(tokens, stackedEnd) && isTitleCased(tokens.slice(roleFrom, next)); next = phraseAt(roleIndex, tokens, next)) stackedEnd = next;
    if (role !== null) earlierRoles.push(role);
    role = canonicalRole(tokens.slice(roleFrom, stackedEnd).map((t) => t.text).join(' '));
    j = stackedEnd;
    // "Deputy Chairman of the Cabinet of Ministers and Foreign Minister X": the body the first role is of stays in the joint title.
    const bodyEnd = titleBodyEnd(tokens, j);
    if (bodyEnd && tokens[bodyEnd]?.lower === 'and' && (phraseAt(roleIndex, tokens, bodyEnd + 1 + countModifiers(tokens, bodyEnd + 1)) || portfolioThenRole(tokens, bodyEnd + 1))) j = bodyEnd;
    // "the Pakistani president and Prime Minister X": a role in lower case, then one in Title Case, are two people's.
    if (tokens[j]?.lower !== 'and' || tokens[roleFrom].capitalized !== !!tokens[j + 1]?.capitalized) break;
    if (phraseAt(roleIndex, tokens, j + 1 + countModifiers(tokens, j + 1))) j++;
    // "Prime CS and Foreign Affairs CS X": the second role may open with its portfolio.
    else if (portfolioThenRole(tokens, j + 1)) j = portfolioThenRole(tokens, j + 1);
    else break;
  }
  const honorificEnd = matchHonorifics(tokens, j);
  if (role === null && honorificEnd === (capitalStyle ? i : j)) return null;
  return { roleStart, end: honorificEnd, role, ...(earlierRoles.length ? { earlierRoles } : {}) };
}

/** After "of the" at `at`, the end of a country's own executive body (roles.json titleBodies), or 0. */
function titleBodyEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== 'of' || tokens[at + 1]?.text !== 'the') return 0;
  const from = at + 2;
  const body = lexicon().titleBodies.find((words) => words.every((word, k) => tokens[from + k]?.text === word));
  return body ? from + body.length : 0;
}

/** "Minister of State Sultan bin Rashid X": a monarch's title that is also a given name (roles.json givenNameTitles), a name or a particle after it. */
function givenNameTitleAt(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return lexicon().givenNameTitles.has(tokens[at]?.text ?? '') && !!next && (next.capitalized || lexicon().nameParticles.has(next.text));
}

/**
 * "Foreign Affairs and International Cooperation Minister X", "Finance and Economic Planning Minister X": a role that opens
 * with a portfolio and, after "and", one to four more capitalised words, is the first portfolio's role ("foreign affairs
 * minister"), not the last words' ("planning minister" is none, "trade minister" another office). A lede may set its first
 * word in capitals ("FOREIGN Affairs and ..."). The role and the token after it, or null.
 */
function jointPortfolioRole(tokens: Token[], i: number): { role: string; end: number } | null {
  const k = portfolioWordsEnd(tokens, i, true);
  if (k === i || tokens[k]?.text !== 'and') return null;
  const portfolio = tokens.slice(i, k);
  for (let r = k + 2; r <= k + 5 && tokens[r - 1]?.capitalized; r++) {
    const end = lexicon().roleIndex.match([...portfolio, ...tokens.slice(r, r + 3)], 0);
    if (end > portfolio.length && tokens.slice(r, r + end - portfolio.length).every((t) => t.capitalized)) {
      return { role: canonicalRole([...portfolio, ...tokens.slice(r, r + end - portfolio.length)].map((t) => t.lower).join(' ')), end: r + end - portfolio.length };
    }
  }
  return null;
}

/** "Foreign Affairs CS": where a role starts after one to three capitalised portfolio words at `i`; 0 when none does. */
function portfolioThenRole(tokens: Token[], i: number): number {
  const k = portfolioWordsEnd(tokens, i);
  return k > i && phraseAt(lexicon().roleIndex, tokens, k) ? k : 0;
}

/** The end of up to three capitalised portfolio words at `i`; `capitalsLede`: the sentence's first word may be in capitals ("FOREIGN Affairs"). */
function portfolioWordsEnd(tokens: Token[], i: number, capitalsLede = false): number {
  let k = i;
  while (k < i + 3 && (isPortfolioWord(tokens[k]) || (capitalsLede && k === 0 && tokens[k].text === tokens[k].text.toUpperCase() && isPortfolioWord({ ...tokens[k], text: tokens[k].text[0] + tokens[k].lower.slice(1) })))) k++;
  return k;
}

function countModifiers(tokens: Token[], i: number): number {
  let n = 0;
  while (tokens[i + n]?.known && lexicon().roleModifiers.has(tokens[i + n].lower)) n++;
  return n;
}

/** Roles are matched in lower case or Title Case, never in ALL CAPS headlines or mixed forms. */
function isTitleCased(tokens: Token[]): boolean {
  const lower = tokens.every((t) => t.text === t.lower || ['of', 'the', 'for'].includes(t.text));
  const title = tokens.every((t) => t.capitalized || ['of', 'the', 'for', 'and'].includes(t.text) || t.text === 'PM');
  if (tokens.some((t) => lexicon().capitalsOnlyRoles.has(t.lower) && t.text !== t.text.toUpperCase())) return false;
  return lower || title || tokens.some((t) => t.text === 'PM');
}

/** Honorifics are capitalised ("Mr.", "Ayatollah"); a following period token belongs to them. */
function matchHonorifics(tokens: Token[], i: number): number {
  let j = i;
  for (;;) {
    const end = isCapitalized(tokens[j]) ? phraseAt(lexicon().honorificIndex, tokens, j) : 0;
    if (!end || (tokens[end]?.text !== '.' && lexicon().abbreviatedHonorifics.has(tokens[j].text)) || givenNameBeforeInitial(tokens, j)) return j;
    j = retiredMarkerEnd(tokens, tokens[end]?.text === '.' ? end + 1 : end);
  }
}

/** "Senator Prince K. Mensah-Tweh": an honorific that is also a given name (roles.json givenNameHonorifics) right before an initial opens the name; a prince's title names him by a given name. */
function givenNameBeforeInitial(tokens: Token[], at: number): boolean {
  return lexicon().givenNameHonorifics.has(tokens[at]?.text ?? '') && /^\p{Lu}\.$/u.test(tokens[at + 1]?.text ?? '');
}

/** "Lt Gen (retd) X": past a bracketed retirement marker (roles.json retiredRankMarkers) after a rank, which is the title's. */
function retiredMarkerEnd(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== '(' || !lexicon().retiredRankMarkers.has(PhraseIndex.normalize(tokens[at + 1]?.text ?? ''))) return at;
  const close = tokens[at + 2]?.text === '.' ? at + 3 : at + 2;
  return tokens[close]?.text === ')' ? close + 1 : at;
}

function isNameToken(token: Token | undefined): boolean {
  if (!token) return false;
  const text = token.text;
  // The length and case checks before each pattern spare most tokens the Unicode test.
  if (token.capitalized && text.length <= 3 && text.endsWith('.') && /^\p{Lu}\.$/u.test(text)) return true;
  if (text.includes('-')) {
    const parts = text.split('-');
    const head = parts[0];
    if (!lexicon().nameParticles.has(head.toLowerCase()) && !/^\p{Lu}/u.test(head)) return false;
    if (parts.slice(1).some((p) => !/^\p{Lu}/u.test(p) && !lexicon().hyphenatedNameParts.has(p)) && !(HYPHENATED_GIVEN_NAME.test(text) && HYPHENATED_SYLLABLES.test(token.lower)) && !VOWEL_JOINED_SURNAME.test(text)) return false;
  } else if (!token.capitalized) {
    return false;
  }
  if (!isLowerAscii(text.charCodeAt(1)) && /^\p{Lu}{2,}$/u.test(text)) return false;
  const withoutApostrophe = text.endsWith("'") || text.endsWith('’') ? text.slice(0, -1) : text;
  // "Presidents Luis Arce and Gabriel Boric": a plural role before a list of names is none of them.
  return !lexicon().notNameWords.has(withoutApostrophe) && !PLURAL_ROLES.has(token.lower);
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** An acronym: two to six capitals, no other letter. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** The space after a subject, then maybe one auxiliary or adverb and its space: " also ". */
const SUBJECT_VERB_GAP = /^\s+((?:also|has|had|have|then|later)\s+)?/u;

/** Whether `after` (the text right after a subject) opens with a speech verb, past one auxiliary or adverb: " also accused". */
function speechVerbAfter(after: string): boolean {
  const gap = SUBJECT_VERB_GAP.exec(after);
  return gap !== null && (statementVerbAt(after, gap[0].length) || (gap[1] !== undefined && statementVerbAt(after, gap[0].length - gap[1].length)));
}

/**
 * Whether token `i` follows "the", directly or after up to two lower-case words ("the breakaway"); not past a verb that
 * meets or speaks ("the minister met X", "the visitor told X"), which closes the phrase "the" opened, nor past an "and"
 * before a name of two words ("members of the delegation and X Y": X Y is no noun of the delegation's phrase).
 */
function afterArticle(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (tokens[k].lower === 'the') return true;
    if (tokens[k].capitalized || !/^[a-z-]+$/.test(tokens[k].text) || clauseVerbs().has(tokens[k].lower)) return false;
    if (k === i - 1 && tokens[k].text === 'and' && isNameToken(tokens[i + 1])) return false;
  }
  return false;
}

/** One-word verbs that meet (triggers.json meetingVerbs, meetingVerbsNeedingPersonObject) or speak (`speechWords`). */
const clauseVerbs = once(() => {
  const { meetingVerbs, meetingVerbsNeedingPersonObject } = lexicon().triggers;
  return new Set([...speechWords(), ...Object.keys(meetingVerbs), ...meetingVerbsNeedingPersonObject].filter((verb) => !verb.includes(' ')));
});

/** "Jun 5", "Jun. 5": a number after the token, past its abbreviation's period. */
function numberFollows(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1]?.text === '.' ? tokens[j + 2] : tokens[j + 1];
  return /^\d/.test(next?.text ?? '');
}

/** A run of name tokens (with lower-case particles such as "bin" inside); returns its end index. */
function matchNameRun(scan: SentenceTokens, i: number, afterTitle = false): number {
  const { tokens } = scan;
  let j = i;
  // Particles do not count towards the length: "Mohammed bin Abdulrahman bin Jassim Al Thani" is one name.
  let particles = 0;
  while (j < tokens.length && j - i - particles < MAX_NAME_TOKENS) {
    const entry = scan.gazetteerAt(j);
    if (entry && !(j === i + 1 && (afterTitle || knownGivenNameAt(scan, i)) && isSurnameLikeCountry(scan, j, entry)) && !(j > i && isSurnameLikeOrganization(scan, j, entry)) && !(afterTitle && j === i && isGivenNameLikePlace(scan, j, entry)) && !(j === i + 1 && (afterTitle || givenNameGender(tokens[i].text) !== null) && isMiddleNameLikePlace(scan, j, entry))) break;
    // "Maldivian President Mohamed Muizzu" with an unknown adjective: a title ends the run before it.
    if (j > i && scan.titleAt(j)?.role) break;
    // After a title, a name may open with a word that is elsewhere a function word ("President To Lam") or a verb ("Minister Said Al Saqri").
    // So may a monarch's title that is a given name ("Minister of State Sultan bin Rashid X"), its particles after it.
    const titledOpening =
      afterTitle &&
      j === i &&
      (/^\p{Lu}\p{Ll}{1,2}$/u.test(tokens[j].text) || lexicon().givenNamesAmongWords.has(tokens[j].text) || givenNameTitleAt(tokens, j)) &&
      !CALENDAR.test(tokens[j].text) &&
      (scan.isNameAt(j + 1) || (lexicon().nameParticles.has(tokens[j + 1]?.text ?? '') && scan.isNameAt(j + 2)));
    // Inside or closing a name, a month's abbreviation is a name ("Zin Mar Aung", "Dong Jun"); as a date a number follows it.
    // Opening one, it is a given name when a name follows ("Jan Kowalski", "Mar Roxas").
    const innerMonthWord = MONTH_ABBREVIATION.test(tokens[j].text) && (scan.isNameAt(j + 1) || (j > i && !numberFollows(tokens, j)));
    // "Ma. Theresa P. Lazaro": an abbreviated given name that opens a name keeps its period in it; alone it names no one.
    if (j === i && lexicon().givenNameAbbreviations.has(tokens[j].text) && tokens[j + 1]?.text === '.') {
      if (!scan.isNameAt(j + 2)) return i;
      particles++;
      j += 2;
      continue;
    }
    // "Catherine West": a word that never opens a name is a surname right after a given name the model knows.
    const surnameAfterGivenName = j === i + 1 && lexicon().surnamesAmongWords.has(tokens[j].text) && givenNameGender(tokens[i].text) !== null;
    if (scan.isNameAt(j) || titledOpening || innerMonthWord || surnameAfterGivenName) {
      j++;
      continue;
    }
    // "Tuila'epa Dr. Sa'ilele Malielegaoi": an abbreviated honorific between a chiefly title and the name is neither.
    const inner = j > i ? scan.titleAt(j) : null;
    if (inner && inner.role === null && inner.end > j + 1 && tokens[inner.end - 1].text === '.' && scan.isNameAt(inner.end) && scan.isNameAt(inner.end + 1)) {
      j = inner.end;
      continue;
    }
    // 'Ferdinand "Bongbong" Marcos', 'Kofi "Black Mamba" Mensah': a nickname of up to three words in quotes between two parts of a name.
    const nicknameEnd = j > i ? quotedNicknameEnd(scan, j) : 0;
    if (nicknameEnd && scan.isNameAt(nicknameEnd)) {
      j = nicknameEnd;
      continue;
    }
    // "bin Salman", "von der Leyen": up to two particles before a name.
    const afterParticles = j > i && lexicon().nameParticles.has(tokens[j].text) ? (lexicon().nameParticles.has(tokens[j + 1]?.text) ? j + 2 : j + 1) : j;
    if (afterParticles > j && scan.isNameAt(afterParticles)) {
      particles += afterParticles - j;
      j = afterParticles;
      continue;
    }
    break;
  }
  while (j > i && /^\p{Lu}\.$/u.test(tokens[j - 1].text)) j--;
  // Regnal numbers belong to the name: "Mohammed VI", "Charles III".
  if (j > i && /^[IVX]{1,4}$/.test(tokens[j]?.text ?? '')) j++;
  return j;
}

/** The token after the closing mark of a nickname in quotes opening at token `at`: one to three words of a name ('"Black Mamba"'); else 0. */
function quotedNicknameEnd(scan: SentenceTokens, at: number): number {
  const { tokens } = scan;
  if (!QUOTE_MARKS.has(tokens[at]?.text)) return 0;
  for (let k = at + 1; k <= at + 3 && scan.isNameAt(k); k++) if (QUOTE_MARKS.has(tokens[k + 1]?.text)) return k + 2;
  return 0;
}

/**
 * "Prime Minister Luís Montenegro met...", "MP Carlos Lima said": after a title or a known given name, a
 * one-word country or capital name that ends the run is the person's surname ("Minister Ahmed Attaf
 * Algeria", a caption's run-on, keeps its country).
 */
function isSurnameLikeCountry(scan: SentenceTokens, j: number, match: GazetteerMatch): boolean {
  return match.entry.kind === 'country' && (match.entry.via === 'name' || match.entry.via === 'capital') && match.end === j + 1 && !scan.isNameAt(j + 1) && !isPossessive(scan.tokens[j + 1]);
}

/** "Sánchez and Luís Montenegro": a given name the model knows, no place or word it lists, before a country's name opens a person's name. */
function knownGivenNameAt(scan: SentenceTokens, i: number): boolean {
  return givenNameGender(scan.tokens[i].text) !== null && !scan.gazetteerAt(i) && !scan.tokens[i].known;
}

/**
 * "Chief Minister Thomas Berlin Okafor": a one-word capital or other alias of a country between the first word of a
 * name (after a title, or a given name the model knows) and another word of a name is a middle name, not the country.
 */
function isMiddleNameLikePlace(scan: SentenceTokens, j: number, match: GazetteerMatch): boolean {
  const { tokens } = scan;
  const { via, kind } = match.entry;
  return kind === 'country' && (via === 'capital' || via === 'alias') && match.end === j + 1 && scan.isNameAt(j + 1) && !scan.gazetteerAt(j + 1) && !scan.titleAt(j + 1) && !lexicon().placeAndBodyWords.has(tokens[j + 1].text) && !lexicon().organizationHeads.has(tokens[j + 1].text);
}

/**
 * "Defence Minister Israel Katz", "Opposition Leader Douglas X": right after a title, a one-word country or
 * capital that is a given name (given-names.json) and that a name follows opens the person's name.
 */
function isGivenNameLikePlace(scan: SentenceTokens, j: number, match: GazetteerMatch): boolean {
  return match.entry.kind === 'country' && match.end === j + 1 && givenNameGender(scan.tokens[j].text) !== null && scan.isNameAt(j + 1) && !scan.gazetteerAt(j + 1) && !scan.titleAt(j + 1);
}

/**
 * "the ambassador of Greece, Sofia Filippidou, over …": a place that is a given name (isGivenNameLikePlace), opening a
 * name set off by commas, is the apposed person's given name; the end of that name, or 0.
 */
function givenNamePlaceInApposition(scan: SentenceTokens, i: number, match: GazetteerMatch): number {
  if (scan.tokens[i - 1]?.text !== ',' || !isGivenNameLikePlace(scan, i, match)) return 0;
  const end = matchNameRun(scan, i + 1);
  return scan.tokens[end]?.text === ',' ? end : 0;
}

/**
 * "Foreign Minister Thérèse Kayikwamba Wagner": inside a name, a one-word organization alias written
 * as a name ("Wagner", not "NATO") that no name follows is the person's surname.
 */
function isSurnameLikeOrganization(scan: SentenceTokens, j: number, match: GazetteerMatch): boolean {
  return match.entry.kind === 'organization' && match.end === j + 1 && /^\p{Lu}\p{Ll}+$/u.test(scan.tokens[j].text) && !scan.isNameAt(j + 1) && !isPossessive(scan.tokens[j + 1]);
}

/** A word of letters, hyphens and apostrophes only ("Puertos", "Jean-Marc"), no digits or marks. */
const WORD_OF_LETTERS = /^[\p{L}\-'’]+$/u;
/** The most tokens a capitalised run of a body's name may take. */
const ORGANIZATION_RUN_TOKENS = 8;

/** A capitalised run ending in an organization head word ("Coordination Framework", "Ministry of Foreign Affairs"). */
function matchOrganizationRun(tokens: Token[], i: number): number {
  if (!isCapitalized(tokens[i])) return 0;
  const adjective = ORGANIZATION_NAME_ADJECTIVES.has(tokens[i].text);
  if (lexicon().notNameWords.has(tokens[i].text) && !determinerInName(tokens, i) && !adjective) return 0;
  let j = i;
  let lastHead = 0;
  while (j < tokens.length && j - i < ORGANIZATION_RUN_TOKENS) {
    const token = tokens[j];
    if (isCapitalized(token) && WORD_OF_LETTERS.test(token.text)) {
      // "Foreign Affairs Cabinet Secretary X": a head word that opens a role is the title's, not a body's.
      if (j > i && lexicon().organizationHeads.has(token.text) && matchTitle(tokens, j)?.role) break;
      if (lexicon().organizationHeads.has(token.text)) lastHead = j + 1;
      j++;
    } else if (j > i && (linksName(tokens, j) || possessiveInName(tokens, j)) && isCapitalized(tokens[j + 1])) {
      j++;
    } else break;
  }
  // "the Central Bank": an adjective right before the head opens no name.
  if (adjective && lastHead <= i + 2) return 0;
  // "Patriotic Union of Ogaden (PUO)": the place that closes a body's name before its acronym is part of the name.
  if (lastHead > i + 1 && tokens[lastHead]?.text === 'of' && isCapitalized(tokens[lastHead + 1]) && tokens[lastHead + 2]?.text === '(') return lastHead + 2;
  // "People's National Congress Reform (PNCR)": words after the head that the acronym spells are part of the name.
  if (lastHead > i + 1 && j > lastHead && tokens[j]?.text === '(' && tokens[j + 1]?.text === initials(tokens, i, j)) return j;
  if (lastHead <= i + 1) return 0;
  // "State Committee for National Security Tashiev": the body's portfolio is its name's, not the given names of the surname after it.
  const end = ['for', 'of'].includes(tokens[lastHead]?.text ?? '') ? portfolioEnd(tokens, { roleStart: i, end: lastHead, role: 'ministry' }) : lastHead;
  return end === lastHead ? membersEnd(tokens, lastHead, j) : end;
}

/** A link inside a body's name: "the" only after another ("Office of the President"); "the Palace the Minister" is two phrases. */
function linksName(tokens: Token[], j: number): boolean {
  return CONNECTORS.has(tokens[j].text) && (tokens[j].text !== 'the' || CONNECTORS.has(tokens[j - 1].text));
}

/** "the opposition All People's Congress": a determiner (words.json determinersInNames) written capitalised after a lower-case word opens a name. */
function determinerInName(tokens: Token[], i: number): boolean {
  return DETERMINERS_IN_NAMES.has(tokens[i].text) && /^\p{Ll}/u.test(tokens[i - 1]?.text ?? '');
}

const DETERMINERS_IN_NAMES = new Set(words.determinersInNames);
const ORGANIZATION_NAME_ADJECTIVES = new Set(words.organizationNameAdjectives);

/**
 * "Dominican Association of Free Zones", "Federation of Kenya Employers": after a members' body's head (words.json
 * memberBodyHeads) and "of", the members it gathers, up to three capitalised words closed by a plural that ends the run
 * (`runEnd`), are the name's, not a person's name after the body's. Else `lastHead`.
 */
function membersEnd(tokens: Token[], lastHead: number, runEnd: number): number {
  const from = lastHead + 1;
  if (tokens[lastHead]?.text !== 'of' || !MEMBER_BODY_HEADS.has(tokens[lastHead - 1].text) || runEnd - from < 1 || runEnd - from > 3) return lastHead;
  const members = tokens.slice(from, runEnd);
  return members.every((token) => token.capitalized) && /\p{Ll}s$/u.test(members.at(-1)!.text) ? runEnd : lastHead;
}

const MEMBER_BODY_HEADS = new Set(words.memberBodyHeads);

/**
 * "Congress for Democratic Change", "Union for the Republic": a body's head, "for" and the capitalised words of its cause (with
 * their links) are one body's name, not a body and a person; not a government's ("Ministry for Foreign Affairs"). The end, or 0.
 */
function matchHeadForCauseRun(tokens: Token[], i: number): number {
  if (!isCapitalized(tokens[i]) || !lexicon().organizationHeads.has(tokens[i].text) || tokens[i + 1]?.text !== 'for' || phraseAt(lexicon().governmentIndex, tokens, i)) return 0;
  let end = 0;
  for (let j = i + 2; j < tokens.length && j - i < ORGANIZATION_RUN_TOKENS; j++) {
    if (isCapitalized(tokens[j]) && WORD_OF_LETTERS.test(tokens[j].text)) {
      // "Commission for Human Rights Chairman X": a title after the cause opens its holder's.
      if (matchTitle(tokens, j)?.role) break;
      end = j + 1;
    } else if (!CONNECTORS.has(tokens[j].text) || !isCapitalized(tokens[j + 1])) break;
  }
  return end;
}

/** "Partido Colorado", "Administración de Puertos de Argentina": a Spanish or Portuguese head word, then capitalised words and their links; 0 if none follows. */
function matchHeadFirstOrganizationRun(tokens: Token[], i: number): number {
  if (!lexicon().headFirstOrganizationHeads.has(tokens[i].text)) return 0;
  let end = i + 1;
  for (let j = i + 1; j < tokens.length && j - i < ORGANIZATION_RUN_TOKENS; j++) {
    // "Rassemblement National MP X": a title after the body's name opens its member's, no word of the body's.
    if (matchTitle(tokens, j)?.role) break;
    if (isCapitalized(tokens[j]) && WORD_OF_LETTERS.test(tokens[j].text)) end = j + 1;
    else if (!HEAD_FIRST_ORGANIZATION_LINKS.has(tokens[j].text) || !isCapitalized(tokens[j + 1])) break;
  }
  return end > i + 1 ? end : spelledByAcronymEnd(tokens, i);
}

/**
 * "Confédération patronale gabonaise (CPG)": French and Spanish write a body's name with its head alone capitalised; up to
 * three lower-case words after the head are the name's when the acronym in brackets after them spells its words'
 * initials (past the links: "de", "del"). The end, or 0.
 */
function spelledByAcronymEnd(tokens: Token[], i: number): number {
  for (let j = i + 1; j < tokens.length && j - i <= 4; j++) {
    if (tokens[j].text === '(') {
      const spelled = tokens.slice(i, j).filter((token) => !HEAD_FIRST_ORGANIZATION_LINKS.has(token.text)).map((token) => foldAccents(token.text[0]).toUpperCase()).join('');
      return j > i + 1 && tokens[j + 1]?.text === spelled && tokens[j + 2]?.text === ')' ? j : 0;
    }
    if (!/^\p{Ll}+$/u.test(tokens[j].text)) return 0;
  }
  return 0;
}

/** "PNCR" of "People's National Congress Reform": the first letters of the capitalised words. */
function initials(tokens: Token[], from: number, to: number): string {
  return tokens.slice(from, to).filter(isCapitalized).map((token) => token.text[0]).join('');
}

function joinTokens(text: string, tokens: Token[], from: number, to: number): string {
  // A nickname in quotes is no part of the name: 'Ferdinand "Bongbong" Marcos' is Ferdinand Marcos; nor is an honorific inside it.
  return text.slice(tokens[from].start, tokens[to - 1].end).replace(QUOTED_NICKNAME, ' ').replace(innerHonorific(), ' ').replace(/\s+/g, ' ');
}

/** " Dr. " between two words of a name (the honorifics of one word, with their period). */
const innerHonorific = once(() => new RegExp(String.raw`\s(?:${lexicon().honorifics.filter((h) => /^\p{L}+$/u.test(h)).join('|')})\.\s(?=\p{Lu})`, 'gu'));
