import { describe, expect, it } from 'vitest';
import { extractArticle, occurredMeetings } from '../test-support';

describe('meeting participants', () => {
  it.each([
    ['Vietnamese President To Lam met with Indonesian President Joko Widodo in Jakarta on Thursday.', ['Joko Widodo + To Lam']],
    ['Mexican President Claudia Sheinbaum hosted Canadian Prime Minister Justin Trudeau in Mexico City on Monday.', ['Claudia Sheinbaum + Justin Trudeau']],
    ['Polish Prime Minister Donald Tusk and Czech Prime Minister Petr Fiala met German Chancellor Olaf Scholz in Berlin on Friday.', ['Donald Tusk + Olaf Scholz + Petr Fiala']],
    ['Nigerian President Bola Tinubu spoke by phone with Ghanaian President John Mahama on Wednesday.', ['Bola Tinubu + John Mahama']],
    ['Chilean President Gabriel Boric, who met Bolivian President Luis Arce in La Paz on Tuesday, said trade would grow.', ['Gabriel Boric + Luis Arce']],
    // A counted span of time opening the sentence ("A week ago,") is an adverbial: the subject follows it.
    ['A week ago, Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbé in Accra.', ['Faure Gnassingbé + John Mahama']],
    ['Two days ago, Ghanaian President John Mahama held talks with Togolese President Faure Gnassingbé in Accra.', ['Faure Gnassingbé + John Mahama']],
    ['A matter of weeks later, Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala.', ['William Ruto + Yoweri Museveni']],
    ['A few hours later, Kenyan President William Ruto held talks with Ugandan President Yoweri Museveni in Kampala.', ['William Ruto + Yoweri Museveni']],
    // A joiner named in a relative clause joins the meeting before; the main clause after it tells a meeting of its own.
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte at La Moneda on Tuesday. Foreign Minister Alberto van Klaveren, who joined the talks, also held a video call with Bolivian Foreign Minister Celinda Sosa on Monday.', ['Alberto van Klaveren + Celinda Sosa', 'Alberto van Klaveren + Dina Boluarte + Gabriel Boric']],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte at La Moneda on Tuesday. Foreign Minister Alberto van Klaveren also joined the talks.', ['Alberto van Klaveren + Dina Boluarte + Gabriel Boric']],
    // "reportedly attended" is told as fact: the joiner is at the meeting; a doubted attendance adds no one.
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte at La Moneda on Tuesday. Foreign Minister Alberto van Klaveren reportedly attended the meeting.', ['Alberto van Klaveren + Dina Boluarte + Gabriel Boric']],
    ['Chilean President Gabriel Boric met Peruvian President Dina Boluarte at La Moneda on Tuesday. It was not clear whether Foreign Minister Alberto van Klaveren attended the meeting.', ['Dina Boluarte + Gabriel Boric']],
    // A country's envoy apposed to the role ("the United States chargé d'affaires, X,") is that person, in any spelling of the role.
    ["Indonesian Foreign Minister Sugiono on Tuesday met the United States chargé d'affaires, Peter Haymond, in Jakarta.", ['Peter Haymond + Sugiono']],
    ['Chilean Foreign Minister Alberto van Klaveren met the British charge d’affaires, Louise de Sousa, in Santiago on Monday.', ['Alberto van Klaveren + Louise de Sousa']],
    ["Thai Foreign Minister Maris Sangiampongsa met the Chinese chargée d'affaires, Wang Xiaolong, in Bangkok on Monday.", ['Maris Sangiampongsa + Wang Xiaolong']],
    ['Ghanaian Foreign Minister Samuel Okudzeto Ablakwa on Monday met the Kenyan high commissioner, Eunice Kagiri, in Accra.', ['Eunice Kagiri + Samuel Okudzeto Ablakwa']],
    // A coordinated portfolio ("Minister of Mines and Energy") is the title's, not a break between the two subjects.
    ['Minister of Mines Joseph Kasongo and Zambian Minister of Mines and Energy Paul Kabuswe co-chaired the Joint Commission in Lusaka on Friday.', ['Joseph Kasongo + Paul Kabuswe']],
    // A bare name right after "led by" a delegation is its leader, a person.
    ['Ghanaian Speaker Alban Bagbin received a delegation of Korean lawmakers led by Kim Tae-ho in Accra on Monday.', ['Alban Bagbin + Kim Tae-ho']],
    // A body every country has one of, after the country's name, is that body, not the country.
    ['Ghanaian President John Mahama met a delegation of the Canada Chamber of Commerce in Accra on Monday.', ['Canada Chamber of Commerce + John Mahama']],
    ['Ghanaian President John Mahama met a delegation of the Nigerian Red Cross in Accra on Monday.', ['John Mahama + Nigerian Red Cross']],
    // A joint act of two, then who took part in it: the third was at the table too.
    ['Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa co-chaired on Wednesday the meetings of the Kenya-Uganda Joint Commission in Kampala, with the participation of Rwandan Trade Minister Prudence Sebahizi.', ['Francis Mwebesa + Lee Kinyanjui + Prudence Sebahizi']],
    ['Kenyan Trade Minister Lee Kinyanjui and Ugandan Trade Minister Francis Mwebesa co-chaired the Kenya-Uganda Joint Commission in Kampala on Wednesday.', ['Francis Mwebesa + Lee Kinyanjui']],
    // A verb, what it made, then whom the subject met: "co-chaired the … consultation with", "hosted a reception for".
    ['Cambodian Foreign Minister Prak Sokhonn co-chaired the political consultation with Thai Foreign Minister Maris Sangiampongsa in Bangkok on Monday.', ['Maris Sangiampongsa + Prak Sokhonn']],
    ['Indonesian President Prabowo Subianto hosted a reception for Malaysian Prime Minister Anwar Ibrahim at the Merdeka Palace on Monday.', ['Anwar Ibrahim + Prabowo Subianto']],
    // A length between the article and "meeting between" ("a two-hour meeting"): the noun is still a trigger, with or without a verb after it.
    ['What did take place was a two-hour meeting between Nepalese Foreign Minister Arjun Thapa and Chinese Foreign Minister Wang Tao in Kathmandu on Thursday.', ['Arjun Thapa + Wang Tao']],
    ['There was a 90-minute meeting between Nepalese Foreign Minister Arjun Thapa and Chinese Foreign Minister Wang Tao in Kathmandu on Thursday.', ['Arjun Thapa + Wang Tao']],
    // A time set off by commas between the verb and its object.
    ['Kenyan President William Ruto had received, last February, the Speaker of the Ugandan Parliament, Anita Among, in Nairobi.', ['Anita Among + William Ruto']],
    // The list after "between", past a place and a day, is everyone at the talks; the countries agreeing are not.
    ['Peru and Chile have agreed to expand border cooperation following talks in Lima yesterday between Foreign Minister Elmer Schialer and his Chilean counterpart, Alberto van Klaveren.', ['Alberto van Klaveren + Elmer Schialer']],
    // A hall after "at" and its owner's possessive is where, not whom: the one received comes after it.
    ["Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, received at the Ministry's General Secretariat on Monday HE Ahmed Attaf, Minister of Foreign Affairs of Algeria.", ['Abdullah bin Zayed + Ahmed Attaf']],
    ["Jordanian Foreign Minister Ayman Safadi received at the Royal Court's General Secretariat on Tuesday H.E. Badr Abdelatty, Minister of Foreign Affairs of Egypt.", ['Ayman Safadi + Badr Abdelatty']],
    // The country an envoy is posted to is part of his title, not a gap before the name.
    ['Kenyan President William Ruto met Ambassador of Norway to Kenya Ola Nordmann in Nairobi on Monday.', ['Ola Nordmann + William Ruto']],
    // A list of titles, commas inside it, is one title before its name: no field of it is a person, and the name after it joins.
    ['President Faure Gnassingbé received on Monday in Lomé the Prime Minister of Niger, Mr. Ali Lamine Zeine. The audience was attended by the Minister of State, Minister of Foreign Affairs, African Integration and Togolese Abroad, Mr. Robert Dussey.', ['Ali Lamine Zeine + Faure Gnassingbé + Robert Dussey']],
    // "to the" inside a title ("Senior Advisor to the President, Mr. X").
    ['President Paul Kagame received on Monday in Kigali the Foreign Minister of Burundi, Mr. Albert Shingiro. The audience was attended by the Senior Advisor to the President, Mr. Jean Mugabo, and the Minister of Foreign Affairs and International Cooperation, Mr. Olivier Nduhungirehe.', ['Albert Shingiro + Jean Mugabo + Olivier Nduhungirehe + Paul Kagame']],
    // A body inside an apposed title ("Supreme Council Member") is no participant.
    ['Sheikh Saud bin Saqr Al Qasimi, Supreme Council Member and Ruler of Ras Al Khaimah, met Indian Foreign Minister Subrahmanyam Jaishankar in Ras Al Khaimah on Monday.', ['Saud bin Saqr Al Qasimi + Subrahmanyam Jaishankar']],
    // A channel between the meeting words and "with": "had talks via videoconference with", "spoke over the telephone with".
    ['Ghanaian Foreign Minister Samuel Ablakwa had talks via videoconference with Togolese Foreign Minister Robert Dussey on Friday.', ['Robert Dussey + Samuel Ablakwa']],
    ['Kenyan Foreign Minister Musalia Mudavadi held talks over the telephone with Ethiopian Foreign Minister Gedion Timothewos on Friday.', ['Gedion Timothewos + Musalia Mudavadi']],
    // "The Chilean diplomat": the one Chilean the article named before in a diplomat's role.
    ['Peruvian Foreign Minister Elmer Schialer held talks today with Chilean Foreign Minister Alberto van Klaveren in Lima. The Chilean diplomat was received yesterday afternoon by President Dina Boluarte at the Government Palace.', ['Alberto van Klaveren + Dina Boluarte', 'Alberto van Klaveren + Elmer Schialer']],
    ['Colombian President Gustavo Petro held talks today with Brazilian Secretary of Foreign Affairs Mauro Vieira in Bogotá. The Brazilian diplomat later met Interior Minister Armando Benedetti.', ['Armando Benedetti + Mauro Vieira', 'Gustavo Petro + Mauro Vieira']],
    // A visitor's companions: ", where he was accompanied by", "along with" with no comma, after "paid a courtesy call to".
    ['Zambian Foreign Minister Mulambo Haimbe paid a courtesy call on President Netumbo Nandi-Ndaitwah at State House in Windhoek on Monday, where he was accompanied by Zambian High Commissioner Chileshe Kandeta.', ['Chileshe Kandeta + Mulambo Haimbe + Netumbo Nandi-Ndaitwah']],
    ['Zambian Foreign Minister Mulambo Haimbe called on Namibian President Netumbo Nandi-Ndaitwah at State House along with High Commissioner Chileshe Kandeta on Monday.', ['Chileshe Kandeta + Mulambo Haimbe + Netumbo Nandi-Ndaitwah']],
    ['Zambian Foreign Minister Mulambo Haimbe paid a courtesy call to Namibian President Netumbo Nandi-Ndaitwah in Windhoek on Monday.', ['Mulambo Haimbe + Netumbo Nandi-Ndaitwah']],
    // "according to the ministry" after a courtesy call is no infinitive: "called on X to reopen…" would be a request.
    ['Ghanaian Foreign Minister Samuel Ablakwa called on Nigerian President Bola Tinubu at the Presidential Villa along with High Commissioner Kwame Mensah, according to the Foreign Ministry.', ['Bola Tinubu + Kwame Mensah + Samuel Ablakwa']],
    // "according to the presidency" is no infinitive after "called on": a courtesy call still.
    ['Earlier, Zambian Foreign Minister Mulambo Haimbe called on Angolan President João Lourenço at the palace in Luanda along with Ambassador Mwamba Kapasa, according to the Zambian foreign ministry.', ['João Lourenço + Mulambo Haimbe + Mwamba Kapasa']],
    // Those at the talks that followed the subjects' own meeting were at the meeting too.
    // Joined by a third, after a pair met with no object: the joiner was at the table too; "joined by" after another act is not.
    ['Fijian Prime Minister Sitiveni Rabuka and New Zealand Prime Minister Christopher Luxon met in Suva on Friday, joined by Tongan Prime Minister Siaosi Sovaleni for part of the talks.', ['Christopher Luxon + Siaosi Sovaleni + Sitiveni Rabuka']],
    ['Fijian Prime Minister Sitiveni Rabuka has hosted New Zealand Prime Minister Christopher Luxon in Suva. The two leaders met at the Grand Pacific Hotel on Friday, joined by Tongan Prime Minister Siaosi Sovaleni for part of the talks.', ['Christopher Luxon + Siaosi Sovaleni + Sitiveni Rabuka']],
    ["Fijian Prime Minister Sitiveni Rabuka and New Zealand Prime Minister Christopher Luxon met in Suva on Friday. Tongan Prime Minister Siaosi Sovaleni flew to Nadi, joined by Samoa's Prime Minister Fiame Naomi Mata'afa.", ['Christopher Luxon + Sitiveni Rabuka']],
    ['Chilean President Gabriel Boric and Argentine President Javier Milei held a one-on-one meeting in Santiago on Monday, followed by delegation talks attended by Foreign Minister Alberto van Klaveren and Interior Minister Carolina Tohá.', ['Alberto van Klaveren + Carolina Tohá + Gabriel Boric + Javier Milei']],
    // A three-way meeting whose participants a relative clause lists: "in which" opens the list of everyone at it.
    ['The state visit followed a trilateral meeting on Monday in which Kenyan Foreign Minister Musalia Mudavadi, Ugandan Foreign Minister Jeje Odongo and Tanzanian Foreign Minister Mahmoud Kombo discussed the border.', ['Jeje Odongo + Mahmoud Kombo + Musalia Mudavadi']],
    // Two who met at the residence of a third were that host's guests: the host was at the meeting too.
    ["Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met on Tuesday at the residence of the OSCE chairman's special representative Jonas Lindqvist in Vienna.", ['Ilham Aliyev + Jonas Lindqvist + Nikol Pashinyan']],
    // Where and when, before the object: "received at the ministry's headquarters today" (a gap word's possessive).
    ['Deputy Foreign Minister Miguel Ángel Ramírez received at the ministry\'s headquarters in Caracas today Ambassador of Italy to Venezuela Giovanni Umberto De Vito.', ['Giovanni Umberto De Vito + Miguel Ángel Ramírez']],
    // "received the visit of", a translated style, with a long title before each name.
    ['Minister of Foreign Affairs of the Republic of Chile Alberto van Klaveren received the visit of Minister of Foreign Affairs of the Republic of Peru Elmer Schialer in Santiago on Monday.', ['Alberto van Klaveren + Elmer Schialer']],
    // "Also present at the meeting were" names the meeting; its list goes on past a title with "and" inside it.
    ['President Hakainde Hichilema received Namibian President Netumbo Nandi-Ndaitwah at State House in Lusaka on Monday.\n\nAlso present at the meeting were Foreign Minister Mulambo Haimbe and Namibia\'s Minister of International Relations and Cooperation Selma Ashipala-Musavyi.', ['Hakainde Hichilema + Mulambo Haimbe + Netumbo Nandi-Ndaitwah + Selma Ashipala-Musavyi']],
    ['Ghanaian President John Mahama received Ivorian Prime Minister Robert Beugré Mambé in Accra on Monday. Also present were Foreign Minister Samuel Ablakwa and Interior Minister Muntaka Mubarak.', ['John Mahama + Muntaka Mubarak + Robert Beugré Mambé + Samuel Ablakwa']],
    // Paragraphs on, with a quotation and a caption between: the text since told only of the two, so the list is at their meeting.
    ['Ghanaian President John Mahama hosted Ivorian Prime Minister Robert Beugré Mambé at Jubilee House on Monday.\n\n"We are one people. Our borders must stay open," said President Mahama.\n\nMr Mambé thanked Ghana for its support.\n\nPHOTO | PRESIDENCY\nPresident John Mahama with Ivorian Prime Minister Robert Beugré Mambé at Jubilee House.\n\nAlso present were Foreign Minister Samuel Ablakwa and Interior Minister Muntaka Mubarak.', ['John Mahama + Muntaka Mubarak + Robert Beugré Mambé + Samuel Ablakwa']],
    ['President Bassirou Diomaye Faye received on Tuesday the Foreign Minister of Gambia, Mr. Mamadou Tangara. The audience took place in the presence of the Director of Cabinet at the Presidency of the Republic, Mr. Ousmane Diop, and the Minister of State, Minister of Foreign Affairs, African Integration and Senegalese Abroad, Mrs. Yassine Fall.', ['Bassirou Diomaye Faye + Mamadou Tangara + Ousmane Diop + Yassine Fall']],
    // A closing attribution ("…, presidential spokesman X said in a statement") reports the meeting: its speaker was not at it.
    ['President Cyril Ramaphosa received Nigerian Vice President Kashim Shettima in Pretoria on Monday, in the presence of Foreign Minister Ronald Lamola, presidential spokesman Vincent Magwenya said in a statement.', ['Cyril Ramaphosa + Kashim Shettima + Ronald Lamola']],
    // A modifier between "held" and "talks", and a day word before "with".
    ['Peruvian Foreign Minister Elmer Schialer held official talks today with Chilean Foreign Minister Alberto van Klaveren, who is on a working visit to Lima.', ['Alberto van Klaveren + Elmer Schialer']],
    ['Ghanaian President John Mahama held lengthy, fruitful talks today with Togolese President Faure Gnassingbé in Accra.', ['Faure Gnassingbé + John Mahama']],
    ['Kenyan President William Ruto held closed-door talks yesterday with Ugandan President Yoweri Museveni at State House.', ['William Ruto + Yoweri Museveni']],
    // A place between the verb and "with a delegation … headed by": the head of the delegation is whom the subject met.
    ['Kenyan Foreign Minister Musalia Mudavadi on Monday met in Nairobi with a delegation of the Somali federal government headed by Deputy Prime Minister Salah Jama.', ['Musalia Mudavadi + Salah Jama']],
    // A country or body before a long title is the titled person's side: the person is whom the subject met.
    ['Italian Defence Minister Guido Crosetto met with U.S. Assistant Secretary of Defense for Indo-Pacific Security Affairs Ely Ratner at the Pentagon on Friday.', ['Ely Ratner + Guido Crosetto']],
    ['Italian Defence Minister Guido Crosetto met with NATO Assistant Secretary General for Defence Investment Angus Lapsley in Brussels on Friday.', ['Angus Lapsley + Guido Crosetto']],
    // "X said on <day> after talks with Y": the day of the saying between the verb and "after"; the talks are the speaker's.
    ['Kenya and Ethiopia will expand power trade, Kenyan President William Ruto said on Monday after talks with Ethiopian Prime Minister Abiy Ahmed at State House.', ['Abiy Ahmed + William Ruto']],
    ['Chile and Peru will reopen the border crossing, Chilean President Gabriel Boric said on March 3 after talks with Peruvian President Dina Boluarte in Arica.', ['Dina Boluarte + Gabriel Boric']],
    // A place and "the visiting" between the verb and a titled object.
    ['President Hakainde Hichilema received in Lusaka the visiting Prime Minister of Lesotho, Sam Matekane.', ['Hakainde Hichilema + Sam Matekane']],
    // "to lunch" between a passive meeting verb and its agent.
    ['Indonesian President Prabowo Subianto, who is on a state visit, was hosted to lunch by Japanese Prime Minister Shigeru Ishiba.', ['Prabowo Subianto + Shigeru Ishiba']],
    // A few quoted words the narrator's "with" goes on from: the speaker's own call, reported.
    ['Indian External Affairs Minister Subrahmanyam Jaishankar said on Tuesday that he had held a "useful phone conversation" with Sri Lankan Foreign Minister Vijitha Herath.', ['Subrahmanyam Jaishankar + Vijitha Herath']],
    // A third object, its title opening with a nationality, before a purpose.
    ['On Tuesday, the Minister of Foreign Affairs, Musalia Mudavadi, met with the Chairperson of the African Union Commission, Mahmoud Ali Youssouf, and the Ugandan Minister of Foreign Affairs, Jeje Odongo, to prepare the summit.', ['Jeje Odongo + Mahmoud Ali Youssouf + Musalia Mudavadi']],
    // "Present for the meeting with Minister X were": the meeting where X was whom the subject met, paragraphs back, not X's own later call.
    ['Zambian Foreign Minister Mulambo Haimbe met with Angolan Foreign Minister Téte António in Lusaka today.\n\nLater in the day, Minister António paid a courtesy call on President Hakainde Hichilema at State House.\n\nPresent for the meeting with Minister António were Permanent Secretary Etambuyu Gundersen and Zambia\'s Ambassador to Angola, Lazarous Kapambwe.', ['Etambuyu Gundersen + Lazarous Kapambwe + Mulambo Haimbe + Téte António', 'Hakainde Hichilema + Téte António']],
    // "Both ministers" stands for the two of the meeting told before; "took part in a videoconference with" is a meeting of them with its object.
    ['Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi in Kampala on Monday.\n\nBoth ministers also took part in a videoconference with Tanzanian Foreign Minister Mahmoud Thabit Kombo on Tuesday.', ['Jeje Odongo + Musalia Mudavadi', 'Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi']],
    ['Ugandan Foreign Minister Jeje Odongo took part in a videoconference with Rwandan Foreign Minister Olivier Nduhungirehe on Tuesday.', ['Jeje Odongo + Olivier Nduhungirehe']],
    // "The previous day, the two presidents": the two of the meeting told before, one a president and the other "his counterpart", with no role of his own.
    ['Ghanaian President John Mahama received his Togolese counterpart Faure Gnassingbé in Accra on Friday.\n\n"Our borders are one," Mahama said.\n\nThe previous day, the two presidents held a video conference with Beninese President Patrice Talon on cross-border trade.', ['Faure Gnassingbé + John Mahama + Patrice Talon', 'Faure Gnassingbé + John Mahama']],
    ['Peruvian Prime Minister Eduardo Arana met Ecuadorian Foreign Minister Gabriela Sommerfeld in Lima on Monday.\n\nThe following day, the two leaders spoke by phone with Colombian President Gustavo Petro.', ['Eduardo Arana + Gabriela Sommerfeld', 'Eduardo Arana + Gabriela Sommerfeld + Gustavo Petro']],
    // "the political directors of" countries: each country is a side.
    ["Kenyan Deputy Foreign Minister Korir Sing'oei met the political directors of Sweden, Norway and Denmark in Oslo on Monday.", ["Denmark + Korir Sing'oei + Norway + Sweden"]],
    // The group of the meeting "were accompanied by their foreign ministers, A and B": they were at it too.
    ['Chilean President Gabriel Boric and Argentine President Javier Milei met on Monday in Santiago.\n\nThe two presidents were accompanied by their foreign ministers, Alberto van Klaveren and Gerardo Werthein, who held a separate meeting in the morning.', ['Alberto van Klaveren + Gabriel Boric + Gerardo Werthein + Javier Milei']],
    // An unnamed counterpart whose office no one of that country holds in the article: the country stands for the side.
    ['Kenyan Defence Minister Soipan Tuya held a phone conversation with her Tanzanian counterpart on Sunday, the ministry said.', ['Soipan Tuya + Tanzania']],
    // "briefed X on the talks he held … with Z": those talks are the subject's with Z, not with X.
    ['Ugandan Foreign Minister Jeje Odongo briefed Kenyan Foreign Minister Musalia Mudavadi on the talks he held in Kigali on Friday with the Rwandan Minister of Foreign Affairs, Olivier Nduhungirehe.', ['Jeje Odongo + Olivier Nduhungirehe']],
    // A day between the verb and "with", then a body's delegation and its head apposed to "its" title.
    ['Kenyan President William Ruto met on Monday with a delegation from the African Development Bank headed by its vice-president, Marie-Laure Akin-Olugbade, to discuss road financing.', ['Marie-Laure Akin-Olugbade + William Ruto']],
    // A day between a meal and its "with".
    ['Chilean President Gabriel Boric had dinner on Tuesday with Peruvian Foreign Minister Elmer Schialer and Colombian Foreign Minister Luis Gilberto Murillo, a diplomat said.', ['Elmer Schialer + Gabriel Boric + Luis Gilberto Murillo']],
    // The names after "among them", "including" are the ministers met, not the group they were ministers of.
    ['Chilean President Gabriel Boric had dinner with the foreign ministers of the Pacific Alliance, among them Peruvian Foreign Minister Elmer Schialer and Colombian Foreign Minister Luis Gilberto Murillo.', ['Elmer Schialer + Gabriel Boric + Luis Gilberto Murillo']],
    ['Chilean President Gabriel Boric met the foreign ministers of the Pacific Alliance, including Peruvian Foreign Minister Elmer Schialer, in Lima on Monday.', ['Elmer Schialer + Gabriel Boric']],
    // The owner of a role and the words narrowing it ("Ruto's security advisor, X") belong to the title of the person met.
    ["Tanzanian Foreign Minister Mahmoud Kombo met Ruto's policy advisor, Monica Juma, in Nairobi on Tuesday.", ['Mahmoud Kombo + Monica Juma']],
    ["Tanzanian Foreign Minister Mahmoud Kombo met Ruto's economic policy advisor, David Ndii, in Nairobi on Tuesday.", ['David Ndii + Mahmoud Kombo']],
    // The name apposed to an opening "The head of <body>," (a rank before it, a dateline before all) is the subject; the body is his.
    ["The head of Mali's Transitional Council, General Assimi Goita, met with French envoy Jean Dupont in Bamako on Thursday.", ['Assimi Goita + Jean Dupont']],
    ["March 5, 2026 (NIAMEY) – The chairman of Niger's National Council, General Abdourahamane Tiani, met with U.S. Senior Advisor for Africa Peter Lang on Thursday.", ['Abdourahamane Tiani + Peter Lang']],
    // The name a role with its own owner was read for ("High Commissioner to Kenya, X") goes on with the list after it.
    ['Ruto met the British High Commissioner to Kenya, Neil Wigan, and Japanese Ambassador Ken Okaniwa in Nairobi on Monday.', ['Ken Okaniwa + Neil Wigan + Ruto']],
    // A name under its own rank ("Ambassador", "General"), apposed to a role phrase, holds that role: the subject.
    ['The meeting came a day after the Minister of Foreign Affairs, Ambassador Kwame Mensah Boateng, met the AU Commission Chairperson, Dr Moussa Faki Mahamat, in Addis Ababa.', ['Kwame Mensah Boateng + Moussa Faki Mahamat']],
    ['The talks came two days after the Minister of Foreign Affairs, Ambassador Rashid Meredov, met the SCO Secretary-General, Zhang Ming, in Beijing.', ['Rashid Meredov + Zhang Ming']],
    ['The visit came a day after the Defence Minister, General Tiani Salifou, met the ECOWAS Commission President, Omar Touray, in Niamey.', ['Omar Touray + Tiani Salifou']],
    // The country after "envoy for" is where the envoy is posted; the titled name apposed after it is whom the subject received.
    ['Lebanese President Michel Sleiman received on Tuesday the Saudi envoy for Yemen, Prince Khalid bin Salman, at the palace.', ['Khalid bin Salman + Michel Sleiman']],
    // An envoy met and named by no one: his country stands for that side.
    ['Czech Foreign Minister Jan Lipavsky met the Hungarian ambassador in Prague on Wednesday.', ['Hungary + Jan Lipavsky']],
    ["Slovak Foreign Minister Juraj Blanar received Austria's ambassador to Slovakia on Tuesday to discuss energy.", ['Austria + Juraj Blanar']],
    // The role first, its country after "of", capitalised or not.
    ['Deputy Foreign Minister Marek Vrana received the Ambassador of Moldova.', ['Marek Vrana + Moldova']],
    ['Slovak Foreign Minister Juraj Blanar met the high commissioner of the Bahamas on Tuesday.', ['Bahamas + Juraj Blanar']],
    // A name after the envoy: the person met, not his country.
    ['Deputy Foreign Minister Marek Vrana received the Ambassador of Moldova, Mr Dorin Recean.', ['Dorin Recean + Marek Vrana']],
    // An envoy-designate is an envoy; "took part in Wednesday's talks" joins the one meeting told with that day, past a call told between.
    ["Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan counterpart, Jeje Odongo, in Nairobi.\n\nThe meeting, held at the ministry on Wednesday, focused on trade.\n\nEarlier, on Monday, President William Ruto held a telephone conversation with Ugandan President Yoweri Museveni.\n\nKenya's Ambassador-designate to Uganda, Joshua Kutuny, also took part in Wednesday's talks.", ['William Ruto + Yoweri Museveni', 'Jeje Odongo + Joshua Kutuny + Musalia Mudavadi']],
    ["Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan counterpart, Jeje Odongo, on Wednesday.\n\nOn Wednesday, President William Ruto held a telephone conversation with Ugandan President Yoweri Museveni.\n\nKenyan envoy Joshua Kutuny also took part in Wednesday's talks.", ['William Ruto + Yoweri Museveni', 'Jeje Odongo + Musalia Mudavadi']],
    // A bare title as the subject is the one person the article named after that title, with or without a comma; no one when two were.
    ['Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Monday.\n\nSeparately, the Chancellor spoke by phone on Tuesday evening with the Polish prime minister Donald Tusk.', ['Emmanuel Macron + Olaf Scholz', 'Donald Tusk + Olaf Scholz']],
    ['Chancellor Olaf Scholz met Austrian Chancellor Karl Nehammer in Berlin on Monday.\n\nSeparately, the Chancellor spoke by phone on Tuesday evening with the Polish prime minister Donald Tusk.', ['Karl Nehammer + Olaf Scholz']],
    // "The two ministers met", no meeting told before: the two ministers the sentence before named; "accompanied by" adds who came along.
    ["Peru's Foreign Minister Elmer Schialer and Chile's Foreign Minister Alberto van Klaveren agreed on Monday to reopen the border crossing.\n\nThe two ministers met in Tacna, accompanied by Chile's Interior Minister Carolina Tohá and the governor of Arica, Diego Paco.", ['Alberto van Klaveren + Carolina Tohá + Diego Paco + Elmer Schialer']],
    ["Peru's Foreign Minister Elmer Schialer and Chile's Foreign Minister Alberto van Klaveren agreed on Monday to reopen the border crossing.\n\nThe two ministers met in Tacna on Tuesday.", ['Alberto van Klaveren + Elmer Schialer']],
    ["Peru's Foreign Minister Elmer Schialer, Chile's Foreign Minister Alberto van Klaveren and Bolivian Foreign Minister Celinda Sosa agreed on Monday to reopen the border crossing.\n\nThe two ministers met in Tacna on Tuesday.", []],
    ["Peruvian President Dina Boluarte and Chilean President Gabriel Boric agreed on Monday to reopen the border crossing.\n\nThe two ministers met in Tacna on Tuesday.", []],
    // "held a working dinner with", "a video call between X and Y": a meal held, or a call named by its two sides.
    ['Chilean Foreign Minister Alberto van Klaveren held a working dinner with the Peruvian ambassador to Chile, Ana Cecilia Gervasi, in Santiago on Monday.', ['Alberto van Klaveren + Ana Cecilia Gervasi']],
    ['The summit followed a video call between Kenyan President William Ruto and Ugandan President Yoweri Museveni on Monday.', ['William Ruto + Yoweri Museveni']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));

  it.each([
    // No nationality, or an office no counterpart family holds: no side to stand in.
    ['Kenyan Defence Minister Soipan Tuya held a phone conversation with her counterpart on Sunday.'],
    ['Kenyan activist Boniface Mwangi held a phone conversation with his Tanzanian counterpart on Sunday.'],
    // Two people of that country hold offices of the counterpart's family: either may be it, so the country does not stand in.
    ['Slovak Prime Minister Robert Fico held a phone conversation with his Austrian counterpart on Monday. Austrian President Alexander Van der Bellen and Austrian Chancellor Christian Stocker both welcomed the call.'],
    // A summons is a protest, whichever way the envoy is written.
    ['Czech Foreign Minister Jan Lipavsky summoned the Ambassador of Hungary on Monday.'],
    ['Ghanaian President John Mahama received an award from Nigerian President Bola Tinubu on Monday.'],
    ['Brazilian President Luiz Inácio Lula da Silva visited Angola on Thursday.'],
    ['Japanese Prime Minister Shigeru Ishiba met reporters in Tokyo on Friday.'],
    ['Kenyan President William Ruto received a letter from the United Nations on Monday.'],
    ["Kenyan President William Ruto received at the ministry's headquarters a letter from Ugandan President Yoweri Museveni on Monday."],
  ])('no meeting: %s', (text) => expect(occurredMeetings(text)).toEqual([]));
});

