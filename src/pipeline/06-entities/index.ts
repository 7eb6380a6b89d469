/**
 * Within-document coreference: each mention is tied to a document entity. Full names open an
 * entity; surnames and "Mr. X" join the entity whose name ends the same way; role-only references
 * ("the PM", "the Supreme Leader") join the person who last held that role; appositives ("X, the
 * representative of Y," / "Iran's supreme leader, X,") join name and role; pronouns take the
 * subject of the sentence before. Unresolved candidates are dropped.
 */
import { lexicon } from '../model';
import people from '../model/people.json';
import roles from '../model/roles.json';
import words from '../model/words.json';
import { foldAccents } from '../text/accents';
import { bodyAbroadAtEnd, groupBySentence, institutionOfBefore, once, phrasePattern, timeSpanPattern } from '../text/clauses';
import { closesCredit } from '../text/credits';
import { isDatelineOrItsLinePlace, isHeaderPartPlace } from '../text/datelines';
import { fullNameKey, isReignNumber, nameLetters, nameTokens, opensWithPatronymic, opensWithRegnalTitle, patronymicStarts, respacedRuns, surnameVariantKey, tokenKey, withoutOneAncestor } from '../text/names';
import { counterpartOffice, countryOf, resolveCounterparts } from './counterparts';
import { shareAForm } from '../05-mentions/demonyms';
import { givenNameGender, type Gender } from '../text/given-names';
import { genderOf, pronounGender } from './gender';
import { answerLabel, firstPersonMentions, hasQuestionLabelLines, intervieweeOf, labelledTurnSpeaker } from './interview';
import { opensTurn } from '../02-segment';
import type { Article, DocEntity, Mention, Sentence, Stage } from '../types';

const ROLES_NAMED_BY_GENERIC_ROLE = new Map<string, string[]>(Object.entries(words.rolesNamedByGenericRole));
const NON_ACTOR_DETERMINERS = new Set(words.nonActorDeterminers);
const ROLES_NAMED_WITHOUT_NATIONALITY = new Set(words.rolesNamedWithoutNationality);

export const entities: Stage = (state) => {
  const byDocument = new Map<string, Mention[]>();
  for (const mention of state.mentions) {
    const list = byDocument.get(mention.documentId) ?? [];
    list.push(mention);
    byDocument.set(mention.documentId, list);
  }
  const sentencesOf = new Map<string, number[]>();
  state.sentences.forEach((s, i) => {
    const list = sentencesOf.get(s.documentId) ?? [];
    list.push(i);
    sentencesOf.set(s.documentId, list);
  });
  const allEntities: DocEntity[] = [];
  const resolved: Mention[] = [];
  for (const document of state.documents) {
    const mentions = byDocument.get(document.id) ?? [];
    const result = resolveDocument(document, titledSurnames(document.text, mentions), state.sentences, sentencesOf.get(document.id) ?? []);
    allEntities.push(...result.entities);
    resolved.push(...result.mentions);
  }
  return { ...state, entities: allEntities, mentions: resolved };
};

/**
 * "Thérèse Kayikwamba Wagner … Minister Wagner told us": a role right before a one-word dictionary name (the Wagner
 * Group, a country) that is the surname of a person named in full before is that person with the role, not the body.
 */
function titledSurnames(text: string, mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  const out: Mention[] = [];
  for (const m of mentions) {
    const role = out.at(-1);
    const titled = role?.via === 'role' && m.knownId && m.kind !== 'person' && /^\p{Lu}\p{Ll}+$/u.test(m.form) && surnames.has(m.form) && /^\s+$/.test(text.slice(role.end, m.start));
    if (titled) out[out.length - 1] = { ...m, kind: 'person', via: 'title', role: role.role, country: role.country, knownId: null, modifier: false };
    else out.push(m);
    const words = m.kind === 'person' && m.via !== 'role' && m.via !== 'pronoun' ? m.form.split(' ') : [];
    if (words.length >= 2) surnames.add(words.at(-1)!);
  }
  return out;
}

/** `documentSentences`: indexes into `sentences` of this document's sentences, in order. */
function resolveDocument(document: Article, mentions: Mention[], sentences: Sentence[], documentSentences: number[]) {
  const entities: DocEntity[] = [];
  const persons: DocEntity[] = [];
  const byKey = new Map<string, DocEntity>();
  const out: Mention[] = [];
  const text = document.text;
  const sentenceText = (m: Mention) => sentences[m.sentence];
  const evidence = (m: Mention) => {
    const s = sentenceText(m);
    return { documentId: document.id, start: s.start, end: s.end, quote: text.slice(s.start, s.end), fromCaption: s.blockKind === 'caption' };
  };
  const open = (key: string, m: Mention, name: string, kind: DocEntity['kind']): DocEntity => {
    let entity = byKey.get(key);
    if (!entity) {
      entity = { key, documentId: document.id, kind, name, forms: [], country: m.country, roles: [], knownId: m.knownId };
      byKey.set(key, entity);
      entities.push(entity);
      if (kind === 'person') persons.push(entity);
    }
    return entity;
  };
  // The sentence each entity was last named in, for role-only references.
  const lastSentence = new Map<string, number>();
  // "The President of the Republic, X": the outlet's own head of state, whom a bare "the Head of State" names.
  const republicsOwnHeads = new Set<string>();
  const giveRole = (entity: DocEntity, m: Mention) => {
    entity.country ??= m.country;
    // "his Argentine peer X": a relation to someone else, not X's office; but the possessor's office, when it tells one.
    if (!m.role) return;
    const office = !lexicon().counterpartRoles.has(m.role) ? m.role : entity.roles.length === 0 ? counterpartOffice(text, m, out, byKey) : null;
    if (office) entity.roles.push({ role: office, country: m.country, evidence: evidence(m) });
    // Not "Chief of the Civil House of the President of the Republic, X": an office serving the head.
    if (HEAD_OF_STATE_ROLES.has(m.role) && !m.country && OF_THE_REPUBLIC.test(text.slice(m.end, m.end + 40)) && !SERVING_OF_THE.test(text.slice(Math.max(0, m.start - 8), m.start))) republicsOwnHeads.add(entity.key);
    // "Crown Prince and Prime Minister X": each role of the chain is X's, so "the crown prince" finds X too.
    for (const role of m.earlierRoles ?? []) entity.roles.push({ role, country: m.country, evidence: evidence(m) });
  };
  // Roles apposed to a name, by the name mention's start: given as soon as the name is resolved, so
  // that "The Prime Minister, X, received Y. The Prime Minister welcomed..." finds X by the role.
  const apposedRoles = new Map<number, Mention[]>();
  const entityAt = new Map<number, DocEntity>();
  const assign = (m: Mention, entity: DocEntity) => {
    // '"I have nothing against X. …," said the president': whom a quote talks of is not whom a role refers back to.
    if (!m.inQuote) lastSentence.set(entity.key, m.sentence);
    // "the foreign minister" refers to a person but is not one of their names; "the ministry" is no name of a country, "the Union" none of a body.
    if (m.via !== 'role' && m.via !== 'focal-government' && m.via !== 'body-reference' && !entity.forms.includes(m.form)) entity.forms.push(m.form);
    // "SUZUKI Keisuke", read as "Suzuki Keisuke": the form as written is an alias.
    const written = m.kind === 'person' ? text.slice(m.start, m.end) : m.form;
    if (written !== m.form && written.toLowerCase() === m.form.toLowerCase() && !entity.forms.includes(written)) entity.forms.push(written);
    // "His Majesty King Abdullah": the titled form is one of the monarch's names too.
    const titled = m.via === 'title' && m.role && lexicon().regnalRoles.has(m.role) ? `${m.role[0].toUpperCase()}${m.role.slice(1)} ${m.form}` : null;
    if (titled && !entity.forms.includes(titled)) entity.forms.push(titled);
    giveRole(entity, m);
    out.push({ ...m, entity: entity.key });
    entityAt.set(m.start, entity);
    for (const apposed of apposedRoles.get(m.start) ?? []) giveRole(entity, apposed);
  };
  const assignGovernment = (m: Mention, government: string) => assign({ ...m, knownId: government, country: government }, open(`${document.id}#${government}`, { ...m, knownId: government, country: government }, government, 'country'));
  /** A candidate name read as a body's ("Hazam" the party, "rights group X Y"): an organization of its own in the document. */
  const assignOrganization = (m: Mention) => assign({ ...m, kind: 'organization', via: 'organization-head' }, open(`${document.id}#org:${m.form.toLowerCase()}`, m, m.form, 'organization'));
  const focal = focalCountryOf(mentions);
  const dateline = datelineCountryOf(text, mentions, sentences, documentSentences);
  const agencyOwner = creditedAgencyCountry(text, mentions);
  const agencyHome = agencyOwner === null ? null : agencyCountryOf(text, mentions, agencyOwner);
  // "his Ethiopian counterpart" with no name apposed: resolved once every person of the document is known.
  const unnamedCounterparts: Mention[] = [];
  // "the Primature" that no government named before stands for: resolved once every leader of the document is known.
  const leaderOffices: Mention[] = [];
  // Name runs of two words or more not taken as people where they stood ("X Y stayed at home"), for a surname that acts later ("Y said").
  const untakenNames: Mention[] = [];
  // One-word names no one named before fits, for a person named in full after them.
  const shortBeforeFull: Mention[] = [];
  let assignedLate = false;
  // Found in one pass each way rather than by a scan per mention, which made long documents quadratic.
  const partyNames = namedParties(mentions);
  const outletNames = headerOutletNames(text, sentences, documentSentences);
  const previousNonModifier = nearestNonModifier(mentions, -1);
  const nextNonModifier = nearestNonModifier(mentions, 1);

  for (const [n, m] of mentions.entries()) {
    if (m.via === 'outlet') {
      out.push({ ...m, entity: '' });
      continue;
    }
    if (m.via === 'candidate' && outletNames.has(m.form)) {
      out.push({ ...m, kind: 'organization', via: 'outlet', knownId: m.form, country: null, entity: '' });
      continue;
    }
    if (m.via === 'body-reference') {
      const body = latestBodyHeaded(out, byKey, m.form);
      if (body) assign(m, body);
      continue;
    }
    if (m.kind !== 'person' && m.via !== 'pronoun') {
      // Only as the subject of a speech or meeting verb: "accused Montenegro", "in Montenegro" stay the country.
      const surnamed = m.kind === 'country' && m.via === 'name' && !m.locative && actsNext(text, m) ? personBySurname(persons, m.form) : null;
      if (surnamed) assign({ ...m, kind: 'person', country: null, knownId: null }, surnamed);
      else if (m.knownId) assign(m, open(`${document.id}#${m.knownId}`, m, m.form, m.kind));
      else if (m.via === 'organization-head') assign(m, open(`${document.id}#org:${m.form.toLowerCase()}`, m, m.form, 'organization'));
      // "talks at the Ministry of Foreign Affairs": the building where they met, not a party or a speaker.
      else if (m.via === 'focal-government' && !m.locative) {
        const government = governmentMeant(text, mentions, n, focal, dateline, agencyHome);
        if (government) assignGovernment(m, government);
        else if (leaderOfficeRole(text, m)) leaderOffices.push(m);
      }
      continue;
    }
    if (m.via === 'pronoun') continue;
    if (m.via === 'role') {
      const previousIndex = previousNonModifier[n];
      const nextIndex = nameAfterRolePhrase(text, mentions, nextNonModifier, n);
      const apposedTo = nextIndex > 0 && apposedName(text, m, mentions[nextIndex]) ? nextIndex : previousIndex >= 0 && apposedName(text, mentions[previousIndex], m, true) && !subjectAfterFrontedPhrase(text, sentences[m.sentence].start, mentions[previousIndex], m) && !reportsAfter(text, m) ? previousIndex : nameAfterTitleChain(text, mentions, nextNonModifier, n, conjoinedAfterName(text, m, mentions[previousIndex]));
      // "the next chancellor", "a future president", "any Thai leader", "the first visit by a Uruguayan foreign minister": not whoever holds the role now.
      // "the former vice president said" (the modifier may open the role's own words): not whoever holds the role now.
      const noCurrentHolder = noParticularHolder().test(text.slice(Math.max(0, m.start - 20), m.start)) || pastOfficeOpening().test(text.slice(Math.max(0, m.start - 20), m.end));
      const holder = apposedTo >= 0 || noCurrentHolder ? null : latestWithRole(persons, m, lexicon().genericRoles, lastSentence, republicsOwnHeads, agencyOwner);
      // "X and his Armenian counterpart Y held talks in Kigali. … the visiting prime minister": not the host.
      const target = holder && VISITING_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) && holder.country === hostCountryBefore(mentions, n) ? null : holder;
      if (target) assign(m, target);
      else if (apposedTo < 0 && !noCurrentHolder && lexicon().counterpartRoles.has(m.role ?? '')) unnamedCounterparts.push(m);
      else if (apposedTo >= 0) {
        out.push({ ...m, entity: `pending:${apposedTo}` });
        const named = entityAt.get(mentions[apposedTo].start);
        if (named) giveRole(named, m);
        else apposedRoles.set(mentions[apposedTo].start, [...(apposedRoles.get(mentions[apposedTo].start) ?? []), m]);
      }
      continue;
    }
    if (m.via === 'candidate' && namesPlace(text, m)) continue;
    // "X of the Institute of Asian Studies said": the run after an academic institution's "of" names its field, no person.
    if (m.via === 'candidate' && institutionOfBefore().test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    // "Hazam criticised …" where the article calls Hazam a party elsewhere ("Hazam, the main opposition party,").
    if (m.via === 'candidate' && partyNames.has(m.form)) {
      assignOrganization(m);
      continue;
    }
    // "State-owned miner Tavan Gol Resources", "rights group Voces del Pueblo", "Tampere University": a body's name, no person's.
    if (m.via === 'candidate' && namesBody(text, m)) {
      // "Professor X of Tampere University said": the scholar's institution, which describes the scholar and acts in nothing.
      const previous = mentions[previousNonModifier[n]];
      if (previous?.kind === 'person' && INSTITUTION_OF_PERSON.test(text.slice(previous.end, m.start))) continue;
      assignOrganization(m);
      continue;
    }
    const respelled = respelledPerson(text, m, mentions, out, byKey);
    if (respelled) {
      assign(m, respelled);
      continue;
    }
    const { tokens, full } = keysOf(m.form);
    const styled = styledAlike(text, m);
    const existing = findPerson(persons, m.form, m.role, styled);
    if (existing === AMBIGUOUS) continue;
    if (existing) {
      // "Capt. Traoré" told from a "Mr Traoré": the surname two people share is a name of neither, the titled form is.
      const shared = styled && persons.some((person) => person !== existing && findPerson([person], m.form) === person);
      assign(shared ? { ...m, form: text.slice(styleAt(text, m)!.start, m.end) } : m, existing);
      continue;
    }
    if (tokens.length >= 2 && m.via !== 'candidate') {
      assign(m, open(`${document.id}#person:${full}`, m, m.form, 'person'));
      continue;
    }
    // "the head of the party's International Department, Liu Jianchao": a role already apposed to this name makes it a person.
    // "met Hun Manet in Phnom Penh": a name model/people.json lists is a person without a title.
    if (tokens.length >= 2 && (apposedRoles.has(m.start) || knownCountries().has(full) || isPersonContext(text, m, mentions[nextNonModifier[n]], mentions[previousNonModifier[n]], mentions[n - 1]) || listedBeforeSpeaker(text, mentions, nextNonModifier, n) || memberOfActingBody(text, m, mentions[n + 1]))) {
      assign(m, open(`${document.id}#person:${full}`, m, m.form, 'person'));
      continue;
    }
    if (tokens.length >= 2) untakenNames.push(m);
    // "the grid operator Ukrenergo said": a company's one-word name, no person.
    if (tokens.length === 1 && m.via === 'candidate' && companyNounBefore().test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    if (tokens.length === 1 && (m.via !== 'candidate' || actsNext(text, m))) {
      const introduced = introducingName(text, untakenNames, tokens[0]);
      if (introduced) {
        const person = open(`${document.id}#person:${keysOf(introduced.form).full}`, introduced, introduced.form, 'person');
        assign(introduced, person);
        assign(m, person);
        assignedLate = true;
      } else if (m.via !== 'candidate' || !pluralNounOpensSentence(text, sentences[m.sentence], m)) assign(m, open(`${document.id}#person:${full}`, m, m.form, 'person'));
    } else if (tokens.length === 1) shortBeforeFull.push(m);
  }
  // "a call between Lula and X. … President Luiz Inácio Lula da Silva": a short name that fits one person named in full later.
  for (const m of shortBeforeFull) {
    const later = findPerson(persons, m.form);
    if (later === null || later === AMBIGUOUS) continue;
    assign(m, later);
    assignedLate = true;
  }
  for (const m of leaderOffices) {
    const country = leaderOfficeCountry(text, m, persons, focal);
    if (!country) continue;
    assignGovernment(m, country);
    assignedLate = true;
  }
  if (assignedLate) out.sort((a, b) => a.start - b.start || a.end - b.end);
  // Role mentions apposed to a name take that name's entity (which has their role already).
  const finalMentions = out.map((m) => {
    if (!m.entity.startsWith('pending:')) return m;
    const neighbour = mentions[Number(m.entity.slice('pending:'.length))];
    return { ...m, entity: entityAt.get(neighbour.start)?.key ?? '' };
  });
  // "President Claudia Sheinbaum said": a well-known person the text gives no nationality.
  for (const person of persons) person.country ??= knownCountryOf(person);
  for (const person of persons) takeKnownOfSharedForm(person);
  for (const person of persons) if (person.country === null) nameLeaderBySurname(person);
  for (const person of persons) nameKnownByAlias(person);
  for (const person of persons) nameKnownByStyledTail(person);
  const withPronouns = resolvePronouns(text, mentions, finalMentions, sentences, documentSentences, byKey);
  const counterparts = resolveCounterparts(text, unnamedCounterparts, withPronouns, byKey);
  const resolved = counterparts.length === 0 ? withPronouns : [...withPronouns, ...counterparts].sort((a, b) => a.start - b.start || a.end - b.end);
  const withInterviewee = markIntervieweeAndAddFirstPerson(text, resolved, sentences, documentSentences, byKey, persons);
  const kept = withInterviewee.filter((m) => m.entity !== '' || m.via === 'outlet');
  return { entities, mentions: kept.map((m, n) => withDelegationLed(text, m, kept[n - 1])) };
}

/**
 * "Traders said …": a lone capitalised word opening the sentence that ends like a plural agent noun (words.json
 * pluralAgentNounEndings) and names no one the article introduced is a common noun written upper case, no actor.
 */
function pluralNounOpensSentence(text: string, sentence: Sentence, m: Mention): boolean {
  return pluralAgentNoun().test(m.form) && /^[\s"“‘']*$/.test(text.slice(sentence.start, m.start));
}

const pluralAgentNoun = once(() => new RegExp(`^\\p{Lu}\\p{Ll}+(?:${words.pluralAgentNounEndings.join('|')})$`, 'u'));

/** "grid operator ", "the mining company ": a noun for a company (words.json companyNouns) just before a name. */
const companyNounBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.companyNouns)})\s+$`, 'i'));

/**
 * A name of two words or more that a noun for a company or a group stands right before ("the mining company X Y"),
 * unless a given name opens it, or that an academic institution's head word closes ("Tampere University").
 */
function namesBody(text: string, m: Mention): boolean {
  const parts = m.form.split(' ');
  if (parts.length < 2) return false;
  if (ACADEMIC_INSTITUTION_HEADS.has(parts.at(-1)!)) return true;
  return bodyNounBefore().test(text.slice(Math.max(0, m.start - 30), m.start)) && givenNameGender(parts[0]) === null;
}

const ACADEMIC_INSTITUTION_HEADS = new Set(words.academicInstitutionHeads);
const INSTITUTION_OF_PERSON = /^\s+of\s+$/;
/** "the mining company ", "rights group ": a noun for a company or a group (words.json companyNouns, groupNouns) just before a name. */
const bodyNounBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern([...words.companyNouns, ...words.groupNouns])})\s+$`, 'i'));

