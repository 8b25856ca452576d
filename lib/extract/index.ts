// Extraction engine entry point: report in, claims and SPEC incidents out. Pure: no I/O.
import type { Claim, Extraction, Language, ReportInput } from "./types";
import { LEXICONS } from "./lexicon";
import { extractClaims, type RawClaim } from "./engine";
import { claimKey, group } from "./group";
import { detectLanguage } from "./language";
import { splitSentences, tokenize } from "./text";
import { findDateCues } from "./dates";

/** Bumped whenever extraction output can change; stored per article. */
export const EXTRACTOR_VERSION = "1.2.0";
export * from "./types";
export { REGIONS, regionName, placeCoordinates } from "./gazetteer";
export { detectLanguage } from "./language";

const MAX_CHARS = 5_000_000; // longer inputs are cut: no news report is this long

export function extract(input: ReportInput): Extraction {
  const text = typeof input?.text === "string" ? input.text : "";
  let language: Language = "en";
  try {
    language = input?.language && LEXICONS[input.language] ? input.language : detectLanguage(text);
    const published = /^\d{4}-\d{2}-\d{2}$/.test(input?.published ?? "") ? input.published! : datelineOf(text, language);
    const body = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
    const raw = extractClaims(body, published, language, LEXICONS[language]);
    const folded = fold(raw, body);
    const incidents = group(folded);
    return { language, claims: folded.map(strip), incidents, extractorVersion: EXTRACTOR_VERSION };
  } catch (err) {
    // Never throw on odd input: an unexpected failure gives an empty extraction.
    if (process.env.STRIKEWATCH_DEBUG) console.error(err);
    return { language, claims: [], incidents: [], extractorVersion: EXTRACTOR_VERSION };
  }
}

/** No published date: the first full date (with a year) near the top of the text, else today. */
function datelineOf(text: string, language: Language): string {
  const today = new Date().toISOString().slice(0, 10);
  const head = text.slice(0, 3000);
  const iso = /\b(20\d\d)-(\d\d)-(\d\d)\b/.exec(head) ?? /\b(\d\d)\.(\d\d)\.(20\d\d)\b/.exec(head);
  if (iso) return iso[1].length === 4 ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[3]}-${iso[2]}-${iso[1]}`;
  for (const s of splitSentences(head)) {
    const cues = findDateCues(tokenize(s.text, s.start), s.text, s.start, LEXICONS[language], today);
    const full = cues.find((c) => c.date && /\b20\d\d\b/.test(s.text));
    if (full?.date) return full.date;
  }
  return today;
}

/** SPEC rule 1 additive cases: "a man and three others", "another drone was destroyed". */
function fold(claims: RawClaim[], text: string): RawClaim[] {
  const out: RawClaim[] = [];
  // undated claims take the explicitly dated day of the same region (e.g. the lead's
  // "on Saturday" for a later "the death toll rose to 30"), else the published date
  const firstDated = new Map<string, string>();
  for (const c of claims) if (c.explicitDate && !firstDated.has(c.region ?? "")) firstDated.set(c.region ?? "", c.date);
  // ... or rather the latest day stated for that region before it ("На следующий день ... Погибли ...")
  // when it is close by (within 3 sentences)
  const lastDated = new Map<string, [string, number]>();
  for (const c of claims) {
    const r = c.region ?? "";
    if (c.explicitDate) { lastDated.set(r, [c.date, c.sentIdx]); continue; }
    const near = lastDated.get(r);
    // under a live page's stamp, a day stated in another entry does not carry over
    c.date = near && c.sentIdx - near[1] <= 3 ? near[0] : c.sectioned ? c.date : firstDated.get(r) ?? c.date;
  }
  // a placeless figure that repeats a placed one (a headline's "Seven killed") is the same claim's key
  const placed = new Map<string, RawClaim>();
  for (const c of claims) if (c.region != null && c.value != null) { const k = c.field + "|" + c.value; if (!placed.has(k)) placed.set(k, c); }
  for (const c of claims) if (c.region == null && !c.nationalMarker && c.value != null && (c.field === "killed" || c.field === "injured")) {
    const same = placed.get(c.field + "|" + c.value);
    if (same) { c.region = same.region; c.country = same.country; c.attacker = same.attacker; c.date = same.date; c.place = same.place; }
  }
  const lastOf = new Map<string, RawClaim>(); // field + incident key -> the latest claim kept
  for (const c of claims) {
    const k = c.field + "#" + claimKey(c);
    // victims in two different settlements of one region are distinct people, not a revised toll
    const elsewhere = (p: RawClaim) => (c.field === "killed" || c.field === "injured") && !!p.place && !!c.place && p.place !== c.place
      && c.sentIdx !== p.sentIdx && c.sentIdx - p.sentIdx <= 3;
    const prevOf = lastOf.get(k);
    if (c.value != null && c.field !== "event" && (c.additive || (prevOf && elsewhere(prevOf)))) {
      const prev = prevOf;
      if (prev && prev.value != null && (prev.sentIdx === c.sentIdx || (c.singular && c.sentIdx - prev.sentIdx <= 3) || elsewhere(prev))) {
        prev.value += c.value;
        prev.end = Math.max(prev.end, c.end);
        prev.start = Math.min(prev.start, c.start);
        if (c.sentIdx !== prev.sentIdx) { prev.sentenceEnd = Math.max(prev.sentenceEnd, c.sentenceEnd); prev.sentence = text.slice(prev.sentenceStart, prev.sentenceEnd); }
        continue;
      }
    }
    out.push(c);
    lastOf.set(k, c);
  }
  return out;
}

function strip(c: RawClaim): Claim {
  const { explicitDate, sectioned, struck, additive, singular, sentIdx, weaponClass, nationalMarker, ...claim } = c;
  void explicitDate; void sectioned; void nationalMarker; void struck; void additive; void singular; void sentIdx; void weaponClass;
  return claim;
}