describe('government bodies speak for their country', () => {
  it.each([
    ['Kenya Recalls Envoy\n\nThe Foreign Ministry said on Monday that the envoy had been recalled.', 'Kenya'],
    ['Peru Protests\n\nPeru’s Foreign Ministry said on Monday that the border would stay closed.', 'Peru'],
  ])('%s', (text, speaker) => {
    const dataset = extractArticle(text, '2024-09-20');
    const speakers = dataset.events.flatMap((e) => (e.type === 'statement' ? [dataset.actors.find((a) => a.id === e.speaker)?.name] : []));
    expect(speakers).toEqual([speaker]);
    expect(dataset.actors.some((a) => /ministry/i.test(a.name))).toBe(false);
  });
});

describe('a meeting told in a "whom" clause', () => {
  function meetingRows(text: string): string[] {
    const dataset = extractArticle(text, '2024-09-20');
    const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
    return dataset.events.flatMap((e) => (e.type === 'meeting' ? [`${e.participants.map((p) => name.get(p)).sort().join(' + ')} ${e.status} ${e.date ?? 'undated'}`] : []));
  }

  it.each([
    // The antecedent met the sentence's subject; the clause's own date, never the main clause's day.
    ['Thai Prime Minister Paetongtarn Shinawatra on Monday asked the Cambodian envoy to convey her greetings to Cambodian Prime Minister Hun Manet, whom she met at the ASEAN Summit in Vientiane last year.', ['Hun Manet + Paetongtarn Shinawatra occurred 2023-01-01']],
    ['Kenyan President William Ruto on Tuesday praised Ghanaian President John Mahama, whom he met in Accra.', ['John Mahama + William Ruto occurred undated']],
    ['Kenyan President William Ruto on Monday praised Ghanaian President John Mahama, whom he will meet in Accra next week.', ['John Mahama + William Ruto planned undated']],
    ['Kenyan President William Ruto on Tuesday praised Ghanaian President John Mahama, whom he met at the African Union in March.', ['John Mahama + William Ruto occurred 2024-03-01']],
    // Whom is the verb's object, before those named after it.
    ['Kenyan President William Ruto on Tuesday praised Ghanaian President John Mahama, whom he met in Abuja with Nigerian President Bola Tinubu.', ['Bola Tinubu + John Mahama + William Ruto occurred undated']],
    // A person named between the subject and the antecedent may be whom the pronoun means: no meeting is told for sure.
    ['Kenyan President William Ruto said on Monday that Nigerian President Bola Tinubu had praised Ghanaian President John Mahama, whom he met in Accra.', []],
  ])('%s', (text, expected) => expect(meetingRows(text)).toEqual(expected));
});