/** "the Union": the organization named last before it whose name closes with that head word ("the Mano River Union"), or null. */
function latestBodyHeaded(resolved: Mention[], byKey: Map<string, DocEntity>, head: string): DocEntity | null {
  for (let k = resolved.length - 1; k >= 0; k--) {
    const entity = byKey.get(resolved[k].entity);
    if (entity?.kind === 'organization' && entity.name.split(' ').at(-1) === head) return entity;
  }
  return null;
}

/**
 * "FrontPage Africa | Monrovia, Wednesday 18 November 2026 | By X": the parts of a header line set off by bars above the first
 * body sentence, but its day's and its byline, name the outlet (and where it writes from); a name in the body that repeats one
 * ("told FrontPage Africa") is that outlet, no person.
 */
function headerOutletNames(text: string, sentences: Sentence[], documentSentences: number[]): Set<string> {
  const names = new Set<string>();
  for (const index of documentSentences) {
    const sentence = sentences[index];
    if (sentence.blockKind === 'body') break;
    const line = text.slice(sentence.start, sentence.end);
    if (!line.includes('|')) continue;
    for (const part of line.split('|').map((piece) => piece.trim().replace(/^The\s+/, ''))) if (part && !/\d/.test(part) && !/^By\s/.test(part)) names.add(part);
  }
  return names;
}

/** One-word names the article makes a party or other body somewhere ("the ruling Hazam party", "Hazam, the main opposition party,"). */
function namedParties(mentions: Mention[]): Set<string> {
  return new Set(mentions.filter((m) => m.kind === 'organization' && m.via === 'organization-head' && !m.knownId && !m.form.includes(' ')).map((m) => m.form));
}

/** "a delegation from the European Union led by Ambassador X": the person speaks for the body or country whose delegation they lead. */
function withDelegationLed(text: string, m: Mention, previous: Mention | undefined): Mention {
  if (m.affiliation !== null || m.kind !== 'person' || previous?.kind === 'person' || previous?.sentence !== m.sentence) return m;
  if (!ledByTitle().test(text.slice(previous.end, m.start)) || !DELEGATION_FROM.test(text.slice(Math.max(0, previous.start - 30), previous.start))) return m;
  return { ...m, affiliation: previous.knownId ?? previous.form };
}

const DELEGATION_FROM = /\bdelegations?\s+(?:from|of)\s+(?:the\s+)?$/i;
const ledByTitle = once(() => new RegExp(String.raw`^\s+(?:${ledBy()})\s+(?:(?:its|the|\p{Lu}[\p{L}.'’-]*)\s+){0,4}$`, 'u'));
/** "led by", "headed by" (triggers.json delegationLeader.ledBy), as one alternation. */
const ledBy = once(() => phrasePattern(lexicon().triggers.delegationLeader.ledBy));

/**
 * An interview: marks the interviewee the introduction names (their entity's `interviewee`) and adds their "I" and "me" mentions in the answers;
 * a transcript's turn labelled with one of the document's people (`persons`): the turn's "I" and "me" are that person.
 */
