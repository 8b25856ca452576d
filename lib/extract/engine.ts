// The shared extraction engine: sentences -> figures -> roles/places/dates/attackers -> claims.
// Nothing here is language-specific; every word list comes from the report's lexicon.
import type { Claim, ClaimField, Language, Qualifier, Side, Weapon } from "./types";
import { splitSentences, tokenize, type Sentence, type Token } from "./text";
import { compiled, type Compiled, type Lexicon, type Role } from "./lexicon";
import { findMentions, romanise, type Mention } from "./places";
import { LEXICONS } from "./lexicon";
import { findDateCues, resolveCue, type DateCue } from "./dates";
import { findFigures } from "./figures";
import { PhraseSet, anyPhraseAt } from "./phrase";
import { placeCoordinates } from "./gazetteer";
import { classify, compatible, findRole, weaponClass, type Fig } from "./roles";

interface Sent {
  s: Sentence; toks: Token[]; mentions: Mention[]; cues: DateCue[]; figs: Fig[];
  cueSides: { ti: number; side: Side }[]; claimant: [string, Side | null] | null; attack: boolean; multiDay: boolean;
  sinceTi: number; locs: Mention[]; // strike-location mentions (not origins, not datelines, not background)
  originLists: Set<number>; // ids of the mention lists that are launch origins
  section?: string | null; // a live page's entry stamp or recap header: the day of what follows (null: the page's day)
}
export interface RawClaim extends Claim {
  nationalMarker?: boolean;
  /** undated, under a live page's stamp: the stamp's day unless a nearby dated sentence gives one */
  sectioned?: boolean;
  explicitDate: boolean; struck: boolean; additive: boolean; singular: boolean; sentIdx: number; weaponClass: "drone" | "missile" | null;
}

const monthSets = new WeakMap<Lexicon, PhraseSet<number>>();
// Ukrainian regions under (partial) Russian occupation, where strikes by either side are reported.
const CONTESTED = new Set(["UA-14", "UA-09", "UA-43", "UA-40", "UA-23", "UA-65"]);
export function extractClaims(text: string, published: string, lang: Language, lex: Lexicon): RawClaim[] {
  const C = compiled(lex);
  let months = monthSets.get(lex);
  if (!months) monthSets.set(lex, (months = PhraseSet.fromRecord(lex.months)));
  const sents: Sent[] = [];
  const cue = cueRegex(lex);
  const day = dayRegex(lex);
  for (const s of splitSentences(text)) {
    // live pages: entry stamps ("Sun 17 Nov 2024 14.20 GMT", "Posted at 08:12") and recap headers
    // ("What happened on Wednesday?") date the entries under them
    const lower = s.text.toLowerCase();
    const stamp = s.text.length <= 90 && day.test(lower);
    // A sentence with no digit and no role, attack or weapon word can give no claim: skip it
    // without tokenising (a native regex test; most of a page's text is such sentences).
    if (!stamp && !cue.test(lower)) continue;
    const toks = tokenize(s.text, s.start, lower);
    if (!toks.length) continue;
    if (stamp) {
      const section = sectionDate(s, toks, C, published);
      if (section !== undefined) { sents.push({ ...emptySent(s), section }); continue; }
      if (!cue.test(lower)) continue;
    }
    sents.push(analyse(s, toks, C, months, published));
  }
  preferReportRegions(sents);
  return buildClaims(sents, C, published, lang);
}

/** An ambiguous settlement name ("Zolochiv": Lviv or Kharkiv oblast) takes the reading in a region the
 *  report names elsewhere, when the sentence itself named none of its regions. */
function preferReportRegions(sents: Sent[]) {
  const named = new Set<string>();
  for (const st of sents) for (const m of st.mentions) if (m.kind === "region" && m.region) named.add(m.region);
  for (const st of sents) for (const m of st.mentions) {
    if (!m.alts || (m.region && named.has(m.region))) continue;
    const pick = m.alts.find((a) => named.has(a.region));
    if (pick) { m.region = pick.region; m.place = pick.name; m.country = pick.region.slice(0, 2) as "UA" | "RU"; }
  }
}