/** Sentences between a meeting and a later one that name no one. */
const TALKS_TOLD = 'The talks focused on trade. Both sides praised the good relations. Cooperation in energy was also reviewed.';

describe('"The visit comes a week after X held talks with Y": the backgrounded meeting took place', () => {
  const visit = 'Japanese Foreign Minister Takeshi Iwaya met Philippine Foreign Secretary Enrique Manalo in Manila on Friday. ';
  it.each([
    [`${visit}The visit comes a week after Iwaya held a phone call with Vietnamese Foreign Minister Bui Thanh Son on Nov. 13.`, ['Bui Thanh Son + Takeshi Iwaya', 'Enrique Manalo + Takeshi Iwaya']],
    [`${visit}The trip came days after Iwaya held talks with Vietnamese Foreign Minister Bui Thanh Son in Tokyo.`, ['Bui Thanh Son + Takeshi Iwaya', 'Enrique Manalo + Takeshi Iwaya']],
    // Still to come, or never held: no meeting.
    [`${visit}The visit comes ahead of a planned meeting between Iwaya and Vietnamese Foreign Minister Bui Thanh Son.`, ['Enrique Manalo + Takeshi Iwaya']],
    [`${visit}The visit comes a week after Iwaya cancelled talks with Vietnamese Foreign Minister Bui Thanh Son.`, ['Enrique Manalo + Takeshi Iwaya']],
  ])('%s', (text, expected) => {
    expect(occurredMeetings(text).sort()).toEqual(expected);
  });
});

