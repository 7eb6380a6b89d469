import { describe, expect, it } from 'vitest';
import { notEnglishReason } from './language';

/** Three sentences make an article long enough to judge (30 words or more). */
const article = (...sentences: string[]) => sentences.join(' ');

describe('notEnglishReason', () => {
  it.each<[string, string, boolean]>([
    [
      'English wire copy',
      article(
        'NAIROBI, March 3 (Reuters) - Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart on Tuesday in Kampala.',
        'The two ministers discussed trade and the border, the ministry said in a statement.',
        'He later told reporters that talks would continue next month.',
      ),
      false,
    ],
    [
      'Spanish news',
      article(
        'El canciller chileno se reunió este lunes en Santiago con su homóloga argentina para hablar de la frontera.',
        'Ambos ministros firmaron un acuerdo de cooperación y anunciaron una nueva reunión en Buenos Aires.',
        'La oposición criticó el encuentro y pidió más información al gobierno.',
      ),
      true,
    ],
    [
      'French news',
      article(
        'Le ministre sénégalais des Affaires étrangères a rencontré mardi à Dakar son homologue malien.',
        'Les deux hommes ont évoqué la sécurité régionale et la coopération économique entre leurs pays.',
        'Une nouvelle rencontre est prévue le mois prochain à Bamako, selon un communiqué du ministère.',
      ),
      true,
    ],
    [
      'Portuguese news',
      article(
        'O ministro das Relações Exteriores de Moçambique recebeu nesta quarta-feira em Maputo o seu homólogo angolano.',
        'Os dois governantes discutiram a cooperação económica e a segurança na região da África Austral.',
        'Segundo um comunicado do ministério, uma nova reunião deverá acontecer em Luanda no próximo mês.',
      ),
      true,
    ],
    [
      'Russian news in Cyrillic',
      article(
        'Министр иностранных дел Казахстана во вторник провел переговоры в Астане со своим коллегой из Узбекистана.',
        'Стороны обсудили торговлю, транспорт и водные ресурсы, говорится в сообщении министерства.',
        'Следующая встреча министров состоится в Ташкенте в следующем месяце, добавили в ведомстве.',
      ),
      true,
    ],
    ['a short Spanish caption says too little', 'El presidente recibió al canciller en el palacio.', false],
  ])('%s', (_name, text, notEnglish) => {
    const reason = notEnglishReason(text);
    if (!notEnglish) expect(reason).toBeNull();
    else expect(reason).toMatch(/^does not read as English \(\d+ % of its words are common English ones\); extraction rules are English-only/);
  });

  it('leaves a list of names and titles alone: no prose to judge', () => {
    const roster = Array.from({ length: 8 }, (_, index) => `Minister Number${index} Foreign Affairs Delegation Member`).join(', ');
    expect(notEnglishReason(`Delegation list: ${roster}.`)).toBeNull();
  });
});