const dayRegexes = new WeakMap<Lexicon, RegExp>();
/** Day words, month names, update stamps or a clock time: the sentence may be a live page's stamp. */
function dayRegex(lex: Lexicon): RegExp {
  let re = dayRegexes.get(lex);
  if (!re) {
    const words = [...Object.keys(lex.weekdays), ...Object.keys(lex.relativeDays), ...Object.keys(lex.months), ...lex.updateWords]
      .map((w) => w.split(" ")[0]);
    const esc = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    re = new RegExp("\\d[:.]\\d\\d|" + esc.join("|"));
    dayRegexes.set(lex, re);
  }
  return re;
}

/** A short line that only dates what follows: a stamp with a date (or a time alone: back to the page's
 *  day), or a header ending in "?" or ":" with a day and no attack word. undefined: not such a line. */
function sectionDate(s: Sentence, toks: Token[], C: Compiled, published: string): string | null | undefined {
  if (toks.length > 12) return undefined;
  for (let i = 0; i < toks.length; i++) if (anyPhraseAt(toks, i) && (C.attackCues.match(toks, i) || C.roles.match(toks, i) || C.weapons.match(toks, i))) return undefined;
  const cues = findDateCues(toks, s.text, s.start, C.lex, published).filter((c) => c.date || c.weekday != null || c.offset != null);
  const last = toks[toks.length - 1].text;
  const clock = toks.some((t) => /^\d{1,2}[:.]\d\d$/.test(t.text)) || toks.some((t, k) => t.num != null && toks[k + 1]?.text === ":" && toks[k + 2]?.num != null);
  const header = last === "?" || last === ":";
  if (!cues.length) return clock && C.lex.updateWords.includes(toks[0].lower) ? null : undefined;
  if (!header && !clock) return undefined;
  const d = resolveCue(cues[0], published, null);
  return d > published ? undefined : d; // a page republished under an older date: keep its own day
}

function emptySent(s: Sentence): Sent {
  return { s, toks: [], mentions: [], cues: [], figs: [], cueSides: [], claimant: null, attack: false, multiDay: false,
    sinceTi: Infinity, locs: [], originLists: new Set() };
}

const cueRegexes = new WeakMap<Lexicon, RegExp>();
function cueRegex(lex: Lexicon): RegExp {
  let re = cueRegexes.get(lex);
  if (re) return re;
  const words = new Set<string>();
  const add = (p: string) => { const first = p.split(" ")[0].replace(/\*$/, ""); if (first.length >= 2) words.add(first.toLowerCase()); };
  for (const list of Object.values(lex.roles)) list.forEach(add);
  lex.attackCues.forEach(add);
  Object.keys(lex.weapons).forEach(add);
  const esc = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’ʼ]"));
  re = new RegExp("\\d|" + esc.join("|"));
  cueRegexes.set(lex, re);
  return re;
}