describe('"a phone call the previous day between X and Y": the call\'s day may stand between the noun and its "between"', () => {
  const summit = 'Headline\n\nChilean President Gabriel Boric and Argentine President Javier Milei agreed on Wednesday to reopen the Cristo Redentor pass, after talks in Santiago.\n\n"We share a long border," Boric told reporters. Milei said the pass "must never close again."\n\n';
  it.each([
    [`${summit}The summit followed a phone call the previous day between Chilean Foreign Minister Alberto van Klaveren and his Argentine counterpart, Gerardo Werthein, in which the two set the agenda.`, '2024-09-17'],
    [`${summit}The summit followed a telephone conversation on Monday between Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Gerardo Werthein.`, '2024-09-16'],
    [`${summit}The talks followed a telephone call the day before between Chilean Foreign Minister Alberto van Klaveren and Argentine Foreign Minister Gerardo Werthein.`, '2024-09-17'],
  ])('%s', (text, date) => {
    const dataset = extractArticle(text, '2024-09-20');
    const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
    const call = dataset.events.filter((e) => e.type === 'meeting' && e.participants.some((p) => name.get(p) === 'Gerardo Werthein'));
    expect(call.map((e) => [e.type === 'meeting' ? e.participants.map((p) => name.get(p)).sort().join(' + ') : '', e.date])).toEqual([['Alberto van Klaveren + Gerardo Werthein', date]]);
  });
});

