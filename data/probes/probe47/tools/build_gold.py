import os,sys
sys.path.insert(0,os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..','tools'))
from gold_builder import a,m,s,write,P,C,O
D={'p47_01_sre':'2026-11-10','p47_02_itamaraty':'2026-11-13','p47_03_telesur':'2026-11-14',
   'p47_04_14ymedio':'2026-11-18','p47_05_confidencial':'2026-11-19','p47_06_infobae':'2026-11-16',
   'p47_07_kaieteurnews':'2026-11-20','p47_08_miamiherald':'2026-11-17','p47_09_americasquarterly':'2026-11-12',
   'p47_10_caricom':'2026-11-21','p47_11_agn':'2026-11-11','p47_12_newsroompanama':'2026-11-22'}
# ---- actors
# 01 sre
a("Rodrigo Castañeda Ibarra",P,"MEX","Rodrigo Castaneda Ibarra","Rodrigo Castañeda","Rodrigo Castaneda","Castañeda","Castaneda",
  "Secretary Castañeda","Foreign Secretary Castañeda","Foreign Secretary Rodrigo Castañeda")
a("María Fernanda Quintero Rojas",P,"COL","Maria Fernanda Quintero Rojas","María Fernanda Quintero","Maria Fernanda Quintero",
  "Quintero","Minister Quintero")
a("Valeria Ordóñez Salgado",P,"MEX","Valeria Ordonez Salgado","Mtra. Valeria Ordóñez Salgado")
a("Álvaro Restrepo Lince",P,"COL","Alvaro Restrepo Lince")
a("Claudia Sheinbaum",P,"MEX","Claudia Sheinbaum Pardo","Dra. Claudia Sheinbaum Pardo","Sheinbaum")
a("Anita Anand",P,"CAN","Minister Anand","Anand")
a("Office of the United States Trade Representative",O,"USA","United States Trade Representative","USTR")
a("Mexico",C,"MEX","United Mexican States","SRE","Secretaría de Relaciones Exteriores","Mexico City")
a("Colombia",C,"COL","Republic of Colombia","Bogotá","Bogota")
a("Canada",C,"CAN","Ottawa")
a("United States",C,"USA","US","U.S.","USA","United States of America","America","Washington","U.S. Embassy in Havana")
# 02 itamaraty
a("Luiz Inácio Lula da Silva",P,"BRA","Luiz Inacio Lula da Silva","Lula da Silva","Lula","President Lula")
a("Rodrigo Paz Pereira",P,"BOL","Rodrigo Paz","President Paz","Paz")
a("Mauro Vieira",P,"BRA","Ambassador Mauro Vieira","Minister Vieira","Vieira")
a("Alexandre Silveira",P,"BRA")
a("Fernando Aramayo Carrasco",P,"BOL","Fernando Aramayo","Aramayo")
a("Gonzalo Rivero Saavedra",P,"BOL")
a("Davi Alcolumbre",P,"BRA","Alcolumbre")
a("Bolivia",C,"BOL","Plurinational State of Bolivia","Bolivian Government","La Paz")
a("Brazil",C,"BRA","Federative Republic of Brazil","Brasília","Brasilia")
a("Haiti",C,"HTI","Republic of Haiti","Port-au-Prince")
a("Gang Suppression Force",O,None,"GSF")
a("European Parliament",O,None)
# 03 telesur
a("Valdrack Jaentschke",P,"NIC","Jaentschke","Foreign Minister Jaentschke","Foreign Minister Valdrack Jaentschke")
a("Bruno Rodríguez Parrilla",P,"CUB","Bruno Rodriguez Parrilla","Rodríguez Parrilla","Rodriguez Parrilla","Bruno Rodríguez")
a("Yván Gil",P,"VEN","Yvan Gil","Gil","Foreign Minister Gil")
a("Vince Henderson",P,"DMA","Dr. Vince Henderson","Minister Henderson","Henderson")
a("Chet Greene",P,"ATG","E.P. Chet Greene","Greene")
a("Rander Peña Ramírez",P,None,"Rander Pena Ramirez")
a("Daniel Ortega",P,"NIC","Commander Daniel Ortega","Ortega")
a("Rosario Murillo",P,"NIC","Compañera Rosario Murillo","Co-President Murillo","Murillo")
a("ALBA-TCP",O,None,"ALBA","Bolivarian Alliance for the Peoples of Our America",
  "Bolivarian Alliance for the Peoples of Our America – Peoples' Trade Treaty")
a("United States Southern Command",O,"USA","US Southern Command","U.S. Southern Command","Southern Command","SOUTHCOM","Southcom")
a("Richard Grenell",P,"USA","Grenell")
# 04 14ymedio
a("Dmitri Chernyshenko",P,"RUS","Dmitry Chernyshenko","Chernyshenko")
a("Miguel Díaz-Canel",P,"CUB","Miguel Diaz-Canel","Díaz-Canel","Diaz-Canel")
a("Inés María Chapman",P,"CUB","Ines Maria Chapman","Chapman")
a("Viktor Koronelli",P,"RUS")
a("Vladimir Putin",P,"RUS","Putin")
a("Lidia Ferrer Castellanos",P,"CUB")
a("Cuba",C,"CUB","Havana","Republic of Cuba")
a("Russia",C,"RUS","Russian Federation","Moscow","Kremlin")
# 05 confidencial
a("Gabriela Jiménez Solano",P,"CRI","Gabriela Jimenez Solano","Jiménez Solano","Jimenez Solano")
a("Ernesto Valle-Picado",P,"NIC","Valle-Picado")
a("Martha Irene Sotelo",P,"NIC")
a("Julio César Aráuz",P,"NIC","Julio Cesar Arauz","Father Julio César Aráuz")
a("Albert Ramdin",P,None,"Ramdin")
a("Chen Xi",P,"CHN")
a("Marco Vinicio Ruiz-Quesada",P,"CRI")
a("Nicaragua",C,"NIC","Managua")
a("Costa Rica",C,"CRI","San José","San Jose")
a("China",C,"CHN","People's Republic of China","Beijing")
a("Organization of American States",O,None,"OAS")
# 06 infobae
a("Javier Milei",P,"ARG","President Javier Milei","President Milei","Milei")
a("José Antonio Kast",P,"CHL","Jose Antonio Kast","Kast")
a("Victoria Villarruel",P,"ARG","Villarruel")
a("Pablo Quirno",P,"ARG","Foreign Minister Pablo Quirno","Quirno")
a("Luis Caputo",P,"ARG")
a("Rodrigo Yáñez-Benavente",P,"CHL","Rodrigo Yanez-Benavente","Yáñez-Benavente","Yanez-Benavente","Yáñez Benavente",
  "Chancellor Yáñez-Benavente")
a("Andrés Montero-Lagos",P,"CHL","Andres Montero-Lagos")
a("Karina Milei",P,"ARG")
a("Mariela Ledesma-Funes",P,"ARG")
a("Chile",C,"CHL","Santiago")
a("Argentina",C,"ARG","Buenos Aires")
# 07 kaieteurnews
a("Hugh Todd",P,"GUY","Hugh Hilton Todd","Hon. Hugh Hilton Todd","Minister Todd","Todd")
a("Christopher Landau",P,"USA","Deputy Secretary Landau","Landau")
a("Nicole Theriot",P,"USA","Her Excellency Nicole Theriot")
a("Irfaan Ali",P,"GUY","Dr. Irfaan Ali","President Dr. Irfaan Ali","His Excellency President Dr. Irfaan Ali","President Ali")
a("Amit Sharma-Rao",P,"IND","Mr. Amit Sharma-Rao")
a("Nicolás Maduro",P,"VEN","Nicolas Maduro","Maduro")
a("Sherwood Lowe-Persaud",P,"GUY")
a("Venezuela",C,"VEN","Caracas","Bolivarian Republic of Venezuela")
a("Guyana",C,"GUY","Georgetown","Government of Guyana")
# 08 miamiherald
a("Samuel Kiprono-Waweru",P,None,"Brig. Gen. Samuel Kiprono-Waweru")
a("Luis Abinader",P,"DOM","Abinader","Dominican President Luis Abinader")
a("Marie-Lourdes Dorsainvil",P,"HTI","Dorsainvil")
a("Roberto Álvarez",P,"DOM","Roberto Alvarez")
a("Fritz-Gérald Lamothe-Saint-Cyr",P,"HTI","Fritz-Gerald Lamothe-Saint-Cyr")
a("Alix Didier Fils-Aimé",P,"HTI","Alix Didier Fils-Aime","Fils-Aimé","Fils-Aime")
a("Marco Rubio",P,"USA","Secretary of State Marco Rubio","Secretary Rubio","Rubio")
a("Jimmy Chérizier",P,"HTI","Jimmy Cherizier",'Jimmy "Barbecue" Chérizier',"Chérizier","Cherizier","Barbecue")
a("Viv Ansanm",O,"HTI")
a("Nathalie Pierre-Vilsaint",P,None)
a("Leonard Bazile-Metellus",P,None)
a("Dominican Republic",C,"DOM","Santo Domingo")
# 09 americasquarterly
a("Isabel Cordero Andrade",P,"ECU","Isabel Cordero","Cordero")
a("Daniel Noboa",P,"ECU","President Daniel Noboa","President Noboa","Noboa")
a("Donald Trump",P,"USA","Trump")
a("Wang Yi",P,"CHN","Minister Wang Yi")
a("Rafael Correa",P,"ECU","Correa")
a("Ecuador",C,"ECU","Quito")
# 10 caricom
a("Carla Barnett",P,None,"Dr. Carla Barnett","H.E. Dr. Carla Barnett","SG Dr. Carla Barnett","Dr. Barnett","Barnett")
a("Jennifer Geerlings-Simons",P,"SUR","Her Excellency Jennifer Geerlings-Simons","President Geerlings-Simons","Geerlings-Simons")
a("Sharon Bristol-Pierre",P,None,"Ambassador Sharon Bristol-Pierre")
a("Melvin Bouva",P,"SUR","the Honourable Melvin Bouva","Minister Bouva","Bouva")
a("Ashwin Adhin-Ramdas",P,"SUR","Hon. Ashwin Adhin-Ramdas")
a("Suriname Chamber of Commerce and Industry",O,"SUR")
a("Kamina Johnson Smith",P,"JAM","Senator the Hon. Kamina Johnson Smith","Minister Johnson Smith","Johnson Smith")
a("Suriname",C,"SUR","Republic of Suriname","Paramaribo")
a("CARICOM",O,None,"Caribbean Community","Caribbean Community (CARICOM)")
# 11 agn
a("Bernardo Arévalo",P,"GTM","Bernardo Arevalo","President Arévalo","Arévalo","Arevalo")
a("John Briceño",P,"BLZ","John Briceno","Briceño","Briceno")
a("Francis Fonseca",P,"BLZ","Minister Fonseca","Fonseca")
a("Dianne Ramclam-Usher",P,"BLZ","Ms. Dianne Ramclam-Usher")
a("Carlos Ramiro Martínez",P,"GTM","Carlos Ramiro Martinez","Chancellor Carlos Ramiro Martínez","Chancellor Martínez","Chancellor Martinez")
a("Karin Herrera",P,"GTM")
a("Nayib Bukele",P,"SLV","Bukele","President Bukele")
a("Elvin Ramírez-Cáceres",P,"HND","Elvin Ramirez-Caceres")
a("Guatemala",C,"GTM","Ministry of Foreign Affairs of Guatemala","Minex")
a("Belize",C,"BLZ","Belmopan")
a("International Court of Justice",O,None,"ICJ")
# 12 newsroompanama
a("José Raúl Mulino",P,"PAN","Jose Raul Mulino","President José Raúl Mulino","Mulino")
a("Raymond T. Kessler-Ward",P,"USA","Raymond Kessler-Ward","Admiral Raymond T. Kessler-Ward","Adm. Kessler-Ward","Kessler-Ward")
a("Frank Ábrego",P,"PAN","Frank Abrego")
a("Kevin O'Shaughnessy-Brandt",P,"USA")
a("Javier Martínez-Acha",P,"PAN","Javier Martinez-Acha","Martínez-Acha","Martinez-Acha")
a("Xu Xueyuan",P,"CHN")
a("Panama Canal Authority",O,"PAN","ACP","Panama Canal Authority (ACP)")
a("Roberto Zúñiga-Castrellón",P,"PAN","Roberto Zuniga-Castrellon")
a("Panama",C,"PAN","Republic of Panama")

# ---- 01 sre (press release, "martes 10 de noviembre de 2026"; "This Tuesday" = 10, "On Sunday" = 8)
d='p47_01_sre'
m(d,["Rodrigo Castañeda Ibarra","María Fernanda Quintero Rojas","Valeria Ordóñez Salgado","Álvaro Restrepo Lince"],"2026-11-10","Mexico City",
  '''This Tuesday, the Secretary of Foreign Affairs, Rodrigo Castañeda Ibarra, received at the headquarters of the Foreign Ministry the Minister of Foreign Affairs of the Republic of Colombia, María Fernanda Quintero Rojas''')
m(d,["Claudia Sheinbaum","María Fernanda Quintero Rojas","Rodrigo Castañeda Ibarra"],"2026-11-10","Mexico City",
  '''Afterwards, the Colombian Foreign Minister was received at the National Palace by the President of Mexico, Dra. Claudia Sheinbaum Pardo, in the presence of the Foreign Secretary.''')
m(d,["Rodrigo Castañeda Ibarra","Anita Anand"],"2026-11-08",None,
  '''On Sunday, Foreign Secretary Castañeda held a telephone conversation with the Minister of Foreign Affairs of Canada, Anita Anand''')
s(d,"Rodrigo Castañeda Ibarra",["Colombia"],'''Secretary Castañeda stated that Mexico and Colombia "share a border that is not drawn on maps: the one of the drug-trafficking routes, and we will close it together."''')
s(d,"María Fernanda Quintero Rojas",["Mexico"],'''Minister Quintero highlighted that Mexico "has been the most constant partner of Colombia in the peace process, even when others looked away."''')
s(d,"Claudia Sheinbaum",["United States"],'''The President reiterated that Mexico "will not accept any unilateral military action on its territory, by the United States or anyone else,"''')
s(d,"Anita Anand",["Mexico"],'''Minister Anand expressed that Canada sees in Mexico "an indispensable partner, not a problem to be managed, in the review of the agreement."''')
s(d,"Mexico",["United States"],'''In relation to the measures announced last Friday by the Department of Commerce of the United States, the Ministry of Foreign Affairs reiterates its rejection of "unilateral tariffs on Mexican steel that contravene the letter and the spirit of the T-MEC"''')
s(d,"Mexico",["Office of the United States Trade Representative"],'''The Foreign Ministry reports that, contrary to what was published by some media outlets, Secretary Castañeda did not meet with representatives of the United States Trade Representative's office during his stay in Washington last week''')

# ---- 02 itamaraty (joint communiqué, "13 de novembro de 2026"; visit 12-13 Nov; "On the twelfth" = 12)
d='p47_02_itamaraty'
m(d,["Luiz Inácio Lula da Silva","Rodrigo Paz Pereira"],"2026-11-12","Brasília",
  '''On the twelfth, President Lula received President Paz at the Palácio do Planalto, where the two Heads of State held a private meeting''')
m(d,["Luiz Inácio Lula da Silva","Rodrigo Paz Pereira","Mauro Vieira","Alexandre Silveira","Fernando Aramayo Carrasco","Gonzalo Rivero Saavedra"],"2026-11-12","Brasília",
  '''followed by an expanded meeting between the delegations. The Brazilian delegation at the expanded meeting included the Minister of Foreign Affairs, Ambassador Mauro Vieira, and the Minister of Mines and Energy, Alexandre Silveira. The Bolivian delegation included the Minister of Foreign Affairs, Fernando Aramayo Carrasco, and the Minister of Hydrocarbons and Energy, Gonzalo Rivero Saavedra.''')
m(d,["Luiz Inácio Lula da Silva","Rodrigo Paz Pereira"],None,"Belém",
  '''The Presidents recalled their first meeting, held in Belém in November 2025 on the occasion of COP30''')
m(d,["Mauro Vieira","Fernando Aramayo Carrasco"],"2026-11-11","Brasília",
  '''The Foreign Ministers, Mauro Vieira and Fernando Aramayo Carrasco, had held a working meeting at the Itamaraty Palace on the eve of the visit, on 11 November''')
m(d,["Rodrigo Paz Pereira","Davi Alcolumbre"],"2026-11-13","Brasília",
  '''On 13 November, President Paz was received at the Federal Senate by the President of the Senate, Davi Alcolumbre''')
s(d,"Luiz Inácio Lula da Silva",["Bolivia"],'''President Lula welcomed the decision of the Bolivian Government to resume the regular supply of natural gas under the new contract and stated that Bolivia "will always find in Brazil a partner for its integration, never a creditor in a hurry."''')
s(d,"Rodrigo Paz Pereira",["Brazil"],'''President Paz thanked Brazil for its support in the renegotiation of Bolivia's external debt and affirmed that his Government sees Brazil "as the natural gateway of Bolivia to the Atlantic."''')
s(d,"Luiz Inácio Lula da Silva",["Haiti","Gang Suppression Force"],'''The two Heads of State expressed their concern with the humanitarian situation in Haiti and called on the international community to provide the Gang Suppression Force with the resources it needs.''')
s(d,"Rodrigo Paz Pereira",["Haiti","Gang Suppression Force"],'''The two Heads of State expressed their concern with the humanitarian situation in Haiti and called on the international community to provide the Gang Suppression Force with the resources it needs.''')
s(d,"Bolivia",["Brazil"],'''The Bolivian Government expressed its gratitude to the Government and people of Brazil for the warm hospitality extended to the President and his delegation.''')
s(d,"Luiz Inácio Lula da Silva",["Bolivia"],'''President Lula said that South America "cannot again become a continent of closed borders and distant neighbours," and added that he had spoken to President Paz "as a friend of Bolivia, not as a boss."''')
s(d,"Mauro Vieira",["European Parliament"],'''Minister Vieira said Brazil expects the European Parliament "to stop using the agreement as hostage of domestic agricultural politics."''')

# ---- 03 telesur ("Published 14 November 2026"; "met Friday" = 13)
d='p47_03_telesur'
ALBA6=["Valdrack Jaentschke","Bruno Rodríguez Parrilla","Yván Gil","Vince Henderson","Chet Greene","Rander Peña Ramírez"]
m(d,ALBA6,"2026-11-13","Managua",
  '''The XXVI meeting of the Council was chaired by Nicaraguan Foreign Minister Valdrack Jaentschke and attended by Cuban Foreign Minister Bruno Rodríguez Parrilla, Venezuelan Foreign Minister Yván Gil, Dominica's Minister for Foreign Affairs Dr. Vince Henderson, Antigua and Barbuda's Foreign Minister E.P. Chet Greene, and the Executive Secretary of ALBA-TCP, Rander Peña Ramírez.''')
m(d,["Bruno Rodríguez Parrilla","Yván Gil"],"2026-11-13","Managua",
  '''On the sidelines of the meeting, Rodriguez Parrilla held a bilateral meeting with his Venezuelan counterpart''')
m(d,["Vince Henderson","Rander Peña Ramírez"],"2026-11-13","Managua",
  '''Minister Henderson also met separately with the Executive Secretary''')
m(d,["Daniel Ortega","Rosario Murillo"]+ALBA6,"2026-11-13","Managua",
  '''In the afternoon, the visiting foreign ministers and the Executive Secretary were received at the Casa de los Pueblos by the Co-Presidents of Nicaragua, Commander Daniel Ortega and Compañera Rosario Murillo, accompanied by Foreign Minister Jaentschke.''')
s(d,"Valdrack Jaentschke",[],'''In his opening remarks, Jaentschke said the alliance "was born to defend the sovereignty of our peoples, and today that mission is more urgent than in 2004."''')
s(d,"Bruno Rodríguez Parrilla",["United States"],'''The Cuban foreign minister denounced that the U.S. blockade against Cuba "has reached a level of cruelty that not even the Cold War knew," and accused Washington of "persecuting every tanker that tries to bring fuel to our island."''')
s(d,"Yván Gil",["United States","ALBA-TCP"],'''Gil, for his part, said that the presence of U.S. warships off the Venezuelan coast "is not a fight against drugs, it is a rehearsal for an invasion," and thanked the ALBA countries for their "unwavering solidarity."''')
s(d,"Rosario Murillo",["ALBA-TCP"],'''Co-President Murillo told the guests that Nicaragua "will never be alone, because the peoples of the ALBA walk together,"''')
s(d,"ALBA-TCP",["United States Southern Command"],'''The final declaration adopted by the Council condemned "the illegal deployment of the United States Southern Command in the Caribbean Sea"''')
s(d,"Valdrack Jaentschke",["Richard Grenell"],'''Jaentschke rejected reports published by U.S. media claiming that he held secret talks with U.S. Special Presidential Envoy Richard Grenell in Panama City last month, calling them "a fabrication of the laboratories of the empire."''')
s(d,"Chet Greene",[],'''Antigua's Greene told teleSUR that small island states "cannot afford to be the courtyard where the powerful play war games."''')

# ---- 04 14ymedio ("18 de noviembre de 2026"; Monday = 16, Tuesday = 17; "May 2025" -> null)
d='p47_04_14ymedio'
m(d,["Miguel Díaz-Canel","Dmitri Chernyshenko","Inés María Chapman","Viktor Koronelli"],"2026-11-16","Havana",
  '''Chernyshenko was received on Monday by the ruler Miguel Díaz-Canel at the Palace of the Revolution. According to the official newspaper Granma, the meeting, also attended by Deputy Prime Minister Inés María Chapman and the Russian ambassador in Havana, Viktor Koronelli''')
m(d,["Dmitri Chernyshenko","Inés María Chapman"],"2026-11-17","Havana",
  '''On Tuesday, Chernyshenko and Chapman co-chaired the XXII session of the Cuba-Russia Intergovernmental Commission''')
m(d,["Miguel Díaz-Canel","Vladimir Putin"],None,"Moscow",
  '''Díaz-Canel and Vladimir Putin last met in Moscow in May 2025, when the Cuban leader attended the Victory Day parade.''')
s(d,"Miguel Díaz-Canel",["Russia"],'''Díaz-Canel said during the meeting that Russia "has never turned its back on Cuba in the most difficult moments,"''')
s(d,"Dmitri Chernyshenko",["Cuba"],'''The Russian official promised that Moscow "will guarantee the supply of fuel that Cuba needs to keep its thermoelectric plants working,"''')
s(d,"Lidia Ferrer Castellanos",["Cuba","Russia"],'''In her opinion, Havana "continues to sign papers with Moscow that do not survive the first audit," and Russia "does not have the means, nor the will, to keep the Cuban economy on its feet."''')
s(d,"United States",["Cuba"],'''The U.S. Embassy in Havana, in a message on its social networks, said that the Cuban regime "prefers to beg for oil from an aggressor in Ukraine rather than free the economy of its own people."''')

# ---- 05 confidencial ("19 noviembre 2026", Thu; "this past Tuesday" = 17, "the next day"/"That same Wednesday" = 18, Monday = 16)
d='p47_05_confidencial'
m(d,["Gabriela Jiménez Solano","Ernesto Valle-Picado","Martha Irene Sotelo","Julio César Aráuz"],"2026-11-17","San José",
  '''The Foreign Minister of Costa Rica, Gabriela Jiménez Solano, met this past Tuesday in San José with a delegation of exiled Nicaraguan opposition figures''')
m(d,["Gabriela Jiménez Solano","Albert Ramdin"],"2026-11-18",None,
  '''That same Wednesday, Jimenez Solano had a telephone conversation with the Secretary General of the Organization of American States, Albert Ramdin''')
m(d,["Rosario Murillo","Chen Xi"],"2026-11-16","Managua",
  '''the Chinese ambassador in Managua, Chen Xi, was received on Monday at the Casa de los Pueblos, seat of the Presidency. Murillo, who met with the diplomat''')
s(d,"Gabriela Jiménez Solano",["Nicaragua"],'''"Costa Rica will not deport anyone to a country that strips its citizens of their nationality," the foreign minister said after the meeting, adding that Nicaragua "must respect the human rights of the more than 400,000 Nicaraguans who live here."''')
s(d,"Ernesto Valle-Picado",["Daniel Ortega","Rosario Murillo"],'''He accused Daniel Ortega and Rosario Murillo of "turning the border into a fence to hunt those who flee."''')
s(d,"Nicaragua",["Marco Vinicio Ruiz-Quesada","Costa Rica"],'''The Ministry of Foreign Affairs summoned the Costa Rican chargé d'affaires in Managua, Marco Vinicio Ruiz-Quesada, to whom it delivered a protest note that accuses San José of "giving shelter to terrorists and coup plotters."''')
s(d,"Albert Ramdin",["Costa Rica"],'''According to a statement from the OAS, Ramdin expressed "his full support for Costa Rica's efforts to protect those who flee persecution."''')
s(d,"Rosario Murillo",["China"],'''described China in her midday address on the official media as "a sister nation that never asks us for anything in exchange."''')
s(d,"Rosario Murillo",["Gabriela Jiménez Solano"],'''In the same speech, Murillo referred to the Costa Rican foreign minister, without mentioning her by name, as "an employee of the empire dressed as a diplomat."''')

# ---- 06 infobae (live blog "16 Nov, 2026", Monday; all entries 16; "yesterday night" = 15)
d='p47_06_infobae'
m(d,["Victoria Villarruel","José Antonio Kast"],"2026-11-16","Buenos Aires",
  '''the Chilean president went to the Palacio del Congreso, where he was received by the Vice President and President of the Senate, Victoria Villarruel.''')
m(d,["Javier Milei","José Antonio Kast","Pablo Quirno","Luis Caputo","Rodrigo Yáñez-Benavente","Andrés Montero-Lagos"],"2026-11-16","Buenos Aires",
  '''After the tête-à-tête, the meeting moved to the Salón de los Científicos, where the delegations joined. On the Argentine side, Foreign Minister Pablo Quirno and Economy Minister Luis Caputo participated; on the Chilean side, Chancellor Rodrigo Yáñez-Benavente and Finance Minister Andrés Montero-Lagos.''')
m(d,["Javier Milei","José Antonio Kast"],"2026-11-16","Buenos Aires",
  '''Milei and Kast are meeting alone in the presidential office on the first floor of the Casa Rosada.''')
m(d,["Javier Milei","José Antonio Kast","Karina Milei"],"2026-11-16","Buenos Aires",
  '''The Chilean president arrived at Balcarce 50, where he was received with military honors by President Javier Milei at the Explanada. Among those present was the Secretary General of the Presidency, Karina Milei.''')
m(d,["Pablo Quirno","Rodrigo Yáñez-Benavente"],"2026-11-15","Buenos Aires",
  '''The visit was prepared yesterday night at the San Martín Palace, where Quirno and his Chilean counterpart, Yáñez Benavente, shared a working dinner.''')
s(d,"Javier Milei",["Chile"],'''Milei affirmed that Chile and Argentina "are two countries that chose freedom, and freedom does not need border checkpoints."''')
s(d,"José Antonio Kast",["Argentina","Javier Milei"],'''Kast, for his part, said that Argentina "is today the example that Chile looks at," and thanked Milei "for the courage of showing that it was possible."''')
s(d,"Mariela Ledesma-Funes",["Javier Milei","José Antonio Kast"],'''The opposition senator of Unión por la Patria, Mariela Ledesma-Funes, criticized the visit before the start of the day: "Milei receives with honors a defender of Pinochet while he denies the crimes of our own dictatorship."''')

# ---- 07 kaieteurnews ("Nov 20, 2026"; briefing "on Thursday" = 19: "On Monday" = 16, "Yesterday" = 18, "this morning" = 19)
d='p47_07_kaieteurnews'
m(d,["Hugh Todd","Christopher Landau","Nicole Theriot"],"2026-11-16","Georgetown",
  '''On Monday I received Deputy Secretary Landau here at Takuba Lodge, together with the United States Ambassador, Her Excellency Nicole Theriot.''')
m(d,["Irfaan Ali","Christopher Landau","Hugh Todd"],"2026-11-16","Georgetown",
  '''Later that same day, His Excellency President Dr. Irfaan Ali received the Deputy Secretary at State House, and I was present at that meeting as well.''')
m(d,["Hugh Todd","Mauro Vieira"],"2026-11-18",None,
  '''Yesterday I spoke by telephone with my Brazilian counterpart, Ambassador Mauro Vieira''')
m(d,["Hugh Todd","Amit Sharma-Rao"],"2026-11-19","Georgetown",
  '''And this morning, before coming here, I received the new High Commissioner of India, Mr. Amit Sharma-Rao, who presented copies of his letters of credence.''')
m(d,["Irfaan Ali","Nicolás Maduro"],None,"Argyle",
  '''The President met Mr. Maduro at Argyle in December 2023''')
s(d,"Venezuela",["Guyana","Christopher Landau"],'''Venezuela's Ministry of Foreign Affairs issued a communiqué describing the Landau visit as "a provocation that turns Guyana into a military base of the Pentagon."''')
s(d,"Hugh Todd",["United States"],'''What I can say is that the United States "has been a reliable partner, and Guyana does not apologise for choosing its partners."''')
s(d,"Hugh Todd",["Venezuela"],'''I have not met with anyone from Caracas, and I will not meet with anyone from Caracas until Venezuela "accepts the jurisdiction of the International Court of Justice and stops threatening our people."''')
s(d,"Hugh Todd",["Brazil"],'''Brazil "has been a good neighbour, a sober neighbour, at a time when sobriety is scarce."''')
s(d,"Sherwood Lowe-Persaud",["Guyana","Hugh Todd"],'''Opposition Member of Parliament Sherwood Lowe-Persaud said the Government "is inviting a superpower into a border dispute and calling it diplomacy," and called on Minister Todd to brief the Parliamentary Committee on Foreign Relations.''')

# ---- 08 miamiherald ("Updated November 17, 2026", Tue; Saturday = 14, Sunday = 15, "Two days earlier, on Friday" = 13)
d='p47_08_miamiherald'
m(d,["Luis Abinader","Marie-Lourdes Dorsainvil","Roberto Álvarez","Fritz-Gérald Lamothe-Saint-Cyr"],"2026-11-14","Santo Domingo",
  '''On Saturday, Dominican President Luis Abinader received Haitian Foreign Minister Marie-Lourdes Dorsainvil at the National Palace in Santo Domingo''')
m(d,["Luis Abinader","Alix Didier Fils-Aimé"],None,"New York",
  '''Abinader and Haitian Prime Minister Alix Didier Fils-Aimé last met in person in September 2025, on the sidelines of the U.N. General Assembly in New York.''')
m(d,["Marco Rubio","Alix Didier Fils-Aimé"],"2026-11-15",None,
  '''Secretary of State Marco Rubio spoke by phone with Fils-Aimé on Sunday''')
m(d,["Alix Didier Fils-Aimé","Albert Ramdin"],"2026-11-13","Port-au-Prince",
  '''Two days earlier, on Friday, Fils-Aimé had received the Secretary General of the Organization of American States, Albert Ramdin, at the Villa d'Accueil.''')
s(d,"Samuel Kiprono-Waweru",[],'''"We are no longer defending the airport. We are taking back the neighborhoods," he told the Miami Herald last week''')
s(d,"Luis Abinader",["Haiti"],'''told reporters afterward that the Dominican Republic "will help Haiti to stand up, but it will not carry Haiti on its back."''')
s(d,"Marie-Lourdes Dorsainvil",[],'''"For the first time, I heard the word 'partner' and not the word 'wall,'" she said.''')
s(d,"Marco Rubio",["Viv Ansanm","Haiti"],'''"underscored that the United States will not allow Viv Ansanm to turn Haiti into a narco-state on our doorstep."''')
s(d,"Albert Ramdin",["Organization of American States"],'''He said the OAS "owes Haitians an apology for years of good intentions and bad execution."''')
s(d,"Jimmy Chérizier",[],'''claimed in a video posted on social media on Monday that he had met "foreign diplomats" in Cabaret to discuss a ceasefire''')
s(d,"Nathalie Pierre-Vilsaint",["United States"],'''said the Rubio call was welcome but "the same Washington that calls Haiti a narco-state still deports Haitian families to it every week."''')
s(d,"Leonard Bazile-Metellus",["Dominican Republic"],'''said the Dominican Republic's opening "is as much about Dominican business interests in a stabilized Haiti as it is about solidarity."''')

# ---- 09 americasquarterly ("November 12, 2026", Thu; interview "on Tuesday" = 10: "yesterday"/"Monday's meeting" = 9, "this morning" = 10)
d='p47_09_americasquarterly'
m(d,["Isabel Cordero Andrade","Marco Rubio","Christopher Landau"],"2026-11-09","Washington",
  '''Deputy Secretary of State Christopher Landau, who also attended Monday's meeting with Rubio''')
m(d,["Isabel Cordero Andrade","Albert Ramdin"],"2026-11-10","Washington",
  '''AQ spoke with Cordero on Tuesday afternoon at the Ecuadorian Embassy, a few hours after her meeting with the Secretary General of the Organization of American States.''')
m(d,["Isabel Cordero Andrade","María Fernanda Quintero Rojas"],None,"Bogotá",
  '''Last week in Bogotá I had a long working meeting with the Colombian foreign minister, María Fernanda Quintero.''')
m(d,["Daniel Noboa","Donald Trump"],None,"Mar-a-Lago",
  '''President Daniel Noboa, who met Donald Trump at Mar-a-Lago in March 2025''')
s(d,"Isabel Cordero Andrade",["United States"],'''I told him that the United States "has in Ecuador the most committed partner in the region against organized crime, but commitment without radars is just a speech."''')
s(d,"Isabel Cordero Andrade",["Organization of American States"],'''The OAS "has a role to play in the prisons, where the State lost control a decade ago and is only now taking it back."''')
s(d,"Isabel Cordero Andrade",["Colombia"],'''Colombia "is not the problem; the problem is the armed groups that live on both sides of the river and respect neither flag."''')
s(d,"Isabel Cordero Andrade",["Wang Yi"],'''I have not met with Minister Wang Yi, and there is no meeting scheduled, despite what some media have written.''')
s(d,"Isabel Cordero Andrade",["China"],'''What I can tell you is that China "is Ecuador's second trading partner, and it would be irresponsible to pretend otherwise."''')
s(d,"Isabel Cordero Andrade",["Rafael Correa"],'''Former president Rafael Correa "should explain to Ecuadorians why Los Choneros grew the most under his watch, before giving lessons on sovereignty."''')
s(d,"Christopher Landau",[],'''wrote on X that the talks were "productive and focused on results."''')

# ---- 10 caricom ("21 November 2026", Sat; "Thursday 19 November", Friday = 20, Wednesday = 18)
d='p47_10_caricom'
m(d,["Carla Barnett","Jennifer Geerlings-Simons","Sharon Bristol-Pierre","Melvin Bouva"],"2026-11-19","Paramaribo",
  '''Secretary-General of the Caribbean Community (CARICOM), H.E. Dr. Carla Barnett, on Thursday 19 November paid a courtesy call on Her Excellency Jennifer Geerlings-Simons, President of the Republic of Suriname, at the Presidential Palace in Paramaribo.''')
m(d,["Carla Barnett","Melvin Bouva"],"2026-11-20","Paramaribo",
  '''On Friday, the Secretary-General and Minister Bouva held a working session at the Ministry of Foreign Affairs, International Business and International Cooperation''')
m(d,["Carla Barnett","Ashwin Adhin-Ramdas"],None,"Paramaribo",
  '''Dr. Barnett also met with the Speaker of the National Assembly, Hon. Ashwin Adhin-Ramdas''')
m(d,["Carla Barnett","Suriname Chamber of Commerce and Industry"],None,"Paramaribo",
  '''and with members of the Suriname Chamber of Commerce and Industry''')
m(d,["Carla Barnett","Kamina Johnson Smith"],"2026-11-18",None,
  '''Earlier in the week, on Wednesday, the Secretary-General held a virtual meeting with Senator the Hon. Kamina Johnson Smith''')
s(d,"Jennifer Geerlings-Simons",[],'''President Geerlings-Simons reaffirmed Suriname's commitment to the integration movement, noting that Suriname "is a bridge between the Caribbean and South America, and we intend to use that bridge."''')
s(d,"Carla Barnett",["Suriname","CARICOM"],'''The Secretary-General commended Suriname for its leadership on food security and said that CARICOM "cannot speak of a single market while our people still need a visa to work in a sister Member State."''')
s(d,"Kamina Johnson Smith",["Gang Suppression Force","Haiti"],'''Minister Johnson Smith underscored that Jamaica "will continue to be a steady contributor to the Gang Suppression Force, because Haiti's security is our security."''')

# ---- 11 agn ("Guatemala, 11 nov (AGN)", Wed; "this Tuesday" = 10, "The day before yesterday" = 9, "Sunday the 8th" = 8)
d='p47_11_agn'
m(d,["Bernardo Arévalo","John Briceño","Francis Fonseca","Dianne Ramclam-Usher","Carlos Ramiro Martínez","Karin Herrera"],"2026-11-10","Guatemala City",
  '''The President of the Republic, Bernardo Arévalo, received this Tuesday at the Palacio Nacional de la Cultura the Prime Minister of Belize, John Briceño''')
m(d,["Carlos Ramiro Martínez","Francis Fonseca"],"2026-11-09","Guatemala City",
  '''The day before yesterday, Chancellor Martínez and his Belizean counterpart, Fonseca, held a working meeting in the Chancellery''')
m(d,["Bernardo Arévalo","Nayib Bukele"],"2026-11-08",None,
  '''On Sunday the 8th of the present month, President Arévalo held a telephone conversation with his Salvadoran counterpart, Nayib Bukele''')
s(d,"Bernardo Arévalo",["Belize","International Court of Justice"],'''The Guatemalan president affirmed that Guatemala and Belize "have the obligation to build a border of cooperation, whatever the decision of the International Court of Justice may be," and he emphasized that his Government "will respect the ruling, as a State that believes in international law."''')
s(d,"John Briceño",["Guatemala"],'''the Belizean head of government thanked the hospitality and expressed that Belize sees in Guatemala "a neighbor with whom we want to share prosperity, not only a line on the map."''')
s(d,"Francis Fonseca",["International Court of Justice","Guatemala"],'''Minister Fonseca expressed to AGN that Belize "trusts the Court, and trusts that Guatemala will keep its word."''')
s(d,"Guatemala",["Elvin Ramírez-Cáceres"],'''the Ministry of Foreign Affairs of Guatemala rejected the statements of a Honduran deputy who accused Guatemala of "militarizing the border with Honduras," and pointed out that the deployments "respond exclusively to the fight against drug trafficking."''')
s(d,"Elvin Ramírez-Cáceres",["Guatemala"],'''The deputy, Elvin Ramírez-Cáceres, of the Liberal Party, had stated last Friday in Tegucigalpa that "Guatemala is moving troops as if we were enemies."''')

# ---- 12 newsroompanama (digest "22/11/2026", Sun; bullets FRI 20/11, THU 19/11, SAT 21/11)
d='p47_12_newsroompanama'
m(d,["José Raúl Mulino","Raymond T. Kessler-Ward","Frank Ábrego","Kevin O'Shaughnessy-Brandt"],"2026-11-20","Panama City",
  '''President José Raúl Mulino received at the Palacio de las Garzas the commander of the US Southern Command, Admiral Raymond T. Kessler-Ward''')
m(d,["Javier Martínez-Acha","Gabriela Jiménez Solano"],"2026-11-19","Panama City",
  '''Foreign minister Javier Martinez-Acha had a meeting in the Palacio Bolívar with his Costa Rican colleague Gabriela Jiménez Solano''')
m(d,["José Raúl Mulino","Luis Abinader"],"2026-11-21",None,
  '''Mulino talked by phone Saturday with Dominican President Luis Abinader''')
s(d,"Raymond T. Kessler-Ward",["Panama"],'''Kessler-Ward said Panama is "a partner that punches above its weight in the fight against the cartels."''')
s(d,"Gabriela Jiménez Solano",[],'''The Costa Rican chancellor said both countries "cannot let the migrants returning south become a business for the same coyotes who brought them north."''')
s(d,"Javier Martínez-Acha",["Costa Rica"],'''Martínez-Acha said Costa Rica "has been a serious partner, not a noisy one."''')
s(d,"José Raúl Mulino",["United States"],'''Mulino was asked about the Southcom visit and answered: "Here there will be no US bases, not today and not tomorrow, and whoever says otherwise is lying."''')
s(d,"José Raúl Mulino",["Nicaragua"],'''He also had words for Managua: Nicaragua "should take care of its own citizens instead of sending them to our border with one-way tickets."''')
s(d,"Panama Canal Authority",["Xu Xueyuan"],'''The Panama Canal Authority (ACP) denied it in a statement, calling the posts "false and malicious," and said the administrator "has not met the ambassador of the People's Republic of China this year."''')
s(d,"Roberto Zúñiga-Castrellón",["Panama","United States Southern Command","José Raúl Mulino"],'''Vamos coalition deputy Roberto Zúñiga-Castrellón said the government "opens the door of the Palace to the Southern Command and closes it to the Assembly," and asked Mulino to publish the agenda of the meeting.''')

write(D)