function markIntervieweeAndAddFirstPerson(text: string, resolved: Mention[], sentences: Sentence[], documentSentences: number[], byKey: Map<string, DocEntity>, persons: DocEntity[]): Mention[] {
  const labelLines = hasQuestionLabelLines(text);
  const labelled = (id: number) => labelledTurnSpeaker(text, sentences, id, labelLines, persons)?.speaker ?? null;
  // Most documents have no Q/A turn label: their sentences are not read for one.
  const interviewee = opensTurn(text) ? intervieweeOf(text, sentences, documentSentences, groupBySentence(resolved), (entity) => byKey.get(entity)?.kind) : null;
  // Marked for stage 08, which gives the interviewee the answers that have no speaker of their own.
  if (interviewee) byKey.get(interviewee)!.interviewee = true;
  const firstPerson = firstPersonMentions(text, sentences, documentSentences, (id) => labelled(id) ?? (interviewee !== null && answerLabel(text, sentences[id]) ? interviewee : null));
  return firstPerson.length === 0 ? resolved : [...resolved, ...firstPerson].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Each well-known person's name key with their country (model/people.json); a key people of two countries share gives none. */
const knownCountries = once(() => {
  const byKey = new Map<string, string | null>();
  for (const { name, country } of people.people) {
    const key = fullNameKey(name);
    byKey.set(key, byKey.has(key) && byKey.get(key) !== country ? null : country);
  }
  return byKey;
});

function knownCountryOf(person: DocEntity): string | null {
  for (const form of [...person.forms, ...person.forms.flatMap(withoutOneAncestor), ...person.forms.flatMap(givenNameFirst)]) {
    const country = knownCountries().get(keysOf(form).full);
    if (country) return country;
  }
  return null;
}

/** "Chief Cabinet Secretary Kihara Minoru": a two-word name written surname first (Japanese style) is listed given name first. */
function givenNameFirst(form: string): string[] {
  const tokens = form.split(' ');
  return tokens.length === 2 ? [`${tokens[1]} ${tokens[0]}`] : [];
}

/**
 * "President Museveni said": a leader the article names by title and surname only is the one dictionary person
 * (model/people.json) with that surname, with their full name and country. A surname two dictionary people share
 * names no one; so does a title that is not a head of state's or government's (roles.json surnameLeaderTitles).
 */
function nameLeaderBySurname(person: DocEntity): void {
  if (person.forms.length === 0 || person.forms.some((form) => nameTokens(form).length !== 1)) return;
  if (!person.roles.some(({ role }) => surnameLeaderTitles().has(role.toLowerCase()))) return;
  const known = knownPersonBySurname(person.forms[0]);
  if (!known) return;
  person.name = known.name;
  person.forms.push(known.name);
  person.country = known.country;
}

/**
 * "the Dominican President, X" where the article names both Dominica and the Dominican Republic: a demonym two states share
 * gave its default state; a well-known person (model/people.json) listed in the other one is of that one.
 */
function takeKnownOfSharedForm(person: DocEntity): void {
  const given = person.country;
  const known = given === null ? null : knownCountryOf(person);
  if (given === null || known === null || known === given || !shareAForm(given, known)) return;
  person.country = known;
  person.roles = person.roles.map((r) => (r.country === given ? { ...r, country: known } : r));
}

/** "Bongbong Marcos": a name model/people.json lists as another name of a well-known person is that person, with their full name and country. */
function nameKnownByAlias(person: DocEntity): void {
  const known = person.forms.map((form) => knownPeopleByAlias().get(keysOf(form).full)).find((entry) => entry !== undefined);
  if (!known || person.forms.includes(known.name)) return;
  person.name = known.name;
  person.forms.push(known.name);
  person.country ??= known.country;
}

/**
 * "Sultan Hassanal Bolkiah Mu'izzaddin Waddaulah": a monarch (a form opens with a title of roles.json regnalRoles) whose name opens
 * with a dictionary person's full name of two or more words and goes on with at most three capitalised words of a style is that
 * person. Not a name without a monarch's title ("Foreign Minister X Y Peters" keeps his surname), nor when the whole name is a
 * dictionary person of its own ("Mohamed bin Zayed Al Nahyan"), nor when a lower-case particle follows ("Khalid bin Salman bin Hamad").
 */
function nameKnownByStyledTail(person: DocEntity): void {
  if (!person.forms.some(opensWithRegnalTitle) || person.forms.some((form) => knownCountries().has(fullNameKey(form)))) return;
  const known = person.forms.map(knownBeforeStyledTail).find((entry) => entry !== null);
  if (!known) return;
  // The dictionary name replaces the styled one, so that the actor is named by it.
  person.forms = [...new Set(person.forms.map((form) => (knownBeforeStyledTail(form) === known ? known.name : form)))];
  person.name = known.name;
  person.country ??= known.country;
}

/** The dictionary person whose full name (two words or more; accents and case aside, as spelt there) opens `form` after its monarch's titles, followed by one to three capitalised words only. */
function knownBeforeStyledTail(form: string): { name: string; country: string } | null {
  const words = form.split(/\s+/);
  while (words.length > 0 && lexicon().regnalRoles.has(words[0].toLowerCase())) words.shift();
  for (let length = words.length - 1; length >= Math.max(2, words.length - STYLED_TAIL_WORDS); length--) {
    // Spelled as the dictionary spells it: the name key would take "Rodrigo Paiz Cuyún" for "Rodrigo Paz".
    const known = knownPeopleBySpelling().get(foldedName(words.slice(0, length).join(' ')));
    if (known && words.slice(length).every((word) => /^\p{Lu}/u.test(word))) return known;
  }
  return null;
}

const STYLED_TAIL_WORDS = 3;

const knownPeopleBySpelling = once(() => new Map(people.people.map((entry) => [foldedName(entry.name), entry])));

/** A name in lower case, its accents folded as the name keys fold them. */
const foldedName = (name: string) => foldAccents(name).toLowerCase();

const knownPeopleByAlias = once(() => {
  const byAlias = new Map<string, { name: string; country: string }>();
  for (const entry of people.people) for (const alias of entry.aliases ?? []) byAlias.set(fullNameKey(alias), entry);
  return byAlias;
});

const surnameLeaderTitles = once(() => new Set(roles.surnameLeaderTitles));

/** The one dictionary person (model/people.json) whose last name is `surname`; none when two share it. */
export function knownPersonBySurname(surname: string): { name: string; country: string } | null {
  return knownPeopleBySurname().get(keysOf(surname).full) ?? null;
}

const knownPeopleBySurname = once(() => {
  const bySurname = new Map<string, { name: string; country: string } | null>();
  for (const entry of people.people) {
    // "Ferdinand Marcos Jr.": the surname stands before a son's suffix (a reign number, "Charles III", is no suffix: skipped below).
    const tokens = nameTokens(entry.name);
    const last = tokens.at(-1) ?? '';
    const surname = tokens.at(generationSuffix().test(last) && !isReignNumber(last) ? -2 : -1);
    if (surname === undefined || isReignNumber(surname)) continue;
    const key = fullNameKey(surname);
    bySurname.set(key, bySurname.has(key) && bySurname.get(key)?.name !== entry.name ? null : entry);
  }
  return bySurname;
});

/**
 * The first mention after role mention `n` that is not inside the role's own phrase: in "envoy on
 * Myanmar, X" or "minister of the Republic of Ghana, X" the name comes after the places named, and in
 * "president of the Alliance of Vojvodina Serbs, X" after the words of the body's name.
 */
function nameAfterRolePhrase(text: string, mentions: Mention[], nextNonModifier: number[], n: number): number {
  let next = nextNonModifier[n];
  // "the president of the Alliance of Vojvodina Serbs, X": an untitled name inside the phrase is part of the body's name.
  while (next > 0 && (mentions[next].kind !== 'person' || mentions[next].locative || (mentions[next].via === 'candidate' && mentions[next].sentence === mentions[n].sentence)) && ROLE_PHRASE.test(text.slice(mentions[n].end, mentions[next].start))) next = nextNonModifier[next];
  return next;
}

const spellingNoteAfter = once(() => new RegExp(`^,\\s+as\\s+([^,.;]{0,60}?)name\\s+is\\s+(?:also\\s+)?(?:${phrasePattern(words.spellingNoteVerbs)})\\b`, 'iu'));
// A bare "called" is a phone call ("X, called Y on Monday"): only a modifier ("popularly called") makes it a name.
const nicknameNote = once(() => new RegExp(`^,\\s+(?:(?:(?:${phrasePattern(words.nicknameNoteModifiers)})\\s+)?(?:${phrasePattern(words.nicknameNoteVerbs)})|(?:${phrasePattern(words.nicknameNoteModifiers)})\\s+called)\\s+["“']?$`, 'iu'));
const spellingNoteBefore = once(() => new RegExp(`(?:\\(|,)\\s*(?:also|or)\\s+(?:${phrasePattern(words.spellingNoteVerbs)})\\s+$`, 'iu'));

/**
 * "X, as the Egyptian minister's surname is also transliterated," / "Y (also spelled Z)": a name noted
 * as another spelling is the person named before (of the note's country, when it tells one), not a new one.
 */
function respelledPerson(text: string, m: Mention, mentions: Mention[], resolved: Mention[], byKey: Map<string, DocEntity>): DocEntity | null {
  const latestPerson = (keep: (p: DocEntity) => boolean) => {
    for (let i = resolved.length - 1; i >= 0; i--) {
      const entity = byKey.get(resolved[i].entity);
      if (entity && entity.kind === 'person' && keep(entity)) return entity;
    }
    return null;
  };
  if (spellingNoteBefore().test(text.slice(Math.max(0, m.start - 30), m.start))) return latestPerson(() => true);
  // "X, known as Y,": the nickname names the person just before the note, nobody further back.
  const before = resolved[resolved.length - 1];
  if (before && before.end <= m.start && nicknameNote().test(text.slice(before.end, m.start))) {
    const named = byKey.get(before.entity);
    if (named?.kind === 'person') return named;
  }
  const note = spellingNoteAfter().exec(text.slice(m.end, m.end + 120));
  if (!note) return null;
  // "Kosherbaev, as his surname is also transliterated,": the person whose name it respells, whoever was named last.
  const respells = latestPerson((p) => sharesTokenKey(p.name, m.form));
  if (respells) return respells;
  const noteEnd = m.end + note[0].length;
  const country = mentions.find((o) => o.start >= m.end && o.end <= noteEnd && o.country)?.country ?? null;
  // A note that names no country and matches no name points at nobody rather than at whoever was named last.
  return country === null ? null : latestPerson((p) => p.country === country);
}

/** Two names share a token spelled alike (Kosherbaev, Kosherbayev). */
function sharesTokenKey(name: string, other: string): boolean {
  const keys = new Set(keysOf(name).tokens);
  return keysOf(other).tokens.some((key) => keys.has(key));
}

/** "the next ", "a future ", "any Thai " (roles.json noParticularHolderModifiers) just before a role, compiled once. */
const noParticularHolder = once(() => new RegExp(String.raw`\b(?:${phrasePattern(roles.noParticularHolderModifiers)})\s+(?:[\p{L}-]+\s+)?$`, 'iu'));

const pastOfficeOpening = once(() => new RegExp(`(?:^|[^\\p{L}])(?:${phrasePattern(lexicon().pastOfficeModifiers)})\\s*(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+$`, 'iu'));

const ROLE_PHRASE = /^\s+(?:of|to|for|on|in|at)\s+[^,;]{0,80}$/;

/**
 * "The President of the Republic, Head of Government, H.E. X": a role whose comma opens another role (no article between),
 * itself apposed to a name, is that name's too. "…, A, and by the Minister of State and Chief of the Civil House, B": a
 * role opening the conjunct after a name may be joined to the next role by "and" (the conjunct is one person, not A again).
 * The name's index, else -1.
 */
function nameAfterTitleChain(text: string, mentions: Mention[], nextNonModifier: number[], n: number, joinedByAnd: boolean): number {
  const joins = joinedByAnd ? ROLE_AND_ROLE : ROLE_THEN_ROLE;
  let role = n;
  for (let step = 0; step < 3; step++) {
    const next = nextNonModifier[role];
    if (next < 0 || mentions[next].via !== 'role' || mentions[next].sentence !== mentions[n].sentence || !joins.test(text.slice(mentions[role].end, mentions[next].start))) return -1;
    const name = nameAfterRolePhrase(text, mentions, nextNonModifier, next);
    if (name > 0 && apposedName(text, mentions[next], mentions[name])) return name;
    role = next;
  }
  return -1;
}

const ROLE_THEN_ROLE = /^(?:\s+(?:of|to|for|on|in|at)\s+[^,;]{1,80})?,\s+$/;
const ROLE_AND_ROLE = /^(?:\s+(?:of|to|for|on|in|at)\s+[^,;]{1,80})?(?:,\s+|\s+and\s+)$/;

/** "A, and by the Minister of State …", "A and the minister …": the role opens a conjunct right after the name A. */
function conjoinedAfterName(text: string, role: Mention, previous: Mention | undefined): boolean {
  return !!previous && previous.sentence === role.sentence && previous.kind === 'person' && previous.via !== 'role' && previous.via !== 'pronoun' && NAME_THEN_CONJUNCT.test(text.slice(previous.end, role.start));
}

const NAME_THEN_CONJUNCT = /^,?\s+and\s+(?:(?:by|with|to|for)\s+)?the\s+$/;

/** For each mention, the index of the nearest mention before it (direction -1) or after it (1) that is not a modifier, else -1. */
function nearestNonModifier(mentions: Mention[], direction: 1 | -1): number[] {
  const nearest: number[] = new Array(mentions.length);
  let last = -1;
  for (let step = 0; step < mentions.length; step++) {
    const k = direction === 1 ? mentions.length - 1 - step : step;
    nearest[k] = last;
    if (!mentions[k].modifier) last = k;
  }
  return nearest;
}

/**
 * Between a role and the name apposed to it: the role's phrase, a bracketed qualifier ("Minister of State for Foreign
 * Affairs (Regional Affairs), X"), a comma, and initials ("Gen. X"), or up to four capitalised words before a name with an honorific.
 */
const ROLE_PHRASE_THEN_NAME = /^(?:\s+(?:of|to|for|on|in|at)\s+[^,;]{1,80})?(?:\s+\([^(),;]{1,40}\))?(?:\s+(?:himself|herself))?,\s+(?:\p{Lu}\p{Ll}{0,4}\.\s+)*$/u;
const OFFICE_RANKS = new Set(roles.officeRanks);
const ROLE_PHRASE_THEN_TITLED_NAME = /^(?:\s+(?:of|to|for|on|in|at)\s+[^,;]{1,80})?(?:\s+\([^(),;]{1,40}\))?(?:\s+(?:himself|herself))?,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}$/u;