describe('"A day earlier, X held talks with Y": an opening day shift is no subject', () => {
  it.each([
    ['A day earlier, Lithuanian Foreign Minister Kestutis Budrys held a phone call with Estonian Foreign Minister Margus Tsahkna.', ['Kestutis Budrys + Margus Tsahkna']],
    ['Two days earlier, Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan.', ['Samia Suluhu Hassan + William Ruto']],
    ['A day later, Peruvian Foreign Minister Elmer Schialer held a meeting with Ecuadorian Foreign Minister Gabriela Sommerfeld.', ['Elmer Schialer + Gabriela Sommerfeld']],
    ['The previous day, Greek Prime Minister Kyriakos Mitsotakis held a video call with Cypriot President Nikos Christodoulides.', ['Kyriakos Mitsotakis + Nikos Christodoulides']],
  ])('%s', (text, expected) => {
    expect(occurredMeetings(`Headline\n\n${text}`)).toEqual(expected);
  });

  it('dates the meeting from the last exactly dated one, never from nothing', () => {
    const dated = extractArticle('Headline\n\nOn 10 September 2024, Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Seoul. A day earlier, Ishiba held a phone call with Australian Prime Minister Anthony Albanese.', '2024-09-20');
    expect(dated.events.filter((e) => e.type === 'meeting').map((e) => e.date).sort()).toEqual(['2024-09-09', '2024-09-10']);
    const alone = extractArticle('Headline\n\nA day earlier, Japanese Prime Minister Shigeru Ishiba held a phone call with Australian Prime Minister Anthony Albanese.', '2024-09-20');
    expect(alone.events.filter((e) => e.type === 'meeting').map((e) => [e.date, e.dateDerivation.method])).toEqual([[null, 'none']]);
  });
});

