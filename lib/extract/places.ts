// Finds place mentions in a sentence's tokens: regions, settlements (Latin or Cyrillic, any case),
// the capital, anaphora ("the region") and country-wide markers ("across Ukraine").
import type { Token } from "./text";
import type { Lexicon } from "./lexicon/types";
import { PhraseSet, anyPhraseAt } from "./phrase";
import {
  REGION_ALIASES, REGION_BY_CODE, multiWordNames, CYR_REGION_STEMS, CYR_CITY_STEMS, CYRILLIC_TWO_WORD, settlementsExact, settlementsByStem,
  stemKey, type Settlement,
} from "./gazetteer";

export type MentionKind = "city" | "region" | "anaphora" | "national";
export interface Mention {
  ti: number; te: number; // token range
  start: number; end: number; // char offsets
  kind: MentionKind;
  region: string | null;
  country: "UA" | "RU" | null;
  place: string | null;
  /** other readings of an ambiguous settlement name */
  alts?: Settlement[];
  prep: string | null; // lowercased token before the mention
  list: number; // id of the coordinated list this mention belongs to
  /** introduced as a settlement ("the village of", "у селі"): a small place, maybe not the gazetteer's namesake */
  named?: boolean;
  /** names a district ("Дніпровському районі"): of the city in context when that lies in another region */
  district?: boolean;
  /** a village the gazetteer lacks: its own spelling, romanised once its country is known */
  raw?: string;
}

interface LexPlaces { preps: Set<string>; numbers: Map<string, number>; district: PhraseSet<true>; cityAdj: PhraseSet<true>; notPlace: RegExp; adjective: RegExp; settlement: PhraseSet<true>; actorObj: PhraseSet<true>; generic: PhraseSet<true>; actorVerbs: PhraseSet<true>; actorSkip: PhraseSet<true>; regionWords: PhraseSet<true>; anaphora: PhraseSet<true>; capitals: PhraseSet<"UA" | "RU">; national: PhraseSet<"UA" | "RU">; conj: PhraseSet<true> }
const cache = new WeakMap<Lexicon, LexPlaces>();
const alternation = (pre: string, words: string[], post: string) => new RegExp(words.length ? pre + words.join("|") + post : "(?!)");
function lp(lex: Lexicon): LexPlaces {
  let c = cache.get(lex);
  if (!c) cache.set(lex, (c = {
    notPlace: alternation("^(", lex.notPlaceStems, ")"), adjective: new RegExp(`(${lex.adjectiveStemEnds.join("|") || "(?!)"})(${lex.adjectiveEndings.join("|") || "(?!)"})$`),
    preps: new Set(lex.locPreps.filter((p) => /\p{L}/u.test(p))), numbers: new Map(Object.entries(lex.numbers)),
    district: PhraseSet.from(lex.districtWords), cityAdj: PhraseSet.from(lex.cityAdjectives), settlement: PhraseSet.from(lex.settlementWords), actorObj: PhraseSet.from(lex.actorObjectVerbs), generic: PhraseSet.from(lex.genericCapitals), actorVerbs: PhraseSet.from(lex.actorVerbs), actorSkip: PhraseSet.from(lex.actorSkip),
    regionWords: PhraseSet.from(lex.regionWords), anaphora: PhraseSet.from(lex.anaphora),
    capitals: PhraseSet.fromRecord(lex.capitals), national: PhraseSet.fromRecord(lex.national), conj: PhraseSet.from(lex.conjunctions),
  }));
  return c;
}

const NOT_PLACES = new Set(["may", "march", "of", "the", "so", "mir", "mira", "lenina", "pobeda", "progress", "sale", "ray",
  "oleh", "vladimir", "victoria", "alexander", "lesnoy", "nadezhda", "lyubov", "sergei", "ivan", "boris", "oktyabrskiy",
  "sovetskiy", "pervomayskiy", "novyy", "stary", "nova", "zarya", "druzhba", "rossiya", "ukraina", "kirov", "lenin",
  "krasnyy", "yuzhnyy", "severnyy", "zelenyy", "svoboda", "trud", "chita", "marks", "kim", "sukhoi", "kupol", "shakhty"]);