/** "X, the representative of Y" or "Iran's supreme leader, X": a role and a name side by side. */
function apposedName(text: string, first: Mention | undefined, second: Mention | undefined, nameFirst = false): boolean | null {
  // Apposition stays inside its sentence: "the spokesman for X. On Monday, Y said" does not make Y the spokesman.
  if (!first || !second || first.sentence !== second.sentence) return null;
  const between = text.slice(first.end, second.start);
  if (nameFirst) {
    if (first.kind !== 'person' || first.via === 'role' || first.via === 'pronoun') return null;
    // "Friedrich Merz, the likely next chancellor,": a few lower-case words may follow the article.
    return /^,\s+(?:(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3})?(?:(?:former|[\p{Lu}][\p{L}.’'-]*)\s+)*$/u.test(between) ? true : null;
  }
  if (second.kind !== 'person' || second.via === 'role' || second.via === 'pronoun') return null;
  // "the leader of the Rapid Support Forces, Gen. X", "China's envoy to the Pacific, X", "envoy on Myanmar, X", "Consul General in Moyale, X", "State Secretary at the ministry, X": the role, its phrase, then the name.
  // An honorific the name's mention left out ("the Emir of Kuwait, Sheikh X") may stand before it too; "himself" after the role ("the Chadian minister himself, X") changes nothing.
  // So may a military rank the name's mention read as its title ("the President of the Republic, Army General X").
  const ranked = second.via === 'honorific' || (second.via === 'title' && OFFICE_RANKS.has(second.role ?? ''));
  if ((ranked ? ROLE_PHRASE_THEN_TITLED_NAME : ROLE_PHRASE_THEN_NAME).test(between)) return true;
  // "the bloc's current president, Paraguayan President X": the name's own title must be the same role.
  const sameRole = !!first.role && !!second.role && (second.role === first.role || second.role.endsWith(` ${first.role}`));
  return sameRole && /^,\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}$/u.test(between) ? true : null;
}

/**
 * "In his meeting with President X, the prime minister said": the name closes a phrase that opens the sentence, and the
 * role after its comma, followed by its verb rather than by a closing comma, is the clause's subject, not X's apposition
 * ("After meeting X, the Kenyan president, Y said" keeps it).
 */
function subjectAfterFrontedPhrase(text: string, sentenceStart: number, name: Mention, role: Mention): boolean {
  const fronted = text.slice(sentenceStart, name.start);
  return (FRONTED_PHRASE_BEFORE_NAME.test(fronted) || FRONTED_PARTICIPLE_BEFORE_NAME.test(fronted)) && VERB_AFTER_SUBJECT_ROLE.test(text.slice(role.end, role.end + 20));
}

/**
 * "… met X and Y, an EU diplomat said": a role after a name's comma that a speech verb follows with no comma of its own
 * is the reporting clause's subject, no apposition to the name ("X, the minister, said" is one).
 */
function reportsAfter(text: string, role: Mention): boolean {
  const verb = /^\s+([a-z]+)\b/.exec(text.slice(role.end, role.end + 20))?.[1];
  return !!verb && Object.hasOwn(lexicon().triggers.statementVerbs, verb);
}

const FRONTED_PHRASE_BEFORE_NAME = /^\s*(?:in|during|at|after|following|before|on|with|ahead of)\s[^,;]*$/i;
/** "Received in audience by the President, Colonel X, the Botswanan diplomat came": a participle's phrase, with its own appositions. */
const FRONTED_PARTICIPLE_BEFORE_NAME = /^\s*\p{Lu}\p{Ll}+ed\s+(?:in|by|at|on)\s[^;]*$/u;
/** A lower-case word after the role that is no preposition carrying the role on ("the president of Kenya"). */
const VERB_AFTER_SUBJECT_ROLE = /^\s+(?!(?:of|for|to|in|at|on|and|who|whom|whose|which|that)\b)\p{Ll}/u;

/**
 * The person a role alone ("the president") refers to: the holder of that role named last. When
 * several people hold it, only one named in the last two sentences is meant; an older one is a guess.
 */
function latestWithRole(persons: DocEntity[], m: Mention, generic: Set<string>, lastSentence: Map<string, number>, republicsOwnHeads: Set<string>, agencyOwner: string | null): DocEntity | null {
  if (!m.role) return null;
  const bareMinisterRank = BARE_MINISTER_RANKS.get(m.role);
  if (!m.country && !m.inQuote && bareMinisterRank !== undefined) return onlyRecentMinister(persons, m, bareMinisterRank, lastSentence);
  // "The Saudi minister": a generic role names someone only with a nationality, and only the one person of it holding such a role.
  if (generic.has(m.role)) {
    const named = ROLES_NAMED_BY_GENERIC_ROLE.get(m.role);
    if (m.country) return onlyHolderFrom(persons, named ?? [m.role], m.country);
    // "received the Ambassador of China, X. The diplomat announced": the one holder of such a role named just before.
    return named && !m.inQuote && ROLES_NAMED_WITHOUT_NATIONALITY.has(m.role) ? onlyHolderFrom(persons.filter((person) => m.sentence - (lastSentence.get(person.key) ?? -Infinity) <= RECENT_SENTENCES), named, null) : null;
  }
  // "The President of the Republic, X, received the envoy of the Congolese Head of State … the Head of State said": X.
  const ownHeads = m.role === 'head of state' && !m.country ? persons.filter((person) => republicsOwnHeads.has(person.key)) : [];
  if (ownHeads.length === 1) return ownHeads[0];
  const fits = (person: DocEntity) => {
    // "The Ugandan leader" refers back to the Ugandan president or prime minister.
    const asLeader = m.role === 'leader' && !!m.country && person.roles.some((r) => lexicon().leaderRoles.has(r.role));
    // "President X received Y. … the Head of State said": a state's head by the office he holds (not a body's president).
    const asHeadOfState = m.role === 'head of state' && person.roles.some((r) => HEAD_OF_STATE_ROLES.has(r.role)) && ((person.country ?? knownCountryOf(person)) !== null || republicsOwnHeads.has(person.key));
    // "The prime minister" is not the deputy prime minister, though "the minister" may be the foreign minister.
    return asLeader || asHeadOfState || person.roles.some((r) => r.role === m.role || (r.role.endsWith(` ${m.role}`) && !/^(?:deputy|vice)[ -]/.test(r.role)));
  };
  const holders = persons.filter((person) => {
    // "X welcomed his Uruguayan counterpart Y … the Uruguayan foreign minister": a holder of no known country is not of
    // the role's country when someone else of that country is named; but "President X … Liberia's Foreign Minister Y … The
    // Liberian leader said", just after naming X, is X when no one else of that country holds the role.
    // "Foreign Minister X met Uganda's foreign minister": a holder of no known country named in the same sentence is someone else.
    // "Foreign Minister X … the Czech foreign minister": a holder model/people.json places in another country is someone else.
    const country = person.country ?? knownCountryOf(person);
    const named = lastSentence.get(person.key);
    const compatriots = () => persons.filter((other) => other !== person && other.country === m.country);
    const recent = named !== undefined && m.sentence - named <= RECENT_SENTENCES;
    const countryFits = !m.country || country === m.country || (!country && named !== m.sentence && (compatriots().length === 0 || (recent && !compatriots().some(fits))));
    return fits(person) && countryFits;
  });
  // "(Agency) - A's President X met … B's President Y … The President said": a state agency's bare "the President" is its
  // own country's, however recently a foreign one was named; with none of its own, or several, it is no one.
  if (holders.length > 1 && agencyOwner !== null && !m.country && (lexicon().leaderRoles.has(m.role) || HEAD_OF_STATE_ROLES.has(m.role))) {
    const own = holders.filter((person) => (person.country ?? knownCountryOf(person)) === agencyOwner);
    return own.length === 1 ? own[0] : null;
  }
  const mentionedAt = (person: DocEntity) => lastSentence.get(person.key) ?? -1;
  const latest = holders.reduce<DocEntity | null>((best, person) => (!best || mentionedAt(person) >= mentionedAt(best) ? person : best), null);
  if (!latest || holders.length === 1) return latest;
  // "X met Y. The prime minister said": two holders named last in the same sentence are no guide.
  if (holders.some((person) => person !== latest && mentionedAt(person) === mentionedAt(latest))) return null;
  return m.sentence - mentionedAt(latest) <= RECENT_SENTENCES ? latest : null;
}

const RECENT_SENTENCES = 2;

/** "President of the Republic" with no country after it: how a country's own press styles its head of state. */
const OF_THE_REPUBLIC = /^\s+of\s+the\s+Republic\b(?!\s+of\b)/;
const SERVING_OF_THE = /\bof\s+the\s+$/;

const HEAD_OF_STATE_ROLES = new Set(roles.headOfStateRoles);

/** "the minister", "the vice minister": by the rank word ('' for a full minister) a bare minister role carries. */
const BARE_MINISTER_RANKS = new Map<string, string>(Object.entries(words.bareMinisterRoles));
const MINISTER_RANK_WORDS = new Set(Object.values(words.bareMinisterRoles).filter(Boolean));

/** The minister's rank word in `role` ('' for a full minister), or null for no minister ("prime minister" is none). */
function ministerRank(role: string): string | null {
  const roleWords = role.split(/[ -]/);
  if (!roleWords.includes('minister') || roleWords.includes('prime')) return null;
  return roleWords.find((word) => MINISTER_RANK_WORDS.has(word)) ?? '';
}

/**
 * "Chile's Minister of Foreign Affairs, X, held a call … The minister said": a bare "the minister" is the one minister of
 * that rank the document has named, when named in the last sentences; with two of them named, it is no one (a
 * ministry's release calls its own minister "the Minister" long after naming a visiting one).
 */
function onlyRecentMinister(persons: DocEntity[], m: Mention, rank: string, lastSentence: Map<string, number>): DocEntity | null {
  const holders = persons.filter((person) => person.roles.some((r) => ministerRank(r.role) === rank));
  return holders.length === 1 && m.sentence - (lastSentence.get(holders[0].key) ?? -Infinity) <= RECENT_SENTENCES ? holders[0] : null;
}

/** The one person of `country` (of any, for null) holding one of `roles` (or a role ending in it), by the country a counterpart's holder is found by. */
function onlyHolderFrom(persons: DocEntity[], roles: string[], country: string | null): DocEntity | null {
  // "The Ethiopian minister" is the foreign minister, not the Ethiopian prime minister named beside him.
  const holds = (held: string, role: string) => (BARE_MINISTER_RANKS.has(role) ? ministerRank(held) === BARE_MINISTER_RANKS.get(role) : held === role || held.endsWith(` ${role}`));
  // "Dr. Badr Abdelatty … The Egyptian Minister": a known person's country, before the document's end settles it.
  const holders = persons.filter((person) => (country === null || (countryOf(person) ?? knownCountryOf(person)) === country) && person.roles.some((r) => roles.some((role) => holds(r.role, role))));
  return holders.length === 1 ? holders[0] : null;
}

/** "Donald Trump Jr.": a son's suffix after a surname (words.json generationSuffixes), no second surname, compiled once. */
const generationSuffix = once(() => new RegExp(`^(?:${phrasePattern(words.generationSuffixes)})\\.?$`, 'i'));

/** What a short name fits when it fits several people of the document: no one, and it opens no one. */
const AMBIGUOUS = 'ambiguous';

/** Fewer letters than this, respaced, fit too many names ("Li", "Ali", "Ben Ali" is 6). */
const MIN_RESPACED_LETTERS = 6;

/** A person already in the document whose name this form repeats, shortens or spells differently. */
function findPerson(everyone: DocEntity[], form: string, role: string | null = null, styled: ((person: DocEntity) => boolean) | null = null): DocEntity | typeof AMBIGUOUS | null {
  const own = keysOf(form);
  const { tokens, full, joined } = own;
  if (tokens.length === 0) return null;
  // "Sultan Ibrahim" after "Prime Minister Anwar Ibrahim": a monarch's one name is his own, no other person's surname or middle name.
  const persons = tokens.length === 1 && role !== null && lexicon().regnalRoles.has(role) ? everyone.filter((person) => person.roles.some((held) => lexicon().regnalRoles.has(held.role))) : everyone;
  // "Abdel Fattah" beside an "Abdel Fattah Kamal": a given name, which closes an "Abdelfattah" only by its letters.
  // Asked only where it decides, as it looks through every form of every person.
  const opensName = once(() => own.letters.length >= MIN_RESPACED_LETTERS && persons.some((person) => formKeysOf(person).some((keys) => keys.runs.opening.includes(own.letters))));
  // "King Salman" and "Crown Prince Mohammed bin Salman": the name after "bin" is the father's, neither's short form.
  const matching = persons.filter((person) =>
    formKeysOf(person).some((keys) => (endsWith(keys.tokens, tokens) && !fatherAt(keys, own)) || (endsWith(tokens, keys.tokens) && keys.tokens.length >= 2 && !fatherAt(own, keys)) || (joined.length >= 4 && keys.full.endsWith(joined) && !opensName() && !fatherAt(keys, own))),
  );
  // "La'auli Leuatea Schmidt" (a caption) and "La'auli Leuatea Polata'ivao Schmidt": a middle name more or less, the
  // same first and last name, as actors merge across documents; else the short form "La'auli" would fit two people.
  if (matching.length === 0 && tokens.length >= 2) {
    const variant = persons.filter((person) => formKeysOf(person).some((keys) => keys.tokens.length >= 2 && Math.max(keys.tokens.length, tokens.length) >= 3 && keys.tokens[0] === tokens[0] && keys.tokens.at(-1) === tokens.at(-1)));
    if (variant.length === 1) return variant[0];
    // "Bruno Rodríguez … Rodríguez Parrilla": a second surname after the surname of the one person named before,
    // spelt as it was ("Michael Dorsett" after "Kamla Mitchell" is someone else, though their keys sound alike).
    const head = own.spelled.slice(0, -1);
    // "Defence Minister Billy Joseph … Opposition Leader Joseph Kuri": a name titled with another office opens with a given name.
    const bySecondSurname = generationSuffix().test(tokens.at(-1)!) ? [] : persons.filter((person) => !otherOffice(person, role) && formKeysOf(person).some((keys) => endsWithLonger(keys.spelled, head)));
    if (bySecondSurname.length === 1) return bySecondSurname[0];
    // "Taras Hrytsenko" and "Taras Hrytsenko-Bilyk": the first part of a double surname after the same names, of the one person so named.
    const byFirstSurname = persons.filter((person) => formKeysOf(person).some((keys) => firstOfDoubleSurname(keys, own) || firstOfDoubleSurname(own, keys)));
    if (byFirstSurname.length === 1) return byFirstSurname[0];
  }
  // "Badr Abdelatty … Abdel Aty said": the letters of the end of one person's name, spaced or joined otherwise.
  if (matching.length === 0 && own.letters.length >= MIN_RESPACED_LETTERS && !opensName()) {
    const respaced = persons.filter((person) => formKeysOf(person).some((keys) => keys.runs.closing.includes(own.letters)));
    if (respaced.length === 1) return respaced[0];
  }
  // "Berdimuhamedov" after a father and a son of that name is neither: a guess would put one in the other's meeting.
  if (matching.length === 1) return matching[0];
  // "Capt. Traoré" beside a minister and a captain of that surname: the one named before with that title, else no one.
  if (matching.length > 1 && styled) {
    const byStyle = matching.filter(styled);
    return byStyle.length === 1 ? byStyle[0] : AMBIGUOUS;
  }
  if (matching.length > 1) return matching.find((person) => formKeysOf(person).some((keys) => keys.full === full)) ?? AMBIGUOUS;
  // Some naming traditions (Ethiopian, Icelandic, Indonesian) shorten to the given name: accept it when one person fits.
  if (tokens.length === 1) {
    const byGivenName = persons.filter((p) => formKeysOf(p).some((keys) => keys.tokens.length >= 2 && keys.tokens[0] === tokens[0]));
    if (byGivenName.length === 1) return byGivenName[0];
    // "Crown Prince Mohammed" beside two other Mohammeds: the one with that role, else no one (not a new "Mohammed").
    if (byGivenName.length > 1) {
      const byRole = role ? byGivenName.filter((p) => p.roles.some((r) => r.role === role)) : [];
      // "Prince Salman" after "Prince Salman bin Hamad" and "King Salman bin Abdulaziz": the one named before with that style.
      const byStyle = byRole.length === 0 && styled ? byGivenName.filter(styled) : [];
      return byRole.length === 1 ? byRole[0] : byStyle.length === 1 ? byStyle[0] : (longestOfOneName(byGivenName) ?? AMBIGUOUS);
    }
    // "Moussa Faki Mahamat" ... "Faki told": a middle name used alone, when one person has it.
    const byMiddleName = persons.filter((p) => formKeysOf(p).some((keys) => keys.middle.includes(tokens[0])));
    if (byMiddleName.length === 1) return byMiddleName[0];
    // "Donika Gërvalla-Schwarz" ... "Gervalla said": a part of a hyphenated double surname, accents aside, when one person
    // has it and it is no common word, given name or role ("Sarah Owen-Jones" ... "Owen said" may be another Owen).
    const byDoubleSurnamePart = wordOtherThanSurname(form) ? [] : persons.filter((p) => formKeysOf(p).some((keys) => keys.surnameParts.includes(own.spelled[0])));
    if (byDoubleSurnamePart.length === 1) return byDoubleSurnamePart[0];
  }
  // "Ram Chandra Poudel … President Paudel": a family name as another transliteration writes it, alone or after the same
  // given names, of the one person so named; letters that tell names apart (Zhou, Zhao) join no one otherwise.
  if (matching.length === 0) {
    const bySurnameSpelling = persons.filter((p) => formKeysOf(p).some((keys) => keys.tokens.length >= 2 && keys.surnameVariant === own.surnameVariant && (tokens.length === 1 || startsWith(keys.tokens, tokens.slice(0, -1)))));
    if (bySurnameSpelling.length === 1) return bySurnameSpelling[0];
  }
  return null;
}

/** Whether the mention's title is a role the person, named before with roles, never had. */
function otherOffice(person: DocEntity, role: string | null): boolean {
  return role !== null && person.roles.length > 0 && !person.roles.some((held) => held.role === role);
}

/** "Major", "Owen", "The": a capitalised word that is a common word, a given name or a role before it is a surname. */
function wordOtherThanSurname(word: string): boolean {
  return lexicon().notNameWords.has(word) || givenNameGender(word) !== null || roleSpellings().has(word.toLowerCase());
}

const roleSpellings = once(() => new Set(lexicon().roles));

/**
 * "Prince Salman": whether a person was named before with the same style (roles.json honorifics) right before one of
 * their names, as in "Prince Salman bin Hamad"; null when no style stands before the mention.
 */
function styledAlike(text: string, m: Mention): ((person: DocEntity) => boolean) | null {
  const style = styleAt(text, m)?.match;
  if (!style) return null;
  const earlier = text.slice(0, m.start);
  // "Capt." abbreviates "Captain": an abbreviated style matches the style written out before.
  const written = style[0].trimEnd().endsWith('.') ? `${phrasePattern([style[1]])}\\p{L}*\\.?` : phrasePattern([style[1]]);
  return (person) => person.forms.some((form) => new RegExp(`(?<![\\p{L}])${written}\\s+${phrasePattern([form])}(?![\\p{L}])`, 'u').test(earlier));
}

/** The style (roles.json honorifics) right before a name, and where it starts. */
function styleAt(text: string, m: Mention): { match: RegExpExecArray; start: number } | null {
  const from = Math.max(0, m.start - 40);
  const match = styleBefore().exec(text.slice(from, m.start));
  return match && { match, start: from + match.index };
}

/** A style (group 1) ending the text before a name, compiled once. */
const styleBefore = once(() => new RegExp(`(?<![\\p{L}])(${phrasePattern(lexicon().honorifics)})\\.?\\s+$`, 'u'));

/**
 * "Zeljko Komsic stayed at home. … Komsic said": the one name run before that ends with the surname now
 * acting; none when several do, or a word of it names a place or a body, or a body's name may run into it.
 */
function introducingName(text: string, untaken: Mention[], surname: string): Mention | null {
  const fits = untaken.filter((m) => {
    const { tokens } = keysOf(m.form);
    if (tokens.length > 4 || tokens.at(-1) !== surname || OPENS_NAME_OF_BODY.test(text.slice(Math.max(0, m.start - 8), m.start))) return false;
    return !nameTokens(m.form).some((token) => lexicon().placeAndBodyWords.has(token) || lexicon().organizationHeads.has(token));
  });
  return fits.length > 0 && fits.every((m) => m.form === fits[0].form) ? fits[0] : null;
}

const VISITING_BEFORE = /\bvisiting\s+$/i;

/** The country of the last place named before mention `n` ("in Kigali", "in Rwanda"): where a visitor is the guest. */
function hostCountryBefore(mentions: Mention[], n: number): string | null {
  for (let k = n - 1; k >= 0; k--) if (mentions[k].kind === 'country' && mentions[k].locative === 'place' && mentions[k].country) return mentions[k].country;
  return null;
}

/** "High Commissioner for Refugees X Y": a run after "for" or "of" may carry the end of a body's name. */
const OPENS_NAME_OF_BODY = /\b(?:for|of|the)\s+$/i;

/** "Prime Minister Luís Montenegro … Montenegro said": a country's one-word name that is the surname of a person named before. */
function personBySurname(persons: DocEntity[], form: string): DocEntity | null {
  const { tokens } = keysOf(form);
  if (tokens.length !== 1) return null;
  return persons.findLast((p) => formKeysOf(p).some((keys) => keys.tokens.length >= 2 && keys.tokens.at(-1) === tokens[0])) ?? null;
}

/** Token keys and whole-name key of a form, and where its fathers' names begin among the tokens ("X bin Y": [1]). */
interface FormKeys {
  tokens: string[];
  /** The token keys run together: another form's whole key may end with them when it joins the words ("Abdelfattah"). */
  joined: string;
  full: string;
  fathers: number[];
  /** "bin Farhan": the form keeps the particle, so it is the son's. */
  patronymic: boolean;
  /** The form's letters however spaced or joined (`nameLetters`), and those of the runs of words closing and opening it (`respacedRuns`). */
  letters: string;
  runs: { closing: string[]; opening: string[] };
  /** The identifying tokens (`nameTokens`) as written, accents folded and in lower case: "Rodríguez" and "Rodriguez" alike, "Mitchell" and "Michel" not. */
  spelled: string[];
  /** The token keys between the first and the last, before a father's name: "Faki" of "Moussa Faki Mahamat". */
  middle: string[];
  /** Of a name of two words or more, the parts of its last word before the last hyphen, as `spelled`: "gërvalla" of "Donika Gërvalla-Schwarz". */
  surnameParts: string[];
  /** The last identifying token's `surnameVariantKey`: "Paudel" and "Poudel" alike. */
  surnameVariant: string;
  /** Of a name of two words or more closing on a hyphenated double surname ("Ana Ruiz-Soto"), its first part as `spelled` ("ruiz"); else null. */
  doubleSurnameFirst: string | null;
}

/** Whether `short` is `double` with only the first part of its hyphenated surname ("Ana Ruiz" of "Ana Ruiz-Soto"), not of a given name ("Jong-un"). */
function firstOfDoubleSurname(double: FormKeys, short: FormKeys): boolean {
  const { spelled } = double;
  return double.doubleSurnameFirst !== null && spelled.length === short.spelled.length && double.doubleSurnameFirst === short.spelled.at(-1) && spelled.slice(0, -1).every((word, k) => word === short.spelled[k]);
}

const DOUBLE_SURNAME = /^(\p{Lu}\p{Ll}{2,})-\p{Lu}\p{Ll}{2,}$/u;

/** Whether `part` is the name of an ancestor that closes `whole` (the tokens after its "bin", without it). */
function fatherAt(whole: FormKeys, part: FormKeys): boolean {
  return !part.patronymic && whole.fathers.includes(whole.tokens.length - part.tokens.length);
}

const formKeys = new Map<string, FormKeys>();

/** The form cache lives as long as a worker: emptied when it holds this many, so a corpus's variety of names cannot grow it without end. */
const FORM_KEYS_KEPT = 20_000;

/**
 * The keys of a person's forms, in their order, kept beside the person: each name mention compares
 * itself with every form of every person named before it, and looking up each form's keys by its
 * string again was most of that. A person's forms only grow, so the list is only extended.
 */
const personFormKeys = new WeakMap<DocEntity, FormKeys[]>();

function formKeysOf(person: DocEntity): FormKeys[] {
  let keys = personFormKeys.get(person);
  if (!keys) personFormKeys.set(person, (keys = []));
  for (let k = keys.length; k < person.forms.length; k++) keys.push(keysOf(person.forms[k]));
  return keys;
}

/** A name form's token keys and whole-name key, computed once per form: `findPerson` reads them for every form of every person at each name mention. */
function keysOf(form: string): FormKeys {
  let keys = formKeys.get(form);
  if (!keys) {
    const identifying = nameTokens(form);
    const tokens = identifying.map(tokenKey);
    const fathers = patronymicStarts(form);
    const spelled = identifying.map(foldedName);
    const doubleSurname = identifying.length >= 2 ? DOUBLE_SURNAME.exec(identifying.at(-1)!) : null;
    keys = {
      tokens,
      joined: tokens.join(''),
      full: fullNameKey(form),
      fathers,
      patronymic: opensWithPatronymic(form),
      letters: nameLetters(form.split(/\s+/)),
      runs: respacedRuns(form),
      spelled,
      middle: tokens.slice(1, Math.min(tokens.length - 1, fathers[0] ?? Infinity)),
      surnameParts: spelled.length >= 2 ? spelled.at(-1)!.split('-').slice(0, -1) : [],
      surnameVariant: identifying.length > 0 ? surnameVariantKey(identifying.at(-1)!) : '',
      doubleSurnameFirst: doubleSurname ? foldedName(doubleSurname[1]) : null,
    };
    if (formKeys.size >= FORM_KEYS_KEPT) formKeys.clear();
    formKeys.set(form, keys);
  }
  return keys;
}

/**
 * "Sheikh Tamim" after "Sheikh Tamim bin Hamad" (a caption) and "Sheikh Tamim bin Hamad Al Thani": when each
 * person's name opens the longest one, they are one name written shorter and longer, and the given name is its bearer.
 */
function longestOfOneName(persons: DocEntity[]): DocEntity | null {
  const named = persons.map((person) => ({ person, tokens: formKeysOf(person).reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a)).tokens }));
  const longest = named.reduce((a, b) => (b.tokens.length > a.tokens.length ? b : a));
  return named.every(({ tokens }) => startsWith(longest.tokens, tokens)) ? longest.person : null;
}

