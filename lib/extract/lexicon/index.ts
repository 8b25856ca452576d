// Lexicon choice per report language, plus compiled phrase sets (built once per lexicon).
import type { Language, Qualifier, Side, Weapon } from "../types";
import type { Lexicon, Role } from "./types";
import { PhraseSet } from "../phrase";
import { en } from "./en";
import { uk } from "./uk";
import { ru } from "./ru";

export const LEXICONS: Record<Language, Lexicon> = { en, uk, ru };
export type { Lexicon, Role };

export interface Compiled {
  lex: Lexicon;
  numbers: PhraseSet<number>; scales: PhraseSet<number>; qualifiers: PhraseSet<Qualifier>; roles: PhraseSet<Role>;
  weapons: PhraseSet<Weapon>; modifiers: PhraseSet<true>; persons: PhraseSet<true>; breakers: PhraseSet<true>;
  others: PhraseSet<true>; another: PhraseSet<true>; subsetBefore: PhraseSet<true>; subsetAfter: PhraseSet<true>;
  ofJoiners: PhraseSet<true>; distributive: PhraseSet<true>; conj: PhraseSet<true>; locPreps: PhraseSet<true>;
  nonLocPreps: PhraseSet<true>; attackers: PhraseSet<Side>; enemy: PhraseSet<true>; claimants: PhraseSet<[string, Side | null]>;
  attackCues: PhraseSet<true>; multiDay: PhraseSet<true>; since: PhraseSet<true>; negators: PhraseSet<true>;
  tollTo: PhraseSet<true>; tollWords: PhraseSet<"killed" | "injured">; tollRise: PhraseSet<true>; singular: Set<string>;
  joiners: Set<string>; vague: PhraseSet<true>; all: PhraseSet<true>; aux: PhraseSet<true>; singularNouns: PhraseSet<true>; contrast: PhraseSet<true>; offTopic: PhraseSet<true>; possessives: PhraseSet<true>; singularPersons: PhraseSet<true>;
  originMarkers: PhraseSet<true>; forces: Set<string>; age: RegExp; warTotals: PhraseSet<true>; comparisons: PhraseSet<true>; regionWords: PhraseSet<true>;
}

/** "45-year-old", "45-річний", "3-month-old": N, a hyphen and an age stem (or "-<stem>-old"). */
function ageRegex(lex: Lexicon): RegExp {
  const alt = lex.ageStems.join("|");
  return new RegExp(`^\\d+-(${alt})|-(${alt})-old$`, "u");
}

const cache = new Map<Lexicon, Compiled>();
export function compiled(lex: Lexicon): Compiled {
  let c = cache.get(lex);
  if (c) return c;
  const roles: [string, Role][] = [];
  for (const [role, list] of Object.entries(lex.roles) as [Role, string[]][]) for (const p of list) roles.push([p, role]);
  c = {
    lex,
    numbers: PhraseSet.fromRecord(lex.numbers), scales: PhraseSet.fromRecord(lex.scales), qualifiers: PhraseSet.fromRecord(lex.qualifiers),
    roles: new PhraseSet(roles), weapons: PhraseSet.fromRecord(lex.weapons), modifiers: PhraseSet.from(lex.modifiers),
    persons: PhraseSet.from(lex.persons), breakers: PhraseSet.from(lex.compoundBreakers), others: PhraseSet.from(lex.others),
    another: PhraseSet.from(lex.another), subsetBefore: PhraseSet.from(lex.subsetBefore), subsetAfter: PhraseSet.from(lex.subsetAfter),
    ofJoiners: PhraseSet.from(lex.ofJoiners), distributive: PhraseSet.from(lex.distributive), conj: PhraseSet.from(lex.conjunctions),
    locPreps: PhraseSet.from(lex.locPreps), nonLocPreps: PhraseSet.from(lex.nonLocPreps), attackers: PhraseSet.fromRecord(lex.attackers),
    enemy: PhraseSet.from(lex.enemy), claimants: PhraseSet.fromRecord(lex.claimants), attackCues: PhraseSet.from(lex.attackCues),
    multiDay: PhraseSet.from(lex.multiDay), since: PhraseSet.from(lex.sinceMarkers), negators: PhraseSet.from(lex.negators),
    tollTo: PhraseSet.from(lex.tollTo), tollWords: PhraseSet.fromRecord(lex.tollWords), tollRise: PhraseSet.from(lex.tollRise),
    singular: new Set(lex.singular), joiners: new Set(lex.numberJoiners), vague: PhraseSet.from(lex.vague), all: PhraseSet.from(lex.allWords), aux: PhraseSet.from(lex.aux), singularNouns: PhraseSet.from(lex.singularNouns), contrast: PhraseSet.from(lex.contrast), offTopic: PhraseSet.from(lex.offTopic), possessives: PhraseSet.from(lex.possessives), singularPersons: PhraseSet.from(lex.singularPersons),
    originMarkers: PhraseSet.from(lex.originMarkers), forces: new Set(lex.forcesWords), age: ageRegex(lex), warTotals: PhraseSet.from(lex.warTotals), comparisons: PhraseSet.from(lex.comparisons), regionWords: PhraseSet.from(lex.regionWords),
  };
  cache.set(lex, c);
  return c;
}
