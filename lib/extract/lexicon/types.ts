// Shape of a language's lexicon. The engine (lib/extract/engine.ts) is shared by all languages;
// everything language-specific is data of this shape. Phrases are space-separated lowercase
// tokens; a token ending in "*" matches any token starting with it (for inflected forms).
import type { Language, Qualifier, Side, Weapon } from "../types";

export type Role = "launched" | "downed" | "lost" | "killed" | "injured" | "struck";

export interface Lexicon {
  lang: Language;
  /** Number words in every inflected form -> value (units, teens, tens, hundreds). */
  numbers: Record<string, number>;
  /** Multipliers: "thousand", "тисяч*"; "dozen" is a number word of value 12 that also multiplies. */
  scales: Record<string, number>;
  /** Words allowed inside a number phrase ("one hundred and five"). */
  numberJoiners: string[];
  /** Articles meaning one before a singular person or weapon noun ("a woman", "an drone"). */
  singular: string[];
  /** Singular forms of weapon nouns that count 1 on their own ("ракета влучила", "балістичною ракетою"),
   *  for languages without an indefinite article. */
  singularNouns: string[];
  /** "his mother", "her son": a possessive before a singular person noun is one person. */
  possessives: string[];
  singularPersons: string[];
  /** Phrases before a figure and the qualifier they give. */
  qualifiers: Record<string, Qualifier>;
  /** Role phrases. "struck" = a weapon that hit (SPEC rule 6). */
  roles: Record<Role, string[]>;
  /** Role phrases that only govern a figure AFTER them when adjacent, in passive use ("were killed"). */
  weapons: Record<string, Weapon>;
  /** Words that may stand between a figure and its noun ("enemy", "attack", "Russian"). */
  modifiers: string[];
  persons: string[];
  /** A weapon noun followed by one of these is a modifier of another noun ("a drone attack"). */
  compoundBreakers: string[];
  /** "others": a person figure on its own ("eight others"). */
  others: string[];
  /** "all 14 drones": when all were downed, all were also launched. */
  allWords: string[];
  /** Auxiliaries between a figure's noun and its role ("were", "have been"). */
  aux: string[];
  /** Vague amounts: a figure coordinated with one gives no total ("a passer-by and several residents"). */
  vague: string[];
  /** Additive markers before a figure ("another", "ще", "еще"). */
  another: string[];
  /** Subset markers: before ("including", "серед них") / after ("of them", "of whom"). */
  subsetBefore: string[];
  subsetAfter: string[];
  /** "N of M": joiner between the two figures ("of", "out of", "з", "из"). */
  ofJoiners: string[];
  /** Distributive marker: "по 2 над Смоленской и Калужской" = 2 each. */
  distributive: string[];
  /** Coordinators between figures or places. */
  conjunctions: string[];
  /** Prepositions that attach a place to a figure ("28 over Saratov region"). */
  locPreps: string[];
  /** Prepositions that make a place NOT the strike location ("launched from Crimea"). */
  nonLocPreps: string[];
  /** Heads of a list of launch origins ("from the directions: A, B and C"): every name of the list is an origin. */
  originMarkers: string[];
  /** Words after a name that make it a first-level region ("region", "oblast", "області"). */
  regionWords: string[];
  /** Words introducing a settlement's name ("the village of", "у селі", "посёлка"). */
  settlementWords: string[];
  /** A list of places followed by one of these, or preceded by one of regionsOf, names regions (Kyiv -> Kyiv oblast). */
  pluralRegionWords: string[];
  regionsOf: string[];
  /** Word starts that are first names or common nouns, never places ("Олександр", "Перемоги"). */
  notPlaceStems: string[];
  /** Adjective = one of adjectiveStemEnds + one of adjectiveEndings: districts and streets, not settlements. */
  adjectiveStemEnds: string[];
  adjectiveEndings: string[];
  /** A region stem ending in one of these ("Курськ") followed by one of cityEndings is the city, not the region. */
  citySkStems: string[];
  cityEndings: string[];
  /** District nouns: a name before one ("Дніпровському району", "Obolonskyi district") is a district, maybe of the city in context. */
  districtWords: string[];
  /** "city" adjectives: "Київської міської" is Kyiv city, not Kyiv oblast. */
  cityAdjectives: string[];
  /** Anaphora resolving to the context place ("the region", "the city"). */
  anaphora: string[];
  /** Phrases naming the capital: resolve to that country's capital. */
  capitals: Record<string, "UA" | "RU">;
  /** A capital followed by one of these (past actorSkip words) stands for its government, not a place:
   *  "Moscow said", "Kyiv has not commented", "У Москві заявили". */
  actorVerbs: string[];
  /** Auxiliaries, negation and adverbs allowed between the capital and its verb; also "officials" in
   *  "In Moscow, officials said" (that form only counts in a sentence without figures). */
  actorSkip: string[];
  /** Verbs whose object is a government, not a place ("blames Kyiv", "обвинили Киев"). */
  actorObjectVerbs: string[];
  /** Capital phrases that name no country ("the capital", "столиц*"): the capital of the country the
   *  sentence's other places are in, else the capitals entry. */
  genericCapitals: string[];
  /** Word endings of adverbs that may stand there too ("traditionally"). */
  adverbSuffixes: string[];
  /** Phrases marking a country-wide figure and the country it is about. */
  national: Record<string, "UA" | "RU">;
  /** Attacker cues: phrase -> side that attacked. */
  attackers: Record<string, Side>;
  /** "enemy"-type words: attacker is the side opposite to the claimant. */
  enemy: string[];
  /** Claimant phrases -> [label, side]. */
  claimants: Record<string, [string, Side | null]>;
  /** Words that make a sentence describe an attack (for count-less "event" incidents). */
  attackCues: string[];
  /** Phrases marking multi-day or war-wide totals (SPEC rule 10): figures in such sentences are dropped. */
  multiDay: string[];
  /** Topics that are not strikes (SPEC rule 10: swaps, arrests, foiled plots): nothing in such a sentence counts. */
  offTopic: string[];
  /** War-wide totals ("since the start of the invasion"): the whole sentence is a total (SPEC rule 10),
   *  unless a comparison word stands before it ("the deadliest attack since the invasion"). */
  warTotals: string[];
  comparisons: string[];
  /** Phrases after which the rest of the sentence is background comparison ("since"). */
  sinceMarkers: string[];
  /** Contrast words: a date cue across one of these does not date the attack ("on Saturday, but ... attack"). */
  contrast: string[];
  /** Negated figures: "no one", "nobody". */
  negators: string[];
  /** Toll updates: a figure right after "to"/"до" following one of these is a revised toll. */
  tollRise: string[];
  tollTo: string[];
  tollWords: Record<string, "killed" | "injured">;
  /** Verbs of a rising or revised toll: every date in such a sentence stamps the update, not the attack. */
  revisionVerbs: string[];
  /** Armed-forces nouns: an attacker cue ending in one, as the subject of "shot down", names the defender. */
  forcesWords: string[];
  /** Age words ("45-year-old", "45-річний", "45-летний"): stems after "N-" (or before "-old") skipped between a figure and its noun. */
  ageStems: string[];
  /** Words before or after a month that make it a month without a day ("in April", "April last year"). */
  monthOnlyBefore: string[];
  monthOnlyAfter: string[];
  /** Dates. */
  weekdays: Record<string, number>; // 0 = Sunday
  relativeDays: Record<string, number>; // "yesterday" -> -1
  nightWords: string[]; // "overnight", "night", "ніч", "ночь"
  intoWords: string[]; // "into", "на": night into X -> X
  nextDay: string[]; // "next day"
  months: Record<string, number>; // 1..12, all forms
  /** "from": a day or date after it (and a clock time) is when a wave began, not its day. */
  fromWords: string[];
  /** Words between a clock time and its date ("from 18:00 on 3 March"). */
  dateJoiners: string[];
  /** A date cue right after these is an update/report stamp, not the attack's day. */
  updateWords: string[];
  /** Case endings stripped (longest first) before transliterating a Cyrillic place token. */
  caseEndings: string[];
  /** Case endings that also change the stem's last consonant ("Шостці" <- "Шостка"): ending -> nominative ending. */
  stemAlternations: Record<string, string>;
  translit: Record<string, string>;
}