function startsWith(whole: string[], part: string[]): boolean {
  return part.length <= whole.length && part.every((p, i) => whole[i] === p);
}

function endsWithLonger(whole: string[], part: string[]): boolean {
  return whole.length > part.length && endsWith(whole, part);
}

function endsWith(whole: string[], part: string[]): boolean {
  if (part.length > whole.length) return false;
  return part.every((p, i) => whole[whole.length - part.length + i] === p);
}

/** Two-word name runs become people when a role is apposed to them or they speak. */
function isPersonContext(text: string, m: Mention, next: Mention | undefined, prev: Mention | undefined, justBefore: Mention | undefined): boolean {
  if (next && next.via === 'role' && apposedName(text, m, next, true)) return true;
  if (countrysGivenName(text, m, justBefore)) return true;
  if (prev && prev.via === 'role' && apposedName(text, prev, m)) return true;
  if (actsNext(text, m)) return true;
  if (meetingVerbObject(text, m)) return true;
  if (leadsDelegation(text, m)) return true;
  const listLeadIn = text.slice(Math.max(0, m.start - 160), m.start);
  if (PLURAL_ROLE_APPOSED.test(listLeadIn) || PLURAL_ROLE_PAIRS.test(listLeadIn)) return true;
  if (PLURAL_ROLE_FIRST_PAIR.test(listLeadIn) && NEXT_PAIR.test(text.slice(m.end, m.end + 60))) return true;
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  return /\b(said|says|told|quoted|according to)\s*$/i.test(before) || /["”’],?\s*(said|says|added|stated)\s*$/i.test(before);
}

/** "Anna Berg of the Green Party said": a name of two or three words, then "of the" a body the model knows that acts, is the body's member, a person. */
function memberOfActingBody(text: string, m: Mention, next: Mention | undefined): boolean {
  const words = nameTokens(m.form).length;
  return !!next && next.kind === 'organization' && !!next.knownId && words >= 2 && words <= 3 && /^\s+of\s+the\s+$/.test(text.slice(m.end, next.start)) && actsNext(text, next);
}

/** "a delegation of Chinese legislators led by Wang Ming": a name of two or three words right after "led by" a delegation leads it, a person. */
function leadsDelegation(text: string, m: Mention): boolean {
  const words = nameTokens(m.form).length;
  return words >= 2 && words <= 3 && delegationLedBy().test(text.slice(Math.max(0, m.start - 80), m.start));
}

const delegationLedBy = once(() => new RegExp(String.raw`\bdelegations?\b[^.;:,"“”]{0,60}\s(?:${ledBy()})\s+$`, 'i'));

/**
 * "Shavkat Mirziyoyev, Kassym-Jomart Tokayev and Sadyr Japarov met": full names listed before the
 * last of them, which acts, are people like it.
 */
function listedBeforeSpeaker(text: string, mentions: Mention[], nextNonModifier: number[], n: number): boolean {
  let current = n;
  for (let step = 0; step < 6; step++) {
    const next = nextNonModifier[current];
    if (next < 0 || mentions[next].via !== 'candidate' || !LIST_JOINER.test(text.slice(mentions[current].end, mentions[next].start))) return false;
    if (/\band\s+$/.test(text.slice(mentions[current].end, mentions[next].start))) return nameTokens(mentions[next].form).length >= 2 && actsNext(text, mentions[next]);
    current = next;
  }
  return false;
}

const LIST_JOINER = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$/;

/**
 * "his Moldovan and Romanian counterparts, Mihai Popsoi and Oana Toiu": names apposed to a plural role, each of a list of them
 * ("his counterparts, X, Y and Z"); one may carry its side in brackets ("the two directors-general, X (Peru) and Y (Chile)").
 */
const APPOSED_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*(?:\s+\([^()]{1,30}\))?`;
const PLURAL_ROLE_APPOSED = new RegExp(String.raw`\b(?:${words.pluralRoles.join('|')})(?:\s+of\s+[^,;.]{1,40})?,\s+(?:${APPOSED_NAME},\s+){0,4}(?:${APPOSED_NAME},?\s+and\s+)?$`, 'u');

const LISTED_PLACE = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*`;
const LISTED_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’.-]*`;
/**
 * "the ambassadors of Slovenia, X, and Croatia, Y", "her counterparts from Chile, X, and Peru, Y": each name after its place
 * in a list of pairs after a plural role's "of" or "from", past the first.
 */
const PLURAL_ROLE_PAIRS = new RegExp(String.raw`\b(?:${words.pluralRoles.join('|')})\s+(?:of|from)\s+${LISTED_PLACE}(?:,\s+${LISTED_NAME},\s+(?:and\s+)?${LISTED_PLACE}){1,4},\s+$`, 'u');
/** The first pair of such a list: its place after the plural role, then the next pair's place after the name. */
const PLURAL_ROLE_FIRST_PAIR = new RegExp(String.raw`\b(?:${words.pluralRoles.join('|')})\s+(?:of|from)\s+${LISTED_PLACE},\s+$`, 'u');
const NEXT_PAIR = new RegExp(String.raw`^,\s+(?:and\s+)?${LISTED_PLACE},\s+\p{Lu}`, 'u');

/** "Uruguay's Luis Lacalle Pou": a country's possessive, then a name that opens with a given name ("Kenya's Rift Valley" does not). */
function countrysGivenName(text: string, m: Mention, justBefore: Mention | undefined): boolean {
  if (justBefore?.kind !== 'country' || !/^['’]s\s+$/.test(text.slice(justBefore.end, m.start))) return false;
  return opensWithGivenName(m);
}

/** A name whose first word is a given name and none of whose words names a place or a body. */
function opensWithGivenName(m: Mention): boolean {
  const tokens = nameTokens(m.form);
  return givenNameGender(tokens[0] ?? '') !== null && !tokens.some((token) => lexicon().placeAndBodyWords.has(token) || lexicon().organizationHeads.has(token));
}

/** "the Al-Nour and Al-Huda mosques": an untitled name right before a building's or a public place's noun is that place's. */
function namesPlace(text: string, m: Mention): boolean {
  return namedPlaceNounAfter().test(text.slice(m.end, m.end + 20));
}

const namedPlaceNounAfter = once(() => new RegExp(`^\\s+(?:${phrasePattern(words.namedPlaceNouns)})\\b`));

/**
 * "received David Kofi Mensah in Accra", "held talks with Ana Lucia Ferreira": the untitled object of
 * a meeting verb, opening with a given name and not modifying a noun after it ("met Christian
 * Democrat lawmakers" does).
 */
function meetingVerbObject(text: string, m: Mention): boolean {
  return meetingVerbBefore().test(text.slice(Math.max(0, m.start - 60), m.start)) && NAME_ENDS_PHRASE.test(text.slice(m.end, m.end + 20)) && opensWithGivenName(m);
}

const meetingVerbBefore = once(() => new RegExp(`\\b(?:${phrasePattern(Object.keys(lexicon().triggers.meetingVerbs).filter((verb) => !PLACE_OBJECT_VERBS.has(verb)))})(?:\\s+(?:with|to|from))?\\s+$`, 'i'));

/** What may follow a whole name: punctuation, the end, or a word that opens no noun phrase the name would modify. */
const NAME_ENDS_PHRASE = /^(?:$|[,.;:)]|\s+(?:in|at|on|and|to|for|during|from|who|with|last|this|earlier|later|over|after|before|about|as)\b)/;

const PLACE_OBJECT_VERBS = new Set(words.placeObjectVerbs);

// "The ministry summoned the envoy … to protest": a summons told as a protest is the body's statement (stage 08).
const actionVerbs = once(() => new Set([...Object.keys(lexicon().triggers.statementVerbs), ...Object.keys(lexicon().triggers.meetingVerbs), ...lexicon().triggers.protestSummons.verbs]));

/** The mention is directly followed (after an optional appositive or adverb) by a statement or meeting verb. */
function actsNext(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 160);
  // Both readings: "X, met Y ..., the ministry said" closes an apposition at once, though a comma pair follows.
  return [DIRECT_VERB, VERB_AFTER_APPOSITIVE].some((pattern) => {
    const phrase = after.match(pattern)?.[1];
    return !!phrase && (actionVerbs().has(phrase) || actionVerbs().has(phrase.split(' ')[0]));
  });
}

const ADVERBS_BEFORE_VERB = String.raw`(?:(?:also|has|had|have|then|later|earlier|again|repeatedly|publicly|for his part,|for her part,)\s+)*([a-z]+(?: [a-z]+)?)`;
// "Mao Ning (毛寧) on Friday urged", "Abdirahman Abdullahi (Irro) warned": a gloss in brackets after the name.
const DIRECT_VERB = new RegExp(String.raw`^(?:['’]s office)?(?:\s*\([^()]{1,40}\))?,?\s+${ADVERBS_BEFORE_VERB}`);
const VERB_AFTER_APPOSITIVE = new RegExp(String.raw`^(?:['’]s office)?,[^,.;“”"]{1,120},\s+${ADVERBS_BEFORE_VERB}`);

/**
 * The country "the ministry" or "the government" (mention `n`) stands for: the one whose government
 * the text named last ("Russia's foreign ministry said... the ministry added"), else the country the
 * article is about, if it has named no other country as an actor so far; otherwise no one.
 */
function governmentMeant(text: string, mentions: Mention[], n: number, focal: { country: string; at: number } | null, dateline: Dateline | null, agencyHome: string | null): string | null {
  // "Pakistani officials met … . X criticised the government": officials are people, not the body a later "the government" names.
  // "Hamas officials … the government": after an organization's body, no country's government is meant.
  // "The Chinese embassy in Lima … the Foreign Ministry": a mission abroad is no ministry; the bare one is the host's, if any
  // (but "the embassy" is the one named before).
  const mission = namesMission(text, mentions[n]);
  const portfolio = PORTFOLIO_AFTER.exec(text.slice(mentions[n].end, mentions[n].end + 60))?.[1];
  const ministry = ministryName().test(text.slice(mentions[n].start, mentions[n].end));
  for (let k = n - 1; k >= 0; k--) {
    // "the Sudanese Ministry of Foreign Affairs … the Ministry of Information": a ministry of another portfolio is not the one named before.
    if (portfolio !== undefined && mentions[k].via === 'government' && !text.slice(mentions[k].start, mentions[k].end + 60).split(/[.\n]/)[0].includes(portfolio)) continue;
    // "denounced the blockade imposed by the United States government. … the Ministry of Foreign Affairs condemned": another
    // country than the one the article is about, its government named as a whole and not as a clause's subject ("the Iraqi
    // government has surrendered"), has no ministry a bare one may be.
    if (ministry && focal && mentions[k].via === 'government' && mentions[k].knownId !== focal.country && namesWholeGovernmentOnly(text, mentions[k])) continue;
    if (mentions[k].via === 'government' && mentions[k].knownId && !namesOfficials(text, mentions[k]) && (mission || !namesMission(text, mentions[k]))) {
      // "Minister of Industry X will lead a delegation, the ministry said": the minister's own ministry, not another country's named before.
      if (mentions[k].sentence < mentions[n].sentence && ministerOfOtherCountry(mentions, n, mentions[k].knownId)) return null;
      return mentions[k].kind === 'country' ? mentions[k].knownId : null;
    }
  }
  // "The EU's Ambassador to Georgia was not invited, the embassy said": a bare mission no mission named before fits is one abroad
  // in the country the story is about, whose own it is not.
  if (mission) return null;
  // "Riyadh, May 3, SPA -- The Cabinet welcomed…": a state's own agency names its own government bare, wherever it writes from;
  // only as the speaker, not "briefed the Cabinet on his talks with X", whose talks were not the Cabinet's.
  if (agencyHome !== null && actsNext(text, mentions[n])) return agencyHome;
  // "The Foreign Ministry dismissed claims that X met Israeli officials": a country named only after it is not the one meant.
  if (!focal || focal.at > n) return null;
  // "Addis Ababa, May 3 (ENA) - … the Ministry of Foreign Affairs rejected": a wire datelined in the country it is about names its own
  // government bare; datelined elsewhere ("NAIROBI - … hosted Ugandan President Y. … the Foreign Ministry"), the first country named is no guide.
  // A dateline that spells its country out ("LIMA, Peru —"), or set beside the outlet's name in a header line ("Outlet | Lima,
  // 4 May 2026 | By X"), is a home paper's, which names its own government bare.
  // "KATHMANDU - … talks at the Ministry of Foreign Affairs. … The ministry said": the ministry the story was set in is the dateline's.
  // "SARAJEVO - … Russian ambassador summoned": a country first named as an envoy's is the guest, no guide either.
  if (dateline !== null) return dateline.country === focal.country || dateline.home || ministryVisitedBefore(text, mentions, n) || namesEnvoy(text, mentions[focal.at]) ? dateline.country : null;
  // "X received Y at the Ministry in Accra. … The Ministry reiterates": the ministry the story was set in, in the capital of the country it is about.
  if (ministryVisitedIn(text, mentions, n) === focal.country) return focal.country;
  const othersNamed = mentions.slice(0, n).some((m) => m.kind === 'country' && m.knownId && m.knownId !== focal.country && !m.locative);
  return !othersNamed || foreignMinistryOfFocalMinister(text, mentions, n, focal.country) ? focal.country : null;
}

/**
 * "German Foreign Minister X held talks with … . A planned visit was called off, the Foreign Office said", "The Minister of
 * Foreign Affairs, X, … . Meanwhile, the Ministry of Foreign Affairs summoned …": a bare foreign ministry (or "the ministry"
 * after one) is the ministry of the foreign ministers named before it, when all are of the focal country (by their title or
 * the dictionary) or all of none known (a counterpart is the other side's, not counted).
 */
function foreignMinistryOfFocalMinister(text: string, mentions: Mention[], n: number, focal: string): boolean {
  const namesForeignMinistry = (m: Mention) => foreignMinistryName().test(text.slice(m.start, m.end));
  const body = mentions[n];
  if (!namesForeignMinistry(body) && !(/^the ministry$/i.test(text.slice(body.start, body.end)) && mentions.slice(0, n).some((m) => m.via === 'focal-government' && namesForeignMinistry(m)))) return false;
  const countries = new Set<string | null>();
  mentions.slice(0, n).forEach((m, k) => {
    if (m.kind === 'person' && m.role === 'foreign minister') countries.add(m.country ?? knownCountryOfName(m.via === 'role' ? mentions[k + 1] : m));
  });
  return countries.size === 1 && [null, focal].includes([...countries][0]);
}

/** The country of the dictionary person (model/people.json) that the name `m` gives, or null. */
function knownCountryOfName(m: Mention | undefined): string | null {
  return m?.kind === 'person' && m.via !== 'role' ? (knownCountries().get(keysOf(m.form).full) ?? null) : null;
}

/** "the ministry", "the Foreign Office", "MOFA": a body's name that names a ministry, not a whole government. */
const ministryName = once(() => new RegExp(String.raw`\b(?:ministry|${phrasePattern([...words.foreignMinistryNames, ...words.ministryAcronyms])})\b`, 'i'));

/** "the United States government", "the French authorities", not a clause's subject ("the Iraqi government has surrendered"): a country's government named as a whole. */
function namesWholeGovernmentOnly(text: string, m: Mention): boolean {
  return wholeGovernmentAtEnd().test(text.slice(m.start, m.end)) && !FINITE_VERB_NEXT.test(text.slice(m.end, m.end + 30));
}

/** "has surrendered", "would", "rejected": a finite verb right after a subject. */
const FINITE_VERB_NEXT = /^\s+(?:has|have|had|is|was|were|are|would|will|could|can|did|does|\p{Ll}+ed)\b/u;

/** "the United States government", "Canadian authorities" (words.json wholeGovernmentNouns): a country's government as a whole. */
const wholeGovernmentAtEnd = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.wholeGovernmentNouns)})$`, 'i'));

/** "the Foreign Office", "Ministry of External Affairs" (words.json foreignMinistryNames), anywhere in a body's name. */
const foreignMinistryName = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.foreignMinistryNames)})\b`, 'i'));

