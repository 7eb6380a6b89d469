/** One part of a hyphenated double surname names its one bearer; world-countries spellings that are demonyms describe; capitals' news spellings. */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, occurredMeetings, statementSpeakers } from '../test-support';

describe('a part of a hyphenated double surname, accents aside, is the one person named before with it', () => {
  it.each<[text: string, speakers: string[]]>([
    ["Chile's Foreign Minister Ximena Vergara-Solís met Peruvian Foreign Minister Elmer Schialer in Lima on Monday. Vergara said Chile wanted closer ties with Peru.", ['Ximena Vergara-Solís']],
    ["Slovenia's Foreign Minister Tanja Fajón-Kranjc met Croatian Foreign Minister Gordan Grlic Radman in Zagreb on Monday. Fajon said the border talks would go on.", ['Tanja Fajón-Kranjc']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a part of a double surname that two people share, or that is a given name, names neither (negative twins)', () => {
  it('"Vergara said" beside two Vergara-… is neither of them', () => {
    const text = "Chile's Foreign Minister Ximena Vergara-Solís met Interior Minister Tomás Vergara-Rojas in Santiago on Monday. Vergara said the border plan was ready.";
    expect(statementSpeakers(text)).not.toContain('Ximena Vergara-Solís');
    expect(statementSpeakers(text)).not.toContain('Tomás Vergara-Rojas');
  });
  it('"Owen said" after "Sarah Owen-Jones": a part that is a given name may be someone else\'s, so it is not read as hers', () => {
    const text = "Britain's Foreign Secretary Sarah Owen-Jones met Kenyan Foreign Minister Musalia Mudavadi in Nairobi on Monday. Owen said the talks were useful.";
    expect(statementSpeakers(text)).toEqual(['Owen']);
  });
});

describe('a world-countries alternative spelling that is the country\'s demonym only describes, as a demonym does', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Cambodian Prime Minister Hun Manet criticised Thai money flowing into the border casinos.', 'Hun Manet', []],
    ['Ghana\'s Foreign Minister Samuel Ablakwa said Togolese traders were welcome in Accra.', 'Samuel Ablakwa', []],
  ])('%s', (text, speaker, targets) => {
    expect(firstStatementTargets(text, speaker)).toEqual(targets);
  });
  it('"Thai troops", "Togolese security forces": agents of the state stay the state (negative twins)', () => {
    expect(firstStatementTargets('Cambodian Prime Minister Hun Manet said Thai troops had crossed the border.', 'Hun Manet')).toEqual(['Thailand']);
    expect(firstStatementTargets('Ghana\'s Foreign Minister Samuel Ablakwa criticised Togolese security forces.', 'Samuel Ablakwa')).toEqual(['Togo']);
  });
});

describe('capitals in spellings news uses that world-countries lacks stand for their country', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Serbian President Aleksandar Vucic accused Prishtina of stalling the talks.', 'Aleksandar Vucic', ['Kosovo']],
    ['Serbian President Aleksandar Vucic accused Prishtinë of stalling the talks.', 'Aleksandar Vucic', ['Kosovo']],
    ['Venezuelan Foreign Minister Yván Gil accused Port-of-Spain of bowing to pressure.', 'Yván Gil', ['Trinidad and Tobago']],
  ])('%s', (text, speaker, targets) => {
    expect(firstStatementTargets(text, speaker)).toEqual(targets);
  });
  it('"met … in Prishtina": the place of a meeting is no party to it', () => {
    expect(occurredMeetings('Montenegrin Foreign Minister Filip Ivanovic met Albanian Foreign Minister Igli Hasani in Prishtina on Monday.')).toEqual(['Filip Ivanovic + Igli Hasani']);
  });
});
