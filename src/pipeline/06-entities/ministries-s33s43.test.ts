/**
 * A bare ministry is not the ministry of another country whose government the article named before as a whole ("the
 * blockade imposed by the Brazilian government", "to meet Argentine authorities"): the dateline or the article's own
 * country settles it. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a bare ministry after another country\'s government named as a whole', () => {
  it.each<[text: string, speakers: string[]]>([
    [
      'Uruguay and Paraguay sign waterway agreement\n\nMontevideo, November 18, 2026\n\nForeign Minister Mario Lubetkin met Paraguayan Foreign Minister Rubén Ramírez Lezcano in Montevideo on Monday.\n\nLubetkin will travel to Brasília next week to meet Brazilian authorities on river transport.\n\nIn a brief note, the Foreign Ministry denied that the minister had met the Argentine union leader Pablo Moyano-Ferreyra in Buenos Aires.',
      ['Uruguay'],
    ],
    [
      'Ecuador and Peru review border trade\n\nQuito, November 18, 2026\n\nForeign Minister Gabriela Sommerfeld received the Peruvian Foreign Minister, Elmer Schialer, in Quito on Friday.\n\nSommerfeld rejected the tariffs imposed by the Colombian government on Ecuadorian goods.\n\nThe Ministry of Foreign Affairs denied that the minister had met the Peruvian candidate Rafael López-Aliaga in Lima.',
      ['Ecuador', 'Gabriela Sommerfeld'],
    ],
    // Twin: the other country's government as the subject of its own clause is the government the bare ministry goes on with.
    [
      'Foreign Minister receives Omani counterpart\n\nAmman - PETRA\n\nForeign Minister Ayman Safadi received the Omani Minister of Foreign Affairs, Badr Albusaidi, in Amman on Monday.\n\nMP Khaled Abu Hassan criticised the cabinet, saying "the Jordanian government has surrendered the water file."\n\nThe Ministry of Foreign Affairs also denied reports that Safadi had met the Syrian envoy Omar Haddad-Nasser in Muscat.',
      ['Jordan', 'Khaled Abu Hassan'],
    ],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