/**
 * "Prime Minister X received … . The Primature denied": a leader's office named bare (words.json leaderOffices) is the office of
 * the one person the document names holding that leader's role, when he is of the country the article is about; with two
 * holders, or one of another country, it is no one's.
 */
function leaderOfficeCountry(text: string, m: Mention, persons: DocEntity[], focal: { country: string; at: number } | null): string | null {
  const role = leaderOfficeRole(text, m);
  if (!role || !focal) return null;
  const holders = persons.filter((person) => person.roles.some((r) => r.role === role));
  return holders.length === 1 && (holders[0].country ?? knownCountryOf(holders[0])) === focal.country ? focal.country : null;
}

/** The role of the leader whose office a bare government mention names ("the Primature": "prime minister"), or undefined. */
function leaderOfficeRole(text: string, m: Mention): string | undefined {
  return LEADER_OFFICES.get(/\p{L}+$/u.exec(text.slice(m.start, m.end))?.[0].toLowerCase() ?? '');
}

const LEADER_OFFICES = new Map(Object.entries(words.leaderOffices));

/** The country of the one state news agency the document credits ("Jakarta, 16 November (Antara) -"), or null. */
function creditedAgencyCountry(text: string, mentions: Mention[]): string | null {
  const agencies = new Set(mentions.filter((m) => m.via === 'outlet' && closesCredit(text.slice(m.end, m.end + 4))).map((m) => lexicon().nationalAgencies.get(m.form)));
  const [home] = agencies;
  return agencies.size === 1 && home !== undefined ? home : null;
}