function analyse(s: Sentence, toks: Token[], C: Compiled, months: PhraseSet<number>, published: string): Sent {
  const lex = C.lex;
  const monthAt = (k: number) => k >= 0 && k < toks.length && !!months.match(toks, k) && toks[k].lower !== "may" || (toks[k]?.text === "May");
  const mentions = findMentions(toks, lex);
  // Sentences with no attack word and no role word can only name places (context) and
  // claimants: skip the rest of the analysis for them (most of a page's text).
  let attack = false, roleWord = false;
  for (let i = 0; i < toks.length && !(attack && roleWord); i++) {
    if (!anyPhraseAt(toks, i)) continue;
    if (!attack && C.attackCues.match(toks, i)) attack = true;
    const r = C.roles.match(toks, i);
    if (r) roleWord = true;
    // "brought down over the Kaluga and Tula regions": where weapons were downed is attacked (SPEC rule 4)
    if (r && r[1] === "downed" && (i === 0 || !toks[i].cap)) attack = true; // not "Downing Street"
  }
  const cues = attack || roleWord ? findDateCues(toks, s.text, s.start, lex, published) : [];
  let multiDay = false, sinceTi = Infinity, multiTi = Infinity;
  let claimant: [string, Side | null] | null = null;
  let originMarker = false;
  const cueSides: { ti: number; side: Side }[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!anyPhraseAt(toks, i)) continue;
    if (!multiDay && C.multiDay.match(toks, i)) { multiDay = true; multiTi = Math.max(0, i - 4); }
    if (C.offTopic.match(toks, i)) multiTi = 0;
    if (!originMarker && C.originMarkers.match(toks, i)) originMarker = true;
    if (C.warTotals.match(toks, i) && !comparedBefore(toks, i, C)) multiTi = 0;
    if (sinceTi === Infinity && C.since.match(toks, i)) sinceTi = i;
    const cl = C.claimants.match(toks, i);
    if (cl && !claimant) claimant = cl[1];
    const a = C.attackers.match(toks, i);
    if (a) {
      // "Ukrainian forces shot down ...": the subject of a downing verb defends.
      let side = a[1];
      if (C.forces.has(toks[i + a[0] - 1].lower))
        for (let k = i + a[0]; k < i + a[0] + 3 && k < toks.length; k++) { const r = C.roles.match(toks, k); if (r && r[1] === "downed") { side = side === "RU" ? "UA" : "RU"; break; } }
      cueSides.push({ ti: i, side });
      i += a[0] - 1;
    } else if (C.enemy.match(toks, i)) cueSides.push({ ti: i, side: "RU" === (claimant?.[1] === "RU" ? "RU" : "UA") ? "UA" : "RU" });
  }
  // totals over several days (SPEC rule 10) and background comparisons: nothing from there on counts;
  // an attack dated only by month or year is not an incident (SPEC rule 8)
  if (cues.some((c) => c.monthOnly) && !cues.some((c) => !c.report && !c.monthOnly)) sinceTi = 0;
  sinceTi = Math.min(sinceTi, multiTi);
  multiDay = false;
  const digits = toks.some((t) => t.num != null);
  const figs = attack || roleWord || digits ? findFigures(toks, C, monthAt).map((f) => classify(f, toks, C, mentions)) as Fig[] : [];
  // datelines ("KYIV (Reuters) -", "Москва. 30 августа.") are not strike locations
  // an origin heads its whole list: "from the directions of Kursk, Bryansk and Millerovo"
  const originLists = new Set(mentions.filter((m) => m.kind !== "national" && (prepBefore(toks, m.ti, C) === "nonloc" || (originMarker && inOriginList(toks, m.ti, C)))).map((m) => m.list));
  const locs = mentions.filter((m, idx) => {
    if (m.kind === "national" || m.kind === "anaphora") return false;
    if (m.ti >= sinceTi) return false;
    if (originLists.has(m.list)) return false;
    const next = toks[m.te]?.text ?? "";
    if (m.ti === 0 && idx === 0 && /^[,(.—–\-•|]$/.test(next) && (toks[0].text === toks[0].text.toUpperCase() || next === "." || next === "•" || next === "|" || next === "(")) return false;
    return true;
  });
  // villages the gazetteer lacks take the region named in the sentence
  for (const m of mentions) if (m.kind === "city" && !m.region) {
    const r = mentions.find((x) => x.region && x.kind !== "national");
    if (r) { m.region = r.region; m.country = r.country; }
    fixVillage(m);
  }
  // ambiguous settlement names: prefer a reading inside a region named in the same sentence
  for (const m of mentions) if (m.alts) {
    const regions = new Set(mentions.filter((x) => x !== m && x.region).map((x) => x.region));
    const pick = m.alts.find((a) => regions.has(a.region)) ?? (lex.lang === "uk" ? m.alts.find((a) => a.region.startsWith("UA")) : undefined);
    if (pick) { m.region = pick.region; m.place = pick.name; m.country = pick.region.slice(0, 2) as "UA" | "RU"; }
  }
  // "the village of Murom" in a sentence about Belgorod region: a namesake village of that region
  const named = mentions.filter((x) => x.kind === "region" && x.region);
  for (const m of mentions) if (m.named && m.region && named.length && !named.some((x) => x.region === m.region)) {
    const r = named.find((x) => x.country === m.country) ?? named[0];
    m.region = r.region; m.country = r.country;
  }
  return { s, toks, mentions, cues, figs, cueSides, claimant, attack, multiDay, sinceTi, locs, originLists };
}