// First words of multi-word names ("Kryvyi Rih", "St Petersburg"): only these start a longer lookup.
const MULTI_FIRST = new Set<string>([...REGION_ALIASES.keys(), ...multiWordNames()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0]));
// Capitalised words before a place name that are not a first name ("In Kyiv", "Eastern Kharkiv").
const FUNCTION_WORDS = new Set(["in", "on", "at", "over", "near", "from", "the", "and", "but", "for", "after", "before", "during",
  "when", "while", "since", "then", "a", "an", "also", "meanwhile", "outside", "across", "into", "with", "by", "to", "as", "of",
  "south", "north", "east", "west", "eastern", "western", "southern", "northern", "central", "occupied", "liberated", "besieged",
  "frontline", "city", "town", "village", "region", "oblast", "update", "breaking", "photo", "video", "source", "live", "around",
  "kyiv", "kiev", "moscow", "ukraine", "russia", "ukrainian", "russian", "about", "toward", "towards", "through", "if", "where"]);
const PERSONISH_NEXT = /^\p{Lu}\p{Ll}+$/u;

/** Romanise a place name: Ukraine's official table for Ukrainian places, BGN/PCGN-style for Russian ones. */
export function romanise(tok: string, lex: Lexicon): string {
  const lower = tok.toLowerCase().replace(/[’ʼ`]/g, "'");
  const first: Record<string, string> = lex.lang === "uk" ? { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" } : {};
  const s = [...lower].map((ch, k) => (k === 0 && first[ch]) || lex.translit[ch] || (/[a-z-]/.test(ch) ? ch : "")).join("");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function translitKey(tok: string, lex: Lexicon): string[] {
  const lower = tok.toLowerCase().replace(/[’ʼ`]/g, "'");
  const out: string[] = [];
  const tr = (s: string) => [...s].map((ch) => lex.translit[ch] ?? (/[a-z-]/.test(ch) ? ch : "")).join("");
  out.push(stemKey(tr(lower)));
  for (const e of lex.caseEndings) if (lower.length - e.length >= 3 && lower.endsWith(e)) { out.push(stemKey(tr(lower.slice(0, -e.length)))); break; }
  for (const [e, nom] of Object.entries(lex.stemAlternations)) if (lower.length - e.length >= 3 && lower.endsWith(e)) { out.push(stemKey(tr(lower.slice(0, -e.length) + nom))); break; }
  return out;
}

function stripPossessive(w: string): string { return w.endsWith("'s") ? w.slice(0, -2) : w; }
function joinKey(toks: Token[], i: number, len: number): string {
  let k = stripPossessive(toks[i].lower);
  for (let q = i + 1; q < i + len; q++) k += (toks[q].lower === "." ? "" : " ") + stripPossessive(toks[q].lower);
  return k.replace(/ \./g, ".");
}

function mention(toks: Token[], i: number, te: number, kind: MentionKind, region: string | null, country: "UA" | "RU" | null, place: string | null, alts: Settlement[] | undefined, prep: string | null): Mention {
  return { ti: i, te, start: toks[i].start, end: toks[te - 1].end, kind, region, country, place, alts, prep, list: -1 };
}