/**
 * `home`, the state whose own news agency (agencies.json stateAgency) datelines the document ("Riyadh, May 3, SPA --",
 * "Doha (QNA) -"), as the owner of a bare "the ministry"; null when the document names another country's government
 * ("Kenya's foreign ministry"), whose "the ministry" a bare one may then be.
 */
function agencyCountryOf(text: string, mentions: Mention[], home: string): string | null {
  // "would meet Israeli officials in Baku": officials are people, and "the hostile statements of the French authorities" a
  // government as a whole: no other government whose "the ministry" a bare one may be.
  return mentions.some((m) => m.via === 'government' && m.knownId !== home && !namesOfficials(text, m) && !namesWholeGovernmentOnly(text, m)) ? null : home;
}

/** An unnamed government body earlier in the document as the place where something happened, not one placed elsewhere ("… in Beijing"). */
function ministryVisitedBefore(text: string, mentions: Mention[], n: number): boolean {
  return mentions.slice(0, n).some((m) => m.via === 'focal-government' && m.locative === 'place' && !/^\s+in\s/.test(text.slice(m.end, m.end + 4)));
}

/** "Russian ambassador", "Iran's chargé d'affaires": a country named as an envoy's (triggers.json protestSummons envoys). */
function namesEnvoy(text: string, m: Mention): boolean {
  return envoyAfter().test(text.slice(m.end, m.end + 40));
}

const envoyAfter = once(() => new RegExp(`^(?:'s?|’s?)?\\s+(?:${phrasePattern(lexicon().triggers.protestSummons.envoys)})\\b`, 'i'));

/** The country whose capital an unnamed government body earlier in the document was the place of ("at the Ministry in Accra"), or null. */
function ministryVisitedIn(text: string, mentions: Mention[], n: number): string | null {
  for (let k = 0; k < n - 1; k++) {
    const [body, capital] = [mentions[k], mentions[k + 1]];
    if (body.via === 'focal-government' && body.locative === 'place' && capital.via === 'capital' && capital.locative === 'place' && /^\s+in\s+$/.test(text.slice(body.end, capital.start))) return capital.knownId;
  }
  return null;
}

/** A minister named earlier in the bare ministry's own sentence whom the text does not place in `country`. */
function ministerOfOtherCountry(mentions: Mention[], n: number, country: string | null): boolean {
  for (let j = n - 1; j >= 0 && mentions[j].sentence === mentions[n].sentence; j--) {
    const m = mentions[j];
    if (m.kind === 'person' && !m.inQuote && m.role?.split(' ').includes('minister') && m.country !== country) return true;
  }
  return false;
}

/** " of Information", " of Foreign Affairs": the portfolio that a bare ministry's name goes on with (group 1). */
const PORTFOLIO_AFTER = /^\s+of\s+((?:\p{Lu}\p{Ll}+\s+(?:and\s+)?)*\p{Lu}\p{Ll}+)/u;

/** "the Chinese embassy", "Japan's consulate": a country's mission abroad rather than its government at home. */
function namesMission(text: string, m: Mention): boolean {
  return bodyAbroadAtEnd().test(text.slice(m.start, m.end));
}

/** "Pakistani officials": a country's officials, people rather than its government's body. */
function namesOfficials(text: string, m: Mention): boolean {
  return /\bofficials$/i.test(text.slice(m.start, m.end));
}

/**
 * The country of a document's dateline, and whether the dateline is a home paper's: it names that country after its city
 * ("LIMA, Peru —"), or it is a part of a header line beside the outlet's name ("Outlet | Lima, 4 May 2026 | By X").
 */
interface Dateline { country: string; home: boolean }

/** The dateline of the place that opens the document's first body sentence ("Accra, 30th October 2025"), a header line of its own or a part of one, or null. */
function datelineCountryOf(text: string, mentions: Mention[], sentences: Sentence[], documentSentences: number[]): Dateline | null {
  const first = documentSentences.find((index) => sentences[index].blockKind === 'body');
  if (first === undefined) return null;
  const at = mentions.findIndex((m) => isDatelineOrItsLinePlace(text, m, sentences, first) && m.kind === 'country');
  const place = mentions[at];
  if (!place?.knownId) return null;
  const next = mentions[at + 1];
  const spelledOut = !!next && next.knownId === place.knownId && next.form !== place.form && /^,\s*$/.test(text.slice(place.end, next.start));
  return { country: place.knownId, home: spelledOut || isHeaderPartPlace(text, place, sentences, first) };
}

/** The country a document is about: the first country it names as an actor (headlines come first), and the index of that mention. */
function focalCountryOf(mentions: Mention[]): { country: string; at: number } | null {
  const at = mentions.findIndex((m) => m.kind === 'country' && m.knownId && !m.locative);
  return at < 0 ? null : { country: mentions[at].knownId!, at };
}

/** "Asked about X's remarks, ": a question opening a sentence (words.json questionOpenings), whose people are not its subject. */
const questionOpening = once(() => new RegExp(String.raw`^\s*(?:${phrasePattern(words.questionOpenings)})\b[^,]{0,80},\s*`, 'i'));

/**
 * He/she/it take the subject of the nearest earlier sentence with an actor subject of the right kind.
 * A person whose gender the document gives otherwise is passed over for the one person of that
 * sentence it does fit ("X met Ms. Y. She said..." is Y); if none fits, the pronoun stays unresolved.
 */