/** "the deadliest attack since the invasion": a comparison, not a war-wide total. */
function comparedBefore(toks: Token[], i: number, C: Compiled): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) if (C.comparisons.match(toks, k)) return true;
  return false;
}

/** "from"/"towards" before a mention (within 3 tokens) makes it an origin, not a location. */
function prepBefore(toks: Token[], ti: number, C: Compiled): "loc" | "nonloc" | null {
  for (let k = ti - 1; k >= 0 && k >= ti - 3; k--) {
    if (C.nonLocPreps.match(toks, k)) return "nonloc";
    if (k > 0 && C.nonLocPreps.matchEndingAt(toks, k + 1, 3)) return "nonloc"; // "south of", "ministry in"
    // a dash or colon introduces a list or a figure; what stands before it decides ("from the directions: Kursk")
    if (C.locPreps.match(toks, k) && /\p{L}/u.test(toks[k].text)) return "loc";
  }
  return null;
}

/** A name inside the list after "from the directions:" (names, commas and "and" only), even past names
 *  the gazetteer lacks ("з напрямків: Орел, Курськ, Міллерово"). */
function inOriginList(toks: Token[], ti: number, C: Compiled): boolean {
  for (let k = ti - 1; k >= 0 && k >= ti - 16; k--) {
    if (C.originMarkers.match(toks, k)) return true;
    const t = toks[k];
    if (!(t.cap || C.conj.match(toks, k) || /^[:\-–—«»"“”]$/.test(t.text) || C.regionWords.match(toks, k))) return false;
  }
  return false;
}

interface Ctx { section: string | null; mention: Mention | null; claimant: [string, Side | null] | null; lastWeapon: { weapon: Weapon; role: Role; sent: number } | null; lastAttackDate: string | null }

function buildClaims(sents: Sent[], C: Compiled, published: string, lang: Language): RawClaim[] {
  const out: RawClaim[] = [];
  // document-level attacker evidence: per region (for UA places, where both sides strike) and overall
  const regionVotes = new Map<string, number>();
  let docVote = 0, claimantVote = 0;
  for (const st of sents) {
    for (const c of st.cueSides) docVote += c.side === "RU" ? 1 : -1;
    if (st.claimant?.[1]) claimantVote += st.claimant[1] === "RU" ? 1 : -1;
    if (st.cueSides.length) for (const m of st.locs) if (m.region) {
      const v = st.cueSides.reduce((s, c) => s + (c.side === "RU" ? 1 : -1), 0);
      regionVotes.set(m.region, (regionVotes.get(m.region) ?? 0) + v);
    }
  }
  const docSide: Side = docVote < 0 ? "UA" : "RU";
  const ctx: Ctx = { section: null, mention: null, claimant: null, lastWeapon: null, lastAttackDate: null };

  sents.forEach((st, si) => {
    const { toks, figs } = st;
    if (st.section !== undefined) { ctx.section = st.section; ctx.mention = null; return; }
    // a bulleted item ("• ...") is a story of its own: the place of the previous item does not carry over
    if (/^[•●▪◦]/.test(st.s.text)) ctx.mention = null;
    if (st.claimant) ctx.claimant = st.claimant;
    // a village named without its region ("посёлка Тёткино") is in the region being reported on
    for (const m of st.mentions) if (m.kind === "city" && !m.region && ctx.mention?.region) { m.region = ctx.mention.region; m.country = ctx.mention.country; fixVillage(m); }
    // a district named after another region's city ("Дніпровському районі" of Kyiv): the district of the city in context
    st.locs = st.locs.filter((m) => m.region && !(m.district && ctx.mention?.region && ctx.mention.region !== m.region));
    const attached = new Set<Mention>();
    const evented = new Set<Mention>();
    // 1. roles
    figs.forEach((f, idx) => {
      if (f.cls === "drop" || f.cls === "combined" || f.fixed) return;
      if (f.cls === "weapon") {
        f.role = findRole(f, figs, idx, toks, C, "weapon");
        // a list line "над территорией Брянской области — 20 БПЛА": the role of the list's head sentence
        if (!f.role && ctx.lastWeapon && si - ctx.lastWeapon.sent <= 3 && weaponClass(ctx.lastWeapon.weapon) === weaponClass(f.weapon)
          && st.mentions.some((m) => m.te <= f.headTi && m.kind !== "national")) f.role = ctx.lastWeapon.role;
      }
      else if (f.cls === "person") f.role = findRole(f, figs, idx, toks, C, "person");
      else if (f.cls === "bare" || f.cls === "subset") {
        const r = findRole(f, figs, idx, toks, C, null);
        f.role = r;
        if (r === "killed" || r === "injured") f.cls = f.cls === "subset" ? "subset" : "person";
        else if (r) {
          // a weapon role with no noun: take the weapon from the previous figure / sentence
          const ante = antecedent(figs, idx, ctx, si, toks, C);
          // "shot down 20 of them": a part of the weapons launched, not a subset to skip
          if (ante) { f.weapon = ante.weapon; f.cls = "weapon"; f.subset = false; } else f.cls = "drop";
        } else if (f.pronoun) f.cls = "drop";
        else f.cls = "drop";
      } else if (f.cls === "elliptic") {
        f.elliptic = true;
        const ante = antecedent(figs, idx, ctx, si, toks, C);
        if (ante) { f.weapon = ante.weapon; f.role = ante.role; f.cls = ante.weapon ? "weapon" : "person"; } else f.cls = "drop";
      }
      // "N of M": M counts the launched ones ("28 out of 31 drones", "11 з 16 шахедів")
      if (f.ofNext != null) {
        const m = figs.find((g) => g.ti === f.ofNext);
        if (m && m.cls === "weapon") {
          f.weapon = m.weapon; f.cls = "weapon";
          // "Four of the six missiles were destroyed": the verb after M is the part's role
          // ("... were jammed, and 15 of the 18 missiles were intercepted": M's verb, not the one before)
          f.role = findRole(m, figs, figs.indexOf(m), toks, C, "weapon") ?? f.role ?? findRole(f, figs, idx, toks, C, "weapon");
          m.role = f.role === "downed" && !f.definiteOf ? "launched" : undefined;
          m.fixed = true;
          if (!m.role) m.cls = "drop";
        } else if (m && f.definiteOf) { m.cls = "drop"; }
      }
      if (f.cls === "weapon" && f.weapon && f.role) ctx.lastWeapon = { weapon: f.weapon, role: f.role, sent: si };
    });
    // "two Iskander-M and 13 Kh-101 missiles": coordinated figures for different weapons of one class add up
    figs.forEach((f, idx) => {
      const p = figs[idx - 1];
      if (!p || f.cls !== "weapon" || p.cls !== "weapon" || !f.role || f.role !== p.role || f.weapon === p.weapon) return;
      if (weaponClass(f.weapon) !== weaponClass(p.weapon) || f.ofNext != null || p.ofNext != null || f.fixed || p.fixed) return;
      const gap = f.headTi - p.nounEnd;
      if (gap >= 1 && gap <= 2 && C.conj.match(toks, p.nounEnd)) f.additive = true;
    });
    // 2. attached places
    for (const f of figs) {
      if (f.cls !== "weapon" && f.cls !== "person" && f.cls !== "combined" && f.cls !== "subset") continue;
      if (f.parenPlace) { f.attached = st.mentions.filter((x) => x.list === f.parenPlace!.list); f.elliptic = true; for (const x of f.attached) attached.add(x); continue; }
      const next = figs.find((g) => g.headTi > f.te && g !== f)?.headTi ?? toks.length;
      const m = st.mentions.find((x) => x.ti >= f.te && x.ti < Math.min(next, f.nounEnd + 10) && x.kind !== "national" && x.kind !== "anaphora");
      if (m && hasLocPrep(toks, f.nounEnd, m.ti, C) && !st.originLists.has(m.list)) {
        f.attached = st.mentions.filter((x) => x.list === m.list);
        if (f.distributive || f.subset || f.cls === "subset" || f.elliptic) for (const x of f.attached) attached.add(x);
      }
    }
    const dated = st.cues.filter((c) => !c.report && c.ti < st.sinceTi);
    // the cue nearest the figure's span (ties go to the cue after it); cues joined by "and"
    // ("yesterday and at night") span days: take the later one
    // a calendar date or weekday outranks "overnight"/"yesterday" in the same sentence ("overnight on Dec. 5")
    const named = dated.filter((c) => c.date || c.weekday != null);
    const sentDate = (ti: number, te = ti + 1): [string, boolean] => {
      if (!dated.length) return [ctx.section ?? published, false];
      const pool = named.length ? named : dated;
      const dist = (c: DateCue) => (c.ti >= te ? c.ti - te : c.ti < ti ? ti - c.ti - 0.5 : 0);
      const c = pool.reduce((a, b) => (dist(b) < dist(a) ? b : a));
      let d = resolveCue(c, published, ctx.lastAttackDate);
      // "between Monday evening and Tuesday morning": a night wave spanning two days takes the later one
      for (const o of pool) if (o !== c && Math.abs(o.ti - c.ti) <= 4) { const od = resolveCue(o, published, ctx.lastAttackDate); if (od > d) d = od; }
      return [d, true];
    };
    const claimant = st.claimant ?? ctx.claimant;
    const sideFor = (ti: number, region: string | null): Side | null => {
      if (region && region.startsWith("RU")) return "UA";
      // only in occupied regions does Ukraine strike Ukrainian territory (Donetsk, Crimea ...)
      if (region && !CONTESTED.has(region)) return "RU";
      if (st.cueSides.length) return st.cueSides.reduce((a, b) => (Math.abs(b.ti - ti) < Math.abs(a.ti - ti) ? b : a)).side;
      if (region) { const v = regionVotes.get(region); if (v) return v < 0 ? "UA" : "RU"; }
      if (!region && claimant?.[1]) return claimant[1] === "RU" ? "UA" : "RU";
      if (!region && claimantVote) return claimantVote > 0 ? "UA" : "RU";
      return docSide;
    };
    const emit = (f: Fig | null, field: ClaimField, value: number | null, m: Mention | null, national: "UA" | "RU" | null, start: number, end: number, ti: number, extra: Partial<RawClaim> = {}) => {
      const region = m?.region ?? null;
      const [date, explicit] = sentDate(f ? f.headTi : ti, f ? Math.max(f.nounEnd, f.te) : ti + 1);
      // a country-wide figure for Ukraine was attacked by Russia and vice versa: nobody strikes their own country
      const attacker = !region && national ? (national === "UA" ? "RU" : "UA") : sideFor(ti, region);
      const country = region ? region.slice(0, 2) : national ?? (attacker === "UA" ? "RU" : "UA");
      const weapons = sentWeapons.slice();
      if (f?.weapon && !weapons.includes(f.weapon)) weapons.push(f.weapon);
      const coords = m?.place ? placeCoordinates(m.place, region) : null;
      out.push({
        field, value, qualifier: (f?.qual ?? "exact") as Qualifier, claimant: claimant?.[0] ?? null, claimantSide: claimant?.[1] ?? null,
        date, country, region, place: m?.kind === "city" ? m.place : null, attacker, weapons, language: lang,
        start, end, sentence: st.s.text, sentenceStart: st.s.start, sentenceEnd: st.s.end,
        ...(coords ? { latitude: coords.lat, longitude: coords.lon } : {}),
        explicitDate: explicit, sectioned: !explicit && ctx.section != null, struck: false, additive: f?.additive ?? false, singular: f?.singular ?? false, sentIdx: si,
        weaponClass: weaponClass(f?.weapon), ...extra,
      } as RawClaim);
    };
    const regionsOf = (ms: Mention[]) => new Set(ms.map((x) => x.region));
    let sentNational = false;
    let prevNational: { f: Fig; country: "UA" | "RU" | null } | null = null; // the last figure put on the country
    const sentWeapons: Weapon[] = [];
    for (let k = 0; k < toks.length; k++) { const w = C.weapons.match(toks, k); if (w) { if (!sentWeapons.includes(w[1])) sentWeapons.push(w[1]); k += w[0] - 1; } }
    // 3. claims from figures
    if (!st.multiDay) for (const f of figs) {
      if (f.cls !== "weapon" && f.cls !== "person" && f.cls !== "combined" && !(f.cls === "subset" && f.attached)) continue;
      if (f.ti >= st.sinceTi) continue;
      if (f.subset && !f.attached) continue;
      let field: ClaimField | null = null;
      const wc = weaponClass(f.weapon);
      if (f.cls === "combined") field = "event";
      else if (f.role === "killed" || f.role === "injured") field = f.cls === "person" || f.cls === "subset" ? f.role : null;
      else if (wc && f.role && f.role !== "lost") field = `${wc === "drone" ? "drones" : "missiles"}_${f.role === "downed" ? "downed" : "launched"}` as ClaimField;
      if (!field) continue;
      const tokS = toks[f.headTi] ?? toks[f.ti], tokE = toks[Math.max(f.te, f.ti + 1) - 1] ?? tokS;
      const start = f.pronoun ? tokS.start : tokS.start, end = f.singular && !f.pronoun ? toks[Math.max(f.nounEnd - 1, f.ti)].end : tokE.end;
      const struck = f.role === "struck";
      const value = field === "event" ? null : f.value;
      const extra = { struck };
      // where
      let targets: (Mention | null)[] = [];
      let national: "UA" | "RU" | null = null;
      const events: Mention[] = [];
      // "145 drones and six missiles": a figure coordinated with a country-wide one is country-wide too
      const coordinated = !!prevNational && f.headTi > prevNational.f.nounEnd && f.headTi - prevNational.f.nounEnd <= 2 && !!C.conj.match(toks, prevNational.f.nounEnd);
      if (f.attached && !coordinated) {
        if (f.distributive) targets = f.attached;
        else if (regionsOf(f.attached).size > 1) { targets = [null]; events.push(...f.attached); }
        else targets = [f.attached[0]];
      } else {
        const cands = st.locs.filter((m) => !attached.has(m));
        const nat = st.mentions.filter((m) => m.kind === "national");
        const before = cands.filter((m) => m.te <= f.headTi).pop();
        // a place after the figure must be in its clause: "downed 67 drones; two hurt in Tula region"
        const after = cands.find((m) => m.ti >= f.te && !toks.slice(f.te, m.ti).some((t) => t.text === ";"));
        let pick = before ?? after ?? null;
        const natNear = nat.length ? nat.reduce((a, b) => (Math.abs(b.ti - f.ti) < Math.abs(a.ti - f.ti) ? b : a)) : null;
        if (coordinated) { pick = null; national = prevNational!.country; }
        else if (natNear && (!pick || Math.abs(natNear.ti - f.ti) < Math.abs(pick.ti - f.ti))) { pick = null; national = natNear.country; }
        else if (!pick && natNear) national = natNear.country;
        if (pick) {
          const list = st.mentions.filter((x) => x.list === pick!.list && x.kind !== "national");
          if (regionsOf(list).size > 1) { targets = [null]; events.push(...list); } else targets = [pick];
        } else if (!national && !sentNational && (f.cls === "person" || f.cls === "subset" || struck || st.mentions.some((m) => m.kind === "anaphora"))) {
          targets = [ctx.mention];
        } else targets = [null];
      }
      if (targets.length === 1 && targets[0] === null) { sentNational = true; prevNational = { f, country: national }; } else prevNational = null; // "Russia launched 103 drones ..., which killed three"
      for (const t of targets) emit(f, field, value, t, national, start, end, f.ti, { ...extra, nationalMarker: national != null || !!f.attached || events.length > 0 });
      if (f.all && f.role === "downed" && field.endsWith("_downed")) for (const t of targets) emit(f, field.replace("_downed", "_launched") as ClaimField, value, t, national, start, end, f.ti, extra);
      for (const m of events) if (!evented.has(m)) { evented.add(m); emit(null, "event", null, m, null, m.start, m.end, m.ti); }
    }
    // 4. count-less incidents: every strike location named in an attack sentence
    if (st.attack && !st.multiDay) {
      for (const m of st.locs) if (!evented.has(m)) emit(null, "event", null, m, null, m.start, m.end, m.ti);
      const explicitDay = st.cues.some((c) => !c.report && (c.date || c.weekday != null || (c.offset != null && c.offset !== 0) || c.next));
      if (!st.locs.length && explicitDay && ctx.mention && !figs.some((f) => f.role)) {
        for (const c of dated) {
          if (!attackNear(toks, c.ti, C)) continue; // the day must be the attack's: an attack word close by, same clause
          const d = resolveCue(c, published, ctx.lastAttackDate);
          const tok = toks[c.ti];
          emit(null, "event", null, ctx.mention, null, tok.start, tok.end, c.ti, { date: d, explicitDate: true });
          out[out.length - 1].date = d;
        }
      }
      const firstDated = st.cues.find((c) => !c.report && !c.next);
      if (firstDated || st.cues.some((c) => c.next)) ctx.lastAttackDate = sentDate(st.cues.find((c) => !c.report)?.ti ?? 0)[0];
    }
    // 5. context for the next sentences: the last strike location named here (a single region)
    const single = st.locs.filter((m) => regionsOf(st.mentions.filter((x) => x.list === m.list)).size === 1);
    if (single.length) ctx.mention = single[single.length - 1];
  });
  return out;
}

/** A Cyrillic village name: Ukraine's official romanisation in Ukraine, the Russian table in Russia. */
function fixVillage(m: Mention) {
  if (!m.raw || !m.country) return;
  m.place = romanise(m.raw, LEXICONS[m.country === "UA" ? "uk" : "ru"]);
}

function attackNear(toks: Token[], ti: number, C: Compiled): boolean {
  for (const dir of [1, -1]) for (let k = ti + dir, n = 0; k >= 0 && k < toks.length && n < 9; k += dir, n++) {
    if (C.contrast.match(toks, k)) break;
    if (C.attackCues.match(toks, k)) return true;
  }
  return false;
}

function hasLocPrep(toks: Token[], from: number, to: number, C: Compiled): boolean {
  for (let k = from; k < to; k++) if (C.locPreps.match(toks, k)) return true;
  return false;
}

function antecedent(figs: Fig[], idx: number, ctx: Ctx, si: number, toks: Token[], C: Compiled): { weapon?: Weapon; role: Role } | null {
  for (let j = idx - 1; j >= 0; j--) {
    const p = figs[j];
    if (p.role && (p.cls === "weapon" || p.cls === "person")) return { weapon: p.weapon, role: p.role };
  }
  // a weapon noun and a role word earlier in the sentence: "downed drones over nine regions, including 13 over Kursk"
  const f = figs[idx];
  let weapon: Weapon | undefined, role: Role | undefined;
  for (let k = 0; k < f.headTi; k++) {
    const w = C.weapons.match(toks, k); if (w) weapon = w[1];
    const r = C.roles.match(toks, k); if (r && compatible("weapon", r[1])) role = r[1];
  }
  if (weapon && weaponClass(weapon) && (role || f.role)) return { weapon, role: (f.role ?? role)! };
  if (ctx.lastWeapon && si - ctx.lastWeapon.sent <= 3) return { weapon: ctx.lastWeapon.weapon, role: f.role && compatible("weapon", f.role) ? f.role : ctx.lastWeapon.role };
  return null;
}
