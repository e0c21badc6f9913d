/** Word lists for recognising names, roles, places and speech in news English. General, not per article. */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Nouns that head a role ("foreign minister", "special envoy"), folded. */
export const ROLE_HEADS = set(`
president presidents justice justices minister ministers premier chancellor secretary adviser advisor advisers advisors envoy envoys
ambassador diplomat spokesperson spokesman spokeswoman chief head leader commander general director chairman
chairwoman chair ceo founder official officer aide negotiator mediator journalist reporter correspondent host analyst
banker lawyer judge senator governor mayor king queen prince princess emperor sheikh emir pope cardinal bishop priest
speaker lawmaker legislator congressman congresswoman representative mp deputy candidate nominee executive investor
businessman businesswoman billionaire tycoon entrepreneur economist scientist professor researcher expert activist
commissioner administrator manager coach captain colonel lieutenant sergeant soldier pilot author writer editor painter
artist singer actor actress prosecutor attorney counsel consul strategist campaigner commentator podcaster presenter
anchor monarch ruler dictator warlord staff owner partner boss czar tsar
conductor composer musician pianist violinist cellist organist dancer ballerina choreographer designer architect
playwright novelist poet critic columnist publisher producer photographer sculptor curator librarian dean
superintendent treasurer trustee pastor rabbi chaplain surgeon physician engineer sheriff detective inspector
magistrate golfer organizer organiser
`);

/** Words that may sit inside a role phrase before its head ("national security", "foreign policy"). */
export const ROLE_MODIFIERS = set(`
foreign defense defence national security special deputy vice chief senior former top state diplomatic policy
prime interior finance economy economic trade justice health energy military intelligence press public affairs
sovereign wealth fund personal acting interim influential secretive far-right far-left veteran leading external
internal home crown supreme assistant principal executive general political middle east white house kremlin
communications information media ukraine ukrainian russian american european british french german saudi dutch
presidential royal federal regional local opposition ruling central armed forces staff of the for to first
financial operating technology technical marketing commercial medical scientific legal strategy product sales
investment managing division group board party club team company firm bank
new incoming outgoing current longtime newly elected appointed caretaker designated nominated then
`);

/** Capitalised words that are titles, never part of a name: stripped from the front of a name. */
export const TITLE_WORDS = set(`
president prime minister foreign defense defence secretary state crown prince princess king queen sheikh emir general
gen sen senator rep representative gov governor chancellor chief special envoy ambassador mr mrs ms dr pope vice deputy
national security adviser advisor speaker mayor commander colonel col lieutenant lt major maj captain capt judge justice
director spokesperson spokesman spokeswoman ceo chairman chairwoman former acting interim first lady sir dame lord
lady saint st archbishop bishop cardinal father rabbi imam ayatollah field marshal admiral sergeant private premier
minister-president supreme leader the of for and
atty sgt rev prof pres supt cmdr adm brig insp det cpl pvt gen attorney mp mps mep msp miss mme coach mister
democrat republican tory liberal conservative socialist communist senator-elect president-elect
`);

/** Honorifics, folded without their full stop, to the gender they mark ("n" when they mark none). */
export const HONORIFICS: ReadonlyMap<string, "m" | "f" | "n"> = new Map([
  ["mr", "m"],
  ["mister", "m"],
  ["messrs", "m"],
  ["sir", "m"],
  ["lord", "m"],
  ["mrs", "f"],
  ["ms", "f"],
  ["miss", "f"],
  ["lady", "f"],
  ["dame", "f"],
  ["mme", "f"],
  ["dr", "n"],
  ["prof", "n"],
]);

/** Titles written abbreviated with a full stop ("Gov. Price Daniel", "Atty. Gen. Wilson"): the stop does not end the name's run. */
export const ABBREVIATED_TITLES = set(
  `mr mrs ms dr gov sen rep atty gen lt col capt sgt rev prof pres supt cmdr maj adm brig insp det cpl pvt mt st hon`,
);

/** Compass and position words that open a place's name ("North Dakota", "Upper Volta", "Greater Manchester"). */
export const COMPASS_WORDS: ReadonlySet<string> = set(
  `north south east west northern southern eastern western central upper lower greater`,
);

/** Lower-case particles inside names ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set(
  `bin ibn bint al el de del della da di dos das du van von der den ter la le y abu`,
);

/** Capitalised words that open sentences but are not names. */
export const FUNCTION_WORDS = set(`
a an the in on at by for from to of and but or nor so yet as if when while after before since until because though
although this that these those there here it its he she they we i you his her their our my your who whom whose what
which where why how no not all any some each every both either neither one two three four five many much more most
few several such only also even just still however meanwhile moreover furthermore instead then thus therefore yes
ahead among amid despite during under over above below between against without within across along around behind
beyond near toward towards upon via footage representing according asked speaking following earlier later last next
once again already now today yesterday tomorrow tonight recently currently previously initially finally eventually
mr mrs ms dr please thanks thank dear hello like unlike given including excluding regarding concerning with into onto
many other another same first second third new old senior top former ex
`);