function resolvePronouns(text: string, raw: Mention[], resolved: Mention[], sentences: Sentence[], documentSentences: number[], byKey: Map<string, DocEntity>): Mention[] {
  const result = [...resolved];
  // The subject (or null) of each body sentence read so far, with the sentence: a pronoun looks back three.
  const subjects: ({ entity: string; sentence: number } | null)[] = [];
  // Grouped once: filtering every mention for each sentence made long documents quadratic.
  const resolvedBySentence = groupBySentence(resolved);
  const unquotedPronouns = raw.filter((m) => m.via === 'pronoun' && !m.inQuote);
  const pronounsBySentence = groupBySentence(unquotedPronouns);
  const genders = entityGenders(text, resolved, byKey);
  const personOfGender = (sentence: number, gender: Gender) => onlyPerson(resolvedBySentence.get(sentence) ?? [], byKey, (m) => genders(m.entity) === gender);
  // Subjects are read only by later pronouns: past the last sentence with one, none is needed.
  const lastPronounSentence = unquotedPronouns.reduce((last, m) => Math.max(last, m.sentence), -1);
  for (const id of documentSentences) {
    const sentence = sentences[id];
    const pronouns = pronounsBySentence.get(id) ?? [];
    for (const pronoun of pronouns) {
      const wantPerson = pronoun.kind === 'person';
      const wantGender = pronounGender(pronoun.form);
      const clashes = (entity: string) => wantGender !== null && genders(entity) !== null && genders(entity) !== wantGender;
      const sameSentenceSubject = subjectOf(text, sentence, resolvedBySentence.get(id) ?? [], byKey);
      let entity: string | null = null;
      const subjectFits = !!sameSentenceSubject && sameSentenceSubject.start < pronoun.start && kindFits(byKey.get(sameSentenceSubject.entity), wantPerson) && !clashes(sameSentenceSubject.entity);
      // "Government spokeswoman X criticised what she called...": the one person named before the pronoun in its sentence.
      // "Asked about X's remarks, he said": whoever the question was about is not the one answering.
      const questionEnd = sentence.start + (text.slice(sentence.start, sentence.end).match(questionOpening())?.[0].length ?? 0);
      const personBefore = subjectFits || !wantPerson ? null : onlyPerson(resolvedBySentence.get(id) ?? [], byKey, (m) => m.start >= questionEnd && m.start < pronoun.start);
      if (subjectFits) {
        entity = sameSentenceSubject!.entity;
      } else if (personBefore && !clashes(personBefore)) {
        entity = personBefore;
      } else {
        for (const subject of subjects.slice(-3).reverse()) {
          if (subject === null) break;
          if (kindFits(byKey.get(subject.entity), wantPerson)) {
            entity = clashes(subject.entity) ? personOfGender(subject.sentence, wantGender!) : subject.entity;
            break;
          }
          if (!wantPerson) break;
        }
      }
      if (entity) {
        const withEntity = { ...pronoun, entity };
        result.push(withEntity);
        const list = resolvedBySentence.get(id) ?? [];
        list.push(withEntity);
        resolvedBySentence.set(id, list);
      }
    }
    if (id >= lastPronounSentence) break;
    if (sentence.blockKind !== 'body') continue;
    if (isAllQuote(sentence)) continue;
    const sentenceMentions = resolvedBySentence.get(id) ?? [];
    const subject = subjectOf(text, sentence, sentenceMentions, byKey);
    const previous = subjects[subjects.length - 1] ?? null;
    const described = subject || !previous ? null : describedPerson(text, sentence, sentenceMentions, previous, resolvedBySentence.get(previous.sentence) ?? [], byKey);
    subjects.push(subject ? { entity: subject.entity, sentence: id } : described ? { entity: described, sentence: id } : null);
  }
  return result.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * "X had chosen his words. Arriving in Y, the French foreign minister spoke of...": a sentence whose subject is a
 * description ("the <nationality> <role>"), naming no person, is about the one person the sentence before named
 * as its subject, unless the nationality is another country than that person's.
 */
function describedPerson(text: string, sentence: Sentence, mentions: Mention[], previous: { entity: string; sentence: number }, previousMentions: Mention[], byKey: Map<string, DocEntity>): string | null {
  const person = byKey.get(previous.entity);
  if (person?.kind !== 'person' || onlyPerson(previousMentions, byKey, () => true) !== previous.entity) return null;
  if (mentions.some((m) => !m.inQuote && m.via !== 'pronoun' && byKey.get(m.entity)?.kind === 'person')) return null;
  const body = text.slice(sentence.start, sentence.end);
  const opening = body.match(participialOpening())?.[0] ?? '';
  const rest = body.slice(opening.length);
  // "the French foreign minister": the role after a nationality, the nationality a country's modifier mention.
  const { firstWord, nationality, headWord } = openingWords(rest);
  if (!/^the$/i.test(firstWord) || !nationality || !isRoleOrGovernmentWord(headWord)) return null;
  const nationalityStart = sentence.start + opening.length + rest.indexOf(nationality, firstWord.length);
  const modifier = mentions.find((m) => m.start === nationalityStart && m.modifier);
  const country = modifier ? byKey.get(modifier.entity) : undefined;
  if (!country || country.kind !== 'country') return null;
  return person.country === null || person.country === country.knownId || person.country === country.key ? previous.entity : null;
}

/** "Arriving in Rabat on Monday, May 4, ", "Speaking after the meeting, ": a participle's clause opening the sentence. */
const participialOpening = once(() => /^\s*\p{Lu}\p{Ll}+ing\b[^,]{0,80},(?:\s*\p{Lu}\p{Ll}+\s+\d{1,2},)?\s*/u);

/** The one person a sentence names (outside quotes, not by pronoun) among mentions that pass `keep`, or null if none or several. */
function onlyPerson(sentenceMentions: Mention[], byKey: Map<string, DocEntity>, keep: (m: Mention) => boolean): string | null {
  const people = new Set(sentenceMentions.filter((m) => !m.inQuote && m.via !== 'pronoun' && byKey.get(m.entity)?.kind === 'person' && keep(m)).map((m) => m.entity));
  return people.size === 1 ? [...people][0] : null;
}

/** Each person's gender (genderOf), worked out the first time a pronoun asks. */
function entityGenders(text: string, resolved: Mention[], byKey: Map<string, DocEntity>): (entity: string) => Gender | null {
  const known = new Map<string, Gender | null>();
  let mentionsByEntity: Map<string, Mention[]> | null = null;
  return (key) => {
    if (known.has(key)) return known.get(key)!;
    if (!mentionsByEntity) {
      mentionsByEntity = new Map();
      for (const m of resolved) {
        const list = mentionsByEntity.get(m.entity);
        if (list) list.push(m);
        else mentionsByEntity.set(m.entity, [m]);
      }
    }
    const gender = genderOf(text, mentionsByEntity.get(key) ?? [], byKey.get(key)?.forms ?? []);
    known.set(key, gender);
    return gender;
  };
}

function kindFits(entity: DocEntity | undefined, wantPerson: boolean): boolean {
  return !!entity && (entity.kind === 'person') === wantPerson;
}

function isAllQuote(sentence: Sentence): boolean {
  return sentence.quotes.some((q) => q.start <= sentence.start && q.end >= sentence.end - 1);
}

/**
 * The actor a sentence is about: its first actor mention outside quotes, unless the sentence opens
 * with a non-actor noun phrase ("a source close to...", "the attacks") that is its real subject.
 */
export function subjectOf(text: string, sentence: Sentence, mentions: Mention[], byKey: Map<string, DocEntity>): Mention | null {
  let cursor = sentence.start;
  // Captions may open with "06 November 2023, Iran, Tehran:" - a dateline, not a subject.
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
  // A dateline ends in a colon: openings without one skip the pattern, which backtracks a lot on them.
  const dateline = head.includes(':') ? head.match(/^[^:]{0,70}\d{4}[^:]{0,50}:\s*/) : null;
  if (dateline) cursor += dateline[0].length;
  // "(ECOWAS Secretariat, Accra, Ghana) Secretary-General X paid …", "(AP) - X met …": a source in brackets opening the sentence is no subject.
  const bracketed = text[cursor] === '(' ? BRACKETED_OPENING.exec(text.slice(cursor, sentence.end)) : null;
  if (bracketed) cursor += bracketed[0].length;
  for (const quote of sentence.quotes) if (quote.start <= cursor + 1 && quote.end > cursor) cursor = quote.end;
  const opening = text.slice(cursor, sentence.end).replace(/^[\s,]+/, '');
  // "In Santiago he held talks with his counterpart, X,": a place or day and then the pronoun subject, no adverbial up to the comma.
  // "Speaking alongside X, Y said": whom the participle's clause names is not the subject.
  const adverbial = opening.match(/^(?:(?:meanwhile|however|moreover|furthermore|also|in return|for (?:his|her|its|their) part|last \w+|on \w+|in \w+|earlier|later)\s*,\s*|(?:during|after|before|following|(?:at|in|on)\b(?![^,]{0,80}\b(?:he|she)\s+\p{Ll}))\b[^,]{0,80},\s*)/iu)?.[0] ?? countedTimeOpening().exec(opening)?.[0] ?? questionOpening().exec(opening)?.[0] ?? PARTICIPLE_CLAUSE_OPENING.exec(opening)?.[0] ?? '';
  const withoutAdverbial = opening.slice(adverbial.length);
  cursor = sentence.end - opening.length + adverbial.length;
  const { firstWord, secondWord, headWord } = openingWords(withoutAdverbial);
  if (NON_ACTOR_DETERMINERS.has(firstWord.toLowerCase())) return null;
  if (/^the$/i.test(firstWord) && /^\p{Ll}/u.test(secondWord) && !isRoleOrGovernmentWord(secondWord)) return null;
  // The earliest candidate (the first listed among equals), found without filtering and sorting them all.
  let subject: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= cursor && !m.inQuote && !m.modifier && !m.locative && m.entity && byKey.has(m.entity) && (!subject || m.start < subject.start)) subject = m;
  }
  // "The Prime Minister welcomed … King X": a role that names no one leaves the sentence without a known subject, not with its object.
  if (subject && /^the$/i.test(firstWord) && isRoleOrGovernmentWord(headWord) && !titleWordsOnly(text.slice(cursor, subject.start))) return null;
  return subject;
}

/** "Speaking alongside X, ": a participle and then a lower-case word, so not a title ("Coordinating Minister X, …"), up to a comma. */
const PARTICIPLE_CLAUSE_OPENING = /^\p{Lu}\p{Ll}+ing\s+\p{Ll}[^,]{0,80},\s*/u;

/** A bracketed source or dateline (a word in it: not an item's number, "(2)") and an optional dash, opening a sentence. */
const BRACKETED_OPENING = /^\((?=[^()]*\p{L}{2})[^()]{1,80}\)\s*(?:[-–—]+\s*)?/u;

/**
 * "A week ago, X met Y", "A few weeks later, X…", "Hours later, X…": a span of time opening the sentence, whose article is no subject's.
 * The spans dating reads (triggers.json vagueSpanOpenings) and the shorter ones it need not (words.json sameDaySpanUnits).
 */
const countedTimeOpening = once(() => new RegExp(`^${timeSpanPattern(true)}\\s+(?:${phrasePattern(lexicon().triggers.vagueSpanOpenings.directions)})\\s*,\\s*`, 'i'));

/**
 * A phrase's first two words and its head: "The French foreign minister" has the role after a nationality (a capitalised
 * second word that is no role word) for its head, "the minister" its second word.
 */
function openingWords(phrase: string): { firstWord: string; secondWord: string; nationality: string; headWord: string } {
  const firstWord = phrase.match(/^[\p{L}'’-]+/u)?.[0] ?? '';
  const [, secondWord = '', thirdWord = ''] = phrase.slice(firstWord.length).match(/^\s+([\p{L}'’-]+)(?:\s+([\p{L}'’-]+))?/u) ?? [];
  const nationality = /^\p{Lu}/u.test(secondWord) && !isRoleOrGovernmentWord(secondWord) ? secondWord : '';
  return { firstWord, secondWord, nationality, headWord: nationality ? thirdWord : secondWord };
}

/**
 * Whether every lower-case word is one a title is made of ("the foreign minister of the Republic of"): no verb stands between.
 * "Commander-in-Chief" is one capitalised word.
 */
function titleWordsOnly(span: string): boolean {
  return (span.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).every((word) => TITLE_FUNCTION_WORDS.has(word) || isRoleOrGovernmentWord(word));
}

const TITLE_FUNCTION_WORDS = new Set(['the', 'of', 'for', 'and', 'a', 'an', 'to', 'on']);

/** First words of roles and government heads, and role modifiers: asked once per sentence, so collected once. */
const roleOrGovernmentWords = once(() => {
  const { roles, governmentHeads, roleModifiers } = lexicon();
  return new Set([...roles.map((r) => r.split(' ')[0]), ...governmentHeads.map((g) => g.split(' ')[0]), ...roleModifiers]);
});

function isRoleOrGovernmentWord(word: string): boolean {
  return roleOrGovernmentWords().has(word.toLowerCase());
}