export function findMentions(toks: Token[], lex: Lexicon): Mention[] {
  const P = lp(lex);
  const out: Mention[] = [];
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const prep = i > 0 ? toks[i - 1].lower : null;
    if (!t.cap && !anyPhraseAt(toks, i)) continue; // lowercase and unknown: no marker, no name

    // country-wide markers and the capital
    const nat = P.national.match(toks, i);
    if (nat) { out.push(mention(toks, i, i + nat[0], "national", null, nat[1], null, undefined, prep)); i += nat[0] - 1; continue; }
    // "over three regions": figures for several regions together are country-wide (SPEC rule 4)
    const several = severalRegions(toks, i, P, lex);
    if (several) { out.push(mention(toks, i, i + several, "national", null, null, null, undefined, prep)); i += several - 1; continue; }
    const cap = P.capitals.match(toks, i);
    if (cap && !/^(of|про)$/.test(toks[i + cap[0]]?.lower ?? "")) {
      const c = cap[1] === "UA" ? ["UA-30", "Kyiv"] : ["RU-MOW", "Moscow"];
      out.push(mention(toks, i, i + cap[0], "city", c[0], cap[1], c[1], undefined, prep)); i += cap[0] - 1; continue;
    }
    const ana = !t.cap || i === 0 ? P.anaphora.match(toks, i) : null;
    if (ana) { out.push(mention(toks, i, i + ana[0], "anaphora", null, null, null, undefined, prep)); i += ana[0] - 1; continue; }
    if (!t.cap || t.num !== null) continue;

    if (t.cyr) {
      const m = cyrMention(toks, i, lex);
      if (m) {
        const [len, kind, region, place] = m;
        const mm = mention(toks, i, i + len, kind, region, region ? REGION_BY_CODE.get(region)!.country : null, place, undefined, prep);
        if (kind === "city" && !region) mm.raw = place ?? undefined;
        out.push(mm);
        i += len - 1;
      }
      continue;
    }
    // Latin: longest multi-token name first (Kryvyi Rih, Nizhny Novgorod, St Petersburg)
    let found = false;
    for (let len = MULTI_FIRST.has(t.lower) ? 3 : 1; len >= 1 && !found; len--) {
      if (i + len > n) continue;
      let allCap = true;
      for (let q = i + 1; q < i + len; q++) if (!toks[q].cap && toks[q].lower !== ".") allCap = false;
      if (!allCap) continue;
      const key = len === 1 ? stripPossessive(t.lower) : joinKey(toks, i, len);
      const regionWord = P.regionWords.match(toks, i + len);
      const aliases = NOT_PLACES.has(key) && !regionWord ? undefined : REGION_ALIASES.get(key);
      const setts = NOT_PLACES.has(key) ? undefined : settlementsExact(key)?.filter((s) => s.pop >= 3000 || s.pop < 0 || len > 1);
      if (!aliases && !setts?.length) {
        // "near the village of Kiselevka": a settlement the gazetteer lacks, region from the sentence
        if (len === 1 && i > 0 && P.settlement.matchEndingAt(toks, i, 3)) {
          out.push(mention(toks, i, i + 1, "city", null, null, t.text.replace(/'s$/, ""), undefined, prep));
          found = true;
        }
        continue;
      }
      const nextTok = toks[i + len];
      if (!regionWord && !aliases && nextTok && PERSONISH_NEXT.test(nextTok.text) && !REGION_ALIASES.has(nextTok.lower)) continue; // "Vladimir Putin"
      const prevTok = toks[i - 1];
      if (!regionWord && !aliases && prevTok && PERSONISH_NEXT.test(prevTok.text) && !REGION_ALIASES.has(prevTok.lower) && !FUNCTION_WORDS.has(prevTok.lower)) continue; // "Oleksandr Kamyshin"
      found = true;
      if (aliases && regionWord) {
        // "Kyiv region" -> the oblast, not the city region
        const r = aliases.find((a) => !a.city) ?? aliases[0];
        out.push(mention(toks, i, i + len + regionWord[0], "region", r.code, r.country, null, undefined, prep));
      } else if (aliases) {
        const c = aliases.find((a) => a.city) ?? aliases.find((a) => a.capital);
        if (c?.capital) out.push(mention(toks, i, i + len, "city", c.code, c.country, c.capital, undefined, prep));
        else out.push(mention(toks, i, i + len, "region", aliases[0].code, aliases[0].country, null, undefined, prep));
      } else if (setts?.length) {
        const sorted = [...setts].sort((a, b) => b.pop - a.pop);
        const s = sorted[0];
        out.push(mention(toks, i, i + len, regionWord ? "region" : "city", s.region, REGION_BY_CODE.get(s.region)?.country ?? null,
          regionWord ? null : s.name, sorted.length > 1 ? sorted : undefined, prep));
        if (regionWord) { const m = out[out.length - 1]; m.te += regionWord[0]; m.end = toks[m.te - 1].end; }
      }
      i += len - 1;
    }
  }
  for (const m of out) {
    if (m.kind === "city" && m.ti > 0 && P.settlement.matchEndingAt(toks, m.ti, 3)) m.named = true;
    if (beforeDistrict(toks, m.te, P)) m.district = true;
    // "Київської міської військової адміністрації": the city, not its oblast
    const city = m.region && CITY_OF_OBLAST[m.region];
    if (city && m.kind === "region" && P.cityAdj.match(toks, m.te)) { m.region = city[0]; m.kind = "city"; m.place = city[1]; }
  }
  // "Moscow's mayor said ... over the capital": a capital of no named country is the one of the sentence's places
  for (const m of out) if (m.kind === "city" && P.generic.match(toks, m.ti)?.[0] === m.te - m.ti) {
    const others = new Set(out.filter((x) => x !== m && x.country && x.kind !== "national").map((x) => x.country));
    if (others.size === 1) { const c = [...others][0]!; m.country = c; m.region = c === "UA" ? "UA-30" : "RU-MOW"; m.place = c === "UA" ? "Kyiv" : "Moscow"; }
  }
  // capitals standing for their governments are no places at all (not even context)
  const places = out.filter((m) => !(m.kind === "city" && m.region && REGION_BY_CODE.get(m.region)?.city && isActor(toks, m, P, lex)));
  markLists(toks, places, P, lex);
  return places;
}

/** A capital's name used for its government ("Kyiv targets", "Moscow has not commented", "В Москве
 *  назвали", "Kiev's large-scale incursion"): the subject of a verb of saying or acting is no strike place.
 *  After "in" ("In Moscow, officials said"), only when the sentence states no figure. */
function isActor(toks: Token[], m: Mention, P: LexPlaces, lex: Lexicon): boolean {
  const afterPrep = m.ti > 0 && lex.locPreps.includes(toks[m.ti - 1].lower);
  if (afterPrep && toks.some((t) => t.num != null)) return false;
  if (m.ti > 0 && P.actorObj.matchEndingAt(toks, m.ti, 2)) return true;
  const possessive = toks[m.te - 1].lower.endsWith("'s");
  for (let k = m.te, n = 0; k < toks.length && n < 5; n++) {
    const w = toks[k].lower;
    if (P.actorVerbs.match(toks, k)) return true;
    if (possessive && (!/\p{L}/u.test(toks[k].text) || w.includes("-"))) { k++; continue; } // "Kyiv's “longest-range operation”"
    const skip = P.actorSkip.match(toks, k);
    if (skip) { k += skip[0]; continue; }
    if (w.length > 4 && lex.adverbSuffixes.some((x) => w.endsWith(x))) { k++; continue; }
    return false;
  }
  return false;
}

// Words before a village or town name ("у селі Гроза", "посёлка Тёткино").
// Adjectival forms ("Соломенском районе", "Клочківської вулиці") are districts and streets, not settlements.

// Context-free lookups of a Cyrillic word, memoised (inflected vocabularies are large but repetitive).
const MEMO_MAX = 100_000;
const regionMemo = new Map<string, [string, string] | null>();
const cityMemo = new Map<string, [string, string, string] | null>();
const translitMemo = new Map<string, Settlement[] | null>();
function memo<T>(m: Map<string, T>, k: string, f: () => T): T {
  let v = m.get(k);
  if (v === undefined && !m.has(k)) { v = f(); if (m.size >= MEMO_MAX) m.clear(); m.set(k, v); }
  return v as T;
}
const regionStemOf = (lower: string) => memo(regionMemo, lower, () => CYR_REGION_STEMS.find(([stem]) => lower.startsWith(stem)) ?? null);
const cityStemOf = (lower: string) => memo(cityMemo, lower, () =>
  CYR_CITY_STEMS.find(([stem]) => lower.startsWith(stem) && lower.length - stem.length <= 3) ?? null);
const translitHits = (text: string, lex: Lexicon) => memo(translitMemo, lex.lang + ":" + text, () => {
  for (const key of translitKey(text, lex)) {
    if (key.length < 3) continue;
    const hits = settlementsByStem(key);
    // three-letter stems ("Тулу" -> tul) only for big cities: short keys collide
    if (hits?.length && (key.length >= 4 || hits.some((h) => h.pop >= 100_000))) return key.length >= 4 ? hits : hits.filter((h) => h.pop >= 100_000);
  }
  return null;
});

function cyrMention(toks: Token[], i: number, lex: Lexicon): [number, MentionKind, string | null, string | null] | null {
  const lower = toks[i].lower;
  if (lower.startsWith("кримінал") || lower.startsWith("криминал")) return null;
  const nx = toks[i + 1], pv = toks[i - 1];
  const namedSettlement = i > 0 && !!lp(lex).settlement.matchEndingAt(toks, i, 2);
  for (const [s1, s2, name, region] of CYRILLIC_TWO_WORD) {
    if (lower.startsWith(s1) && nx && nx.cap && nx.lower.startsWith(s2)) return [2, "city", region, name];
  }
  const rs = regionStemOf(lower);
  const P = lp(lex);
  if (rs && !(rs[0].length <= 5 && P.notPlace.test(lower))) {
    const [stem, code] = rs;
    // "Курска" is the city, "Курской" the region: a noun ending after an -sk stem means the city
    if (lex.citySkStems.some((e) => stem.endsWith(e)) && lex.cityEndings.includes(lower.slice(stem.length))) {
      const city = CYR_CITY_STEMS.find(([s]) => s === stem);
      if (city) return [1, "city", city[2], city[1]];
    }
    const rw = nx && P.regionWords.match(toks, i + 1) ? 2 : 1;
    return [rw, "region", code, null];
  }
  if (P.notPlace.test(lower) && !namedSettlement) return null;
  // "Олександр Ганжа": a first name before a capitalised surname
  const personish = !namedSettlement && ((nx?.cap && nx.cyr && !P.regionWords.match(toks, i + 1)) || (pv?.cap && pv.cyr && i > 1));
  const adjective = P.adjective.test(lower);
  const cs = adjective ? null : cityStemOf(lower);
  if (cs) return personish ? null : [1, "city", cs[2], cs[1]];
  if (lower.length < 4 || personish || adjective) return null;
  if (!Object.keys(lex.translit).length) return null;
  const hits = translitHits(toks[i].text, lex)?.filter((st) => namedSettlement || st.pop >= 20000);
  if (hits?.length) {
    const uaFirst = lex.lang === "uk" ? hits.filter((st) => st.region.startsWith("UA")) : [];
    const best = [...(uaFirst.length ? uaFirst : hits)].sort((a, b) => b.pop - a.pop)[0];
    return [1, "city", best.region, best.name];
  }
  // a village the gazetteer lacks: romanise it; its region comes from the sentence or context
  if (namedSettlement) return [1, "city", null, toks[i].text];
  return null;
}

const CITY_OF_OBLAST: Record<string, [string, string]> = { "UA-32": ["UA-30", "Kyiv"], "RU-MOS": ["RU-MOW", "Moscow"], "RU-LEN": ["RU-SPE", "Saint Petersburg"] };

/** A district noun after the name, past a list of names ("Дарницькому, Дніпровському та Святошинському районах"). */
function beforeDistrict(toks: Token[], te: number, P: LexPlaces): boolean {
  for (let k = te; k < toks.length && k < te + 8; k++) {
    if (P.district.match(toks, k)) return true;
    if (!(toks[k].cap || P.conj.match(toks, k))) return false;
  }
  return false;
}

/** "over three regions", "у п'яти областях": a preposition, a number and a region word (length, or 0). */
function severalRegions(toks: Token[], i: number, P: LexPlaces, lex: Lexicon): number {
  if (!P.preps.has(toks[i].lower)) return 0;
  const n = toks[i + 1];
  if (!n || !(n.num != null ? n.num > 1 : (P.numbers.get(n.lower) ?? 0) > 1)) return 0;
  const rw = P.regionWords.match(toks, i + 2);
  return rw ? 2 + rw[0] : 0;
}

/** Coordinated lists ("Odesa, Kherson and Mykolaiv regions"): shared id; a plural region word after or
 *  "regions of" before turns every member into a region reading (Kyiv -> Kyiv oblast). */
function markLists(toks: Token[], ms: Mention[], P: LexPlaces, lex: Lexicon) {
  let id = 0;
  for (let k = 0; k < ms.length; k++) {
    if (ms[k].list >= 0) continue;
    ms[k].list = id;
    let last = k;
    for (let j = k + 1; j < ms.length; j++) {
      const gapFrom = ms[last].te, gapTo = ms[j].ti;
      let ok = gapTo >= gapFrom && gapTo - gapFrom <= 3; // adjacent = apposition ("Russia's capital Moscow")
      for (let g = gapFrom; ok && g < gapTo; g++) {
        const c = P.conj.match(toks, g) || (lex.locPreps.includes(toks[g].lower) && g > gapFrom);
        if (!c && toks[g].lower !== "the") ok = false;
      }
      if (!ok || ms[j].kind === "national" || ms[j].kind === "anaphora") break;
      ms[j].list = id;
      last = j;
    }
    const members = ms.slice(k, last + 1);
    const after = toks[ms[last].te - 1];
    const before = ms[k].ti >= 2 ? toks[ms[k].ti - 2].lower + " " + toks[ms[k].ti - 1].lower : "";
    const plural = members.length > 1 && (lex.pluralRegionWords.includes(after.lower) || lex.regionsOf.includes(before));
    if (plural) for (const m of members) if (m.kind === "city" && m.region) {
      const def = REGION_BY_CODE.get(m.region);
      if (def?.city) { const obl = m.region === "UA-30" ? "UA-32" : m.region === "RU-MOW" ? "RU-MOS" : m.region; m.region = obl; }
      m.kind = "region"; m.place = null;
    }
    id++;
  }
}
