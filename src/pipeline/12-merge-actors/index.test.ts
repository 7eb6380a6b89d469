import { describe, expect, it } from 'vitest';
import { findInDocuments, finishRefinement, foldFindings, initialState, prepareCorpus, refineFindings, runPipeline, startRefinement } from '..';
import { readHtml } from '../01-ingest/read-html';
import type { DocEntity } from '../types';
import { mergeActors } from '.';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) });

describe('actors across documents', () => {
  const dataset = runPipeline([
    file('a.md', 'Hamas leader Ismail Haniya met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday.'),
    file('b.md', 'Hamas political chief Ismail Haniyeh said on Wednesday that talks would continue.'),
    file('c.md', 'Haniyeh told reporters the talks were over, Hamas said.'),
    file('d.md', 'Indian Prime Minister Narendra Modi met Nepalese Prime Minister Pushpa Kamal Dahal in New Delhi on Tuesday. Modi said ties were strong.'),
    file('e.md', 'Kenyan opposition leader Raila Odinga said on Monday he would run again.'),
    file('f.md', 'Odinga said on Tuesday that he would not attend the talks.'),
  ], { readHtml }).dataset;
  const byName = (name: string) => dataset.actors.filter((a) => a.name === name || a.aliases.includes(name));

  it('merges transliterations of one person and records why', () => {
    const haniyeh = byName('Ismail Haniyeh');
    expect(haniyeh).toHaveLength(1);
    expect(haniyeh[0].aliases).toEqual(expect.arrayContaining(['Ismail Haniya']));
    const record = dataset.merges.find((m) => m.actorId === haniyeh[0].id)!;
    expect(record.documentIds).toEqual(expect.arrayContaining(['a', 'b']));
    expect(record.rule).toMatch(/name key/);
  });

  it('joins a surname alone to the one full name it fits', () => {
    expect(byName('Haniyeh')).toHaveLength(1);
    expect(byName('Odinga')[0]?.name).toBe('Raila Odinga');
  });

  it('keeps different people apart and gives ids as slugs', () => {
    expect(byName('Narendra Modi')[0].id).toBe('narendra-modi');
    expect(byName('Pushpa Kamal Dahal')[0].id).toBe('pushpa-kamal-dahal');
    expect(new Set(dataset.actors.map((a) => a.id)).size).toBe(dataset.actors.length);
  });

  it('dates each role claim by its document', () => {
    const modi = byName('Narendra Modi')[0];
    expect(modi.roles[0]).toMatchObject({ role: 'prime minister', country: 'IND', asOf: '2024-05-02' });
    expect(modi.country).toBe('IND');
  });

  it('makes one actor of a single name of one country and office in several documents, and keeps others apart', () => {
    const mononyms = runPipeline([
      file('a.md', 'Peruvian Foreign Minister Taduwa met Kenyan Foreign Minister Pat Kiprono in Lima on Monday.'),
      file('b.md', 'Peruvian Foreign Minister Taduwa said on Friday that the talks had failed.'),
      // Another country, or only a generic role: someone else.
      file('c.md', 'Chilean Foreign Minister Taduwa said on Friday that the talks had failed.'),
      file('d.md', 'Peruvian Minister Kelemo said on Monday that exports had grown.'),
      file('e.md', 'Peruvian Minister Kelemo said on Friday that exports had fallen.'),
    ], { readHtml }).dataset;
    expect(mononyms.actors.filter((a) => a.name === 'Taduwa').map((a) => [a.country, a.aliasUses.flatMap((use) => use.documentIds).sort()])).toEqual([
      ['PER', ['a', 'b']],
      ['CHL', ['c']],
    ]);
    expect(mononyms.actors.filter((a) => a.name === 'Kelemo')).toHaveLength(2);
  });

  it.each<[first: string, second: string, merged: boolean]>([
    ['Japanese Foreign Minister Keisuke Suzuki met Indian Foreign Minister Vikram Rao in Tokyo on Monday.', 'Japanese Foreign Minister SUZUKI Keisuke said on Friday that the talks had gone well.', true],
    ['Hungarian Foreign Minister Gabor Nagy met Serbian Foreign Minister Ana Petrovic in Budapest on Monday.', 'Hungarian Foreign Minister Nagy Gabor said on Friday that the talks had gone well.', true],
    // Another country, or a country not known on one side: perhaps someone else.
    ['Japanese Foreign Minister Keisuke Suzuki met Indian Foreign Minister Vikram Rao in Tokyo on Monday.', 'Brazilian Foreign Minister Suzuki Keisuke said on Friday that the talks had gone well.', false],
    ['Japanese Foreign Minister Keisuke Suzuki met Indian Foreign Minister Vikram Rao in Tokyo on Monday.', 'Suzuki Keisuke said on Friday that the talks had gone well.', false],
  ])('a two-word name in the other order: %s / %s -> merged %s', (first, second, merged) => {
    const reversed = runPipeline([file('a.md', first), file('b.md', second)], { readHtml }).dataset;
    const people = reversed.actors.filter((a) => a.kind === 'person' && /Suzuki|Nagy/.test(a.name));
    expect(people).toHaveLength(merged ? 1 : 2);
  });

  it.each<[first: string, second: string, people: number]>([
    ['Ukrainian Deputy Foreign Minister Oleh Marchenko met Polish Deputy Foreign Minister Anna Nowak in Kyiv on Monday.', 'Deputy Foreign Minister Oleg Marchenko said on Friday that Ukraine would sign the deal.', 1],
    // The two countries of a name's two romanisations: two people.
    ['Ukrainian Deputy Foreign Minister Mykola Petrenko met Polish Deputy Foreign Minister Anna Nowak in Kyiv on Monday.', 'Russian Deputy Foreign Minister Nikolai Petrenko said on Friday that Moscow would not sign the deal.', 2],
  ])('a given name romanised two ways: %s / %s -> %i people', (first, second, people) => {
    const romanised = runPipeline([file('a.md', first), file('b.md', second)], { readHtml }).dataset;
    expect(romanised.actors.filter((a) => a.kind === 'person' && /Marchenko|Petrenko/.test(a.name))).toHaveLength(people);
  });

  it.each<[documents: string[], actorsNamedMswati: number]>([
    [['Eswatini\'s King Mswati III met Botswana President Duma Boko in Mbabane on Monday.', 'King Mswati met Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Friday.'], 1],
    // Two numbered reigns of the name, or no title on the short form: not known which, or not a monarch.
    [['King Mswati III met Botswana President Duma Boko in Mbabane on Monday.', 'King Mswati II said on Tuesday that Eswatini would vote.', 'King Mswati met Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Friday.'], 3],
    [['Eswatini\'s King Mswati III met Botswana President Duma Boko in Mbabane on Monday.', 'Mswati met Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Friday.'], 2],
  ])('a monarch named without the number of the reign: %j -> %i actors', (texts, count) => {
    const monarchs = runPipeline(texts.map((text, i) => file(`${'abc'[i]}.md`, text)), { readHtml }).dataset;
    expect(monarchs.actors.filter((a) => a.kind === 'person' && a.name.startsWith('Mswati'))).toHaveLength(count);
  });

  it('keeps two people of one name from two countries apart, each with all its documents', () => {
    const namesakes = runPipeline([
      // The first named (in corpus order) is the Senegalese one.
      file('a-sen.md', 'Senegalese Trade Minister Abdoulaye Diop said on Monday that exports had grown.'),
      file('mli-1.md', 'Malian Foreign Minister Abdoulaye Diop said on Monday that the junta would hold talks.'),
      file('mli-2.md', 'Malian Foreign Minister Abdoulaye Diop said on Friday that the talks had failed.'),
      file('mli-3.md', 'Malian Foreign Minister Abdoulaye Diop met Algerian Foreign Minister Ahmed Attaf in Algiers on Sunday.'),
    ], { readHtml }).dataset;
    const diops = namesakes.actors.filter((a) => a.name === 'Abdoulaye Diop');
    expect(diops.map((a) => a.country).sort()).toEqual(['MLI', 'SEN']);
    const malian = diops.find((a) => a.country === 'MLI')!;
    expect(malian.aliasUses.flatMap((use) => use.documentIds).sort()).toEqual(['mli-1', 'mli-2', 'mli-3']);
  });
});