describe('a bare "the Minister" or title before the verb is the one person the article named so before', () => {
  it.each([
    ['Zambian Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday. In a separate engagement on Tuesday, the Minister received in audience the Ambassador of Italy to Zambia, H.E. Enrico Mattei.', ['Enrico Mattei + Mulambo Haimbe']],
    ['Zambian Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday. The Minister later met Malawian President Lazarus Chakwera.', ['Lazarus Chakwera + Mulambo Haimbe']],
    // Two ministers named: "the Minister" could be either.
    ['Zambian Foreign Minister Mulambo Haimbe and Angolan Foreign Minister Téte António addressed a trade forum in Lusaka on Monday. The Minister later met Malawian President Lazarus Chakwera.', []],
    // Lower case, and "had a" before a meeting noun.
    ['Zambian Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday. The minister had a telephone conversation with Malawian President Lazarus Chakwera on Thursday.', ['Lazarus Chakwera + Mulambo Haimbe']],
    // A transcript's speaker label is not the one who had the call.
    ['Zambian Foreign Ministry spokesperson Chanda Mwale briefed reporters. Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday.\n\nMwale: The minister had a telephone conversation with Malawian President Lazarus Chakwera on Thursday.', ['Lazarus Chakwera + Mulambo Haimbe']],
    ['Zambian Foreign Minister Mulambo Haimbe and Angolan Foreign Minister Téte António addressed a trade forum in Lusaka on Monday. The minister had a telephone conversation with Malawian President Lazarus Chakwera on Thursday.', []],
    // A reporter's finding ("learnt that") tells the meeting as fact; a virtual meeting and the weekday after "earlier on" are read too.
    ['Zambian Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday.\n\nOur correspondent learnt that the minister had earlier on Monday held a virtual meeting with Malawian President Lazarus Chakwera.', ['Lazarus Chakwera + Mulambo Haimbe']],
    ['Zambian Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday.\n\nOur correspondent learnt that the minister will hold a virtual meeting with Malawian President Lazarus Chakwera.', []],
    ['Zambian Foreign Minister Mulambo Haimbe and Angolan Foreign Minister Téte António addressed a trade forum in Lusaka on Monday.\n\nOur correspondent learnt that the minister had earlier on Monday held a virtual meeting with Malawian President Lazarus Chakwera.', []],
    // A prime minister is not called "the Minister".
    ['Zambian Prime Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday. The Minister later met Malawian President Lazarus Chakwera.', []],
    // A title before the verb is the one person the article apposed that very title to before.
    // Two presidents named: the title apposed to one of them before is his.
    [`The President of the Republic, Mr. John Mahama, received on Monday the President of Togo, Mr. Faure Gnassingbé. ${TALKS_TOLD} It should be recalled that the President of the Republic had received, last March, the Speaker of the Nigerian Senate, Mr. Godswill Akpabio.`, ['Faure Gnassingbé + John Mahama', 'Godswill Akpabio + John Mahama']],
    // Never apposed to that title: either president may be meant.
    [`President John Mahama received on Monday President Faure Gnassingbé of Togo. ${TALKS_TOLD} It should be recalled that the President of the Republic had received, last March, the Speaker of the Nigerian Senate, Mr. Godswill Akpabio.`, ['Faure Gnassingbé + John Mahama']],
    // None named before the sentence.
    ['The Minister later met Malawian President Lazarus Chakwera. Zambian Foreign Minister Mulambo Haimbe addressed a trade forum in Lusaka on Monday.', []],
    // "The delegation" is the one person the article said leads it.
    ['Mongolian Foreign Minister Battsetseg Batmunkh, who is in Seoul leading a high-level delegation, held talks with Korean Foreign Minister Cho Hyun on Monday.\n\nThe delegation was later received by President Lee Jae-myung at the presidential office.', ['Battsetseg Batmunkh + Cho Hyun', 'Battsetseg Batmunkh + Lee Jae-myung']],
    ['A trade delegation led by Mongolian Deputy Prime Minister Tuvshin Badral arrived in Seoul on Monday.\n\nThe delegation was later received by President Lee Jae-myung.', ['Lee Jae-myung + Tuvshin Badral']],
    // The leader named again by part of his name is still the one leader.
    ['Libyan Foreign Minister Taher Salem Elbaour, who is in Tunis leading a high-level delegation, held talks with Tunisian Foreign Minister Mohamed Ali Nafti on Monday.\n\nMinister Taher Salem, for his part, said Libya is ready to reopen the border crossing.\n\nThe delegation was later received by President Kais Saied.', ['Kais Saied + Taher Salem Elbaour', 'Mohamed Ali Nafti + Taher Salem Elbaour']],
    // No leader, or two: no one.
    ['A Mongolian trade delegation arrived in Seoul on Monday, Korean Foreign Minister Cho Hyun said.\n\nThe delegation was later received by President Lee Jae-myung.', []],
    ['Mongolian Foreign Minister Battsetseg Batmunkh, leading a delegation, and Kazakh Foreign Minister Murat Nurtleu, heading a delegation, arrived in Seoul on Monday.\n\nThe delegation was later received by President Lee Jae-myung.', []],
    // A bare honorific before the verb is the one person the article named after that very honorific.
    ['Kuwait City, March 3 -- His Highness Sheikh Abdullah Al-Yahya, Minister of Foreign Affairs, addressed the Gulf forum on Monday.\n\nHis Highness also met separately with the Foreign Minister of Chile, Alberto van Klaveren, and the Foreign Minister of Norway, Espen Barth Eide.', ['Abdullah Al-Yahya + Alberto van Klaveren', 'Abdullah Al-Yahya + Espen Barth Eide']],
    // Named after "His Royal Highness", another honorific: not whom "His Highness" means.
    ['Kuwait City, March 3 -- His Royal Highness Prince Salman Al-Khalifa addressed the Gulf forum on Monday.\n\nHis Highness also met Chilean Foreign Minister Alberto van Klaveren.', []],
    // Two persons named after "His Highness": either may be meant.
    ['Kuwait City, March 3 -- His Highness Sheikh Abdullah Al-Yahya and His Highness Sheikh Fahad Al-Sabah addressed the Gulf forum on Monday.\n\nHis Highness also met Chilean Foreign Minister Alberto van Klaveren.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual([...expected].sort()));
});

describe('a possessive in a clause reported after a speech verb is that clause\'s subject, never the speaker', () => {
  const cabinet = 'The Cabinet, in its session chaired by His Highness Prince Faisal bin Hamad Al-Nasser, Crown Prince and Prime Minister, approved the budget.';
  it.each([
    [`${cabinet} Minister of Information Khalid Al-Harbi said the Crown Prince had briefed the Cabinet on his talks with the Prime Minister of Morocco, Aziz Akhannouch, in Jeddah on Sunday.`, ['Aziz Akhannouch + Faisal bin Hamad Al-Nasser']],
    [`${cabinet} Minister of Information Khalid Al-Harbi said that the Crown Prince had briefed the Cabinet on his talks with Moroccan Prime Minister Aziz Akhannouch on Sunday.`, ['Aziz Akhannouch + Faisal bin Hamad Al-Nasser']],
    // No crown prince named before: the talks are no one's the article names, so no meeting rather than the speaker's.
    ['Minister of Information Khalid Al-Harbi said the Crown Prince had briefed the Cabinet on his talks with the Prime Minister of Morocco, Aziz Akhannouch, in Jeddah on Sunday.', []],
    // The speaker's own talks, told with "he": still his.
    ['Moroccan Foreign Minister Nasser Bourita said he had briefed the cabinet on his talks with Spanish Foreign Minister José Manuel Albares in Rabat on Monday.', ['José Manuel Albares + Nasser Bourita']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual([...expected].sort()));
});
