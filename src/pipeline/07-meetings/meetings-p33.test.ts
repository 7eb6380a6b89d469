import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"granted an audience to Y": the granter met Y', () => {
  it.each([
    ['Thai King Maha Vajiralongkorn granted an audience to Lao Prime Minister Sonexay Siphandone at the Grand Palace on Monday.', ['Maha Vajiralongkorn + Sonexay Siphandone']],
    ['Pope Leo XIV grants an audience to Peruvian President Dina Boluarte at the Vatican.', ['Dina Boluarte + Leo XIV']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('Malay honorifics "Datuk Wira" and "Datuk Paduka" stay out of the name', () => {
  it.each([
    ['Malaysian Deputy Minister Datuk Wira Hasan Karim held talks with Thai Commerce Minister Suchart Chomklin in Putrajaya on Monday.', ['Hasan Karim + Suchart Chomklin']],
    ['Malaysian Deputy Minister Datuk Paduka Rosli Ahmad held talks with Thai Commerce Minister Suchart Chomklin in Putrajaya on Monday.', ['Rosli Ahmad + Suchart Chomklin']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the <role> of <body>, <rank> Z,": the person apposed under a rank is whom the subject met, not the body', () => {
  it.each([
    ["Fijian Permanent Secretary for Foreign Affairs Esala Nayasi met the Chargé d'Affaires of the Embassy of the Republic of Korea, Mr Park Min-soo, in Suva on Monday.", ['Esala Nayasi + Park Min-soo']],
    // A long body name read aside does not put the person too far from the verb.
    ["Fijian Permanent Secretary for Foreign Affairs Esala Nayasi met the Chargé d'Affaires of the Embassy of the Democratic Socialist Republic of Sri Lanka, Mr Kamal Perera, in Suva on Monday.", ['Esala Nayasi + Kamal Perera']],
    ['Kenyan Interior Minister Kipchumba Murkomen spoke by telephone with the commander of the Joint Border Force in Somalia, Colonel Godfrey Otunge, about the patrols on Monday.', ['Godfrey Otunge + Kipchumba Murkomen']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