/** Words ending a capitalised run that make it an organisation, folded. */
export const ORG_SUFFIXES = set(`
department ministry agency council union fund bank party committee commission organization organisation office
service services forces army navy parliament congress senate university institute news times post group company
corporation corp inc ltd association court house league alliance federation assembly government administration
foundation network channel press agency tribune journal daily herald guardian gazette cartel board bureau command
inc co plc llc corp group airlines airline airways bank club united fc college exchange partnership trust society
industries holdings motors railway railways authority police labs lab laboratory laboratories technologies systems studios records pictures corps patrol orchestra band lodge
ballet opera symphony philharmonic choir chorus ensemble quartet players troupe
order guard brigade regiment squadron fleet
`);

/** Place-type words that open a place name ("Cape Cod", "Lake Placid", "Mount Vernon"), folded. */
export const PLACE_PREFIXES = set(
  `cape lake mount mt river fort port isle loch glen gulf bay camp county`,
);

/** Organisations often written as one capitalised word, folded. */
export const KNOWN_ORGS = set(`
kremlin pentagon nato opec tass reuters ap afp bbc cnn fox facebook twitter telegram instagram youtube google apple
microsoft amazon tesla spacex gazprom rosneft hamas hezbollah taliban isis wagner fsb kgb cia fbi nsa un eu ukrinform
interfax ria novosti politico axios bloomberg nbc cbs abc msnbc whitehouse congress senate parliament duma
`);

/** Place-type nouns that end a capitalised place name ("Red Sea", "Al-Diriyah Palace"), folded, with specificity. */
export const PLACE_SUFFIXES: ReadonlyMap<string, "venue" | "region" | "city"> = new Map([
  ...[
    "palace",
    "hotel",
    "airport",
    "stadium",
    "square",
    "street",
    "avenue",
    "building",
    "tower",
    "center",
    "centre",
    "hall",
    "castle",
    "residence",
    "compound",
    "base",
    "embassy",
    "bridge",
    "station",
    "plant",
    "port",
    "cathedral",
    "church",
    "mosque",
    "temple",
    "museum",
    "park",
    "resort",
    "camp",
    "prison",
    "hospital",
    "school",
    "inn",
    "bowl",
    "arena",
    "theatre",
    "theater",
    "road",
    "lane",
    "chapel",
    "abbey",
    "library",
    "cemetery",
    "pier",
    "harbour",
    "harbor",
    "gardens",
    "field",
    "drive",
    "hill",
    "course",
    "armory",
    "high",
    "mansion",
    "motel",
    "tavern",
    "clinic",
    "infirmary",
    "room",
    "ballroom",
    "lounge",
    "auditorium",
    "pavilion",
    "coliseum",
    "gymnasium",
    "playhouse",
  ].map((w) => [w, "venue"] as const),
  ...[
    "sea",
    "ocean",
    "river",
    "island",
    "islands",
    "peninsula",
    "strip",
    "bay",
    "gulf",
    "lake",
    "canal",
    "mountains",
    "valley",
    "region",
    "province",
    "oblast",
    "county",
    "district",
    "state",
    "territory",
    "desert",
    "coast",
    "border",
    "basin",
    "straits",
    "strait",
    "beach",
    "heights",
    "hills",
    "falls",
    "springs",
    "creek",
    "canyon",
    "forest",
    "shire",
    "parish",
    "borough",
    "township",
  ].map((w) => [w, "region"] as const),
  ...["city", "town", "village"].map((w) => [w, "city"] as const),
]);

/** Lower-case nouns that make the capitalised run before them a venue ("the Ritz-Carlton hotel"). */
export const VENUE_NOUNS = set(
  `hotel palace airport stadium resort residence compound building embassy base centre center hall hospital inn theatre theater arena ground field course museum gallery station prison cathedral church chapel mosque temple studio
  ballroom room lounge auditorium pavilion restaurant nightclub motel tavern`,
);

/** Verbs of speaking that attribute a quotation, folded. */
export const SPEECH_VERBS = set(`
said says say told tells added adds stated states remarked remarks emphasized emphasised emphasizes noted notes
claimed claims warned warns asserted asserts wrote writes tweeted posted declared declares insisted insists explained
explains argued argues stressed stresses announced announces replied replies responded responds recalled recalls
continued continues acknowledged acknowledges admitted admits highlighted highlights noting adding saying telling
stating describing described describes called calls urged urges praised praises suggested suggests confirmed confirms
denied denies predicted predicts vowed vows promised promises observed observes commented comments concluded
characterized characterised characterizes asked asks quipped pointed according indicated indicates
`);

/** Month names, folded, to their number (1-12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["january", 1],
  ["jan", 1],
  ["february", 2],
  ["feb", 2],
  ["march", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["may", 5],
  ["june", 6],
  ["jun", 6],
  ["july", 7],
  ["jul", 7],
  ["august", 8],
  ["aug", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["october", 10],
  ["oct", 10],
  ["november", 11],
  ["nov", 11],
  ["december", 12],
  ["dec", 12],
]);

/** Weekday names, folded, to JavaScript's day number (Sunday 0). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["sunday", 0],
  ["monday", 1],
  ["tuesday", 2],
  ["wednesday", 3],
  ["thursday", 4],
  ["friday", 5],
  ["saturday", 6],
]);

/** AP-style abbreviations of US states ("Elburn, Ill.", "Austin, Tex."), folded, without their stops. */
export const STATE_ABBREVIATIONS =
  set(`ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
nebr nev okla ore pa tenn tex va vt wash wis wisc wyo`);