describe('one person romanised two ways in one document is one actor', () => {
  it.each<[text: string, surname: RegExp]>([
    ['Serbian Foreign Minister Radovan Ilčenko met Greek Foreign Minister Giorgos Gerapetritis in Belgrade on Monday. Radovan Ilchenko said the talks had gone well.', /Il(?:č|ch)enko/],
    ['Uzbek Foreign Minister Sherali Rakhimov met Kazakh Foreign Minister Murat Nurtleu in Tashkent on Monday. Sherali Rahimov said the talks had gone well.', /Ra(?:k)?himov/],
    ['UAE Minister of State Khalifa bin Saeed bin Rashid Alnuaimi met Kenyan Foreign Minister Musalia Mudavadi in Abu Dhabi on Monday. Khalifa bin Saeed Al Nuaimi said the talks had gone well.', /nuaimi/i],
  ])('%s', (text, surname) => {
    const dataset = runPipeline([file('a.md', text)], { readHtml }).dataset;
    expect(dataset.actors.filter((a) => a.kind === 'person' && surname.test(a.name))).toHaveLength(1);
  });
});

describe('actors folded batch by batch', () => {
  it('gives the same dataset as merging every entity at once', () => {
    const files = [
      file('a.md', 'Hamas leader Ismail Haniya met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday.'),
      file('b.md', 'Haniyeh told reporters the talks were over, Hamas said.'),
      file('c.md', 'Hamas political chief Ismail Haniyeh said on Wednesday that talks would continue.'),
      file('d.md', 'Malian Foreign Minister Abdoulaye Diop met Algerian Foreign Minister Ahmed Attaf in Algiers on Sunday.'),
      file('e.md', 'Senegalese Trade Minister Abdoulaye Diop said on Monday that exports had grown. Diop said Mali was a partner.'),
    ];
    const prepared = prepareCorpus(files);
    const oneBatch = refineFindings(prepared, [findInDocuments(prepared, prepared.sourceFiles)]);
    const refinement = startRefinement(prepared);
    for (const source of prepared.sourceFiles) foldFindings(refinement, findInDocuments(prepared, [source]));
    // Each batch stores its texts in a shard of its own: everything else must agree.
    const withoutShards = (dataset: typeof oneBatch) => ({ ...dataset, documents: dataset.documents.map((document) => ({ ...document, textShard: '' })) });
    expect(withoutShards(finishRefinement(refinement))).toEqual(withoutShards(oneBatch));
    expect(oneBatch.merges.some((m) => /surname fits/.test(m.rule))).toBe(true);
  });
});

describe('the documents of an actor', () => {
  it('lists each document once, in order, however its entities came', () => {
    const entity = (documentId: string, form: string): DocEntity => ({ key: `${documentId}:${form}`, documentId, kind: 'country', name: form, forms: [form], country: 'IRN', roles: [], knownId: 'IRN' });
    const entities = [entity('b', 'Iran'), entity('a', 'Tehran'), entity('b', 'Iran'), entity('a', 'Iran')];
    const { dataset } = mergeActors({ ...initialState(), entities }, {});
    expect(dataset!.actors.map((actor) => actor.aliasUses)).toEqual([
      [
        { form: 'Iran', documentIds: ['a', 'b'] },
        { form: 'Tehran', documentIds: ['a'] },
      ],
    ]);
    expect(dataset!.merges).toEqual([{ actorId: 'iran', forms: ['Iran', 'Tehran'], documentIds: ['a', 'b'], rule: 'gazetteer' }]);
  });
});
