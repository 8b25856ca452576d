// Date cues in a sentence and their resolution against the published (Kyiv) date.
// Explicit calendar dates go through chrono-node (en/uk/ru parsers), called only when a
// month name is present (chrono on every sentence is slow, see STACK.md); weekdays and
// relative words come from the lexicon because chrono picks the nearest weekday, even a future one.
import * as chrono from "chrono-node";
import type { Token } from "./text";
import type { Lexicon } from "./lexicon/types";
import { PhraseSet, anyPhraseAt } from "./phrase";

export interface DateCue {
  ti: number; // token index
  date?: string; // explicit YYYY-MM-DD (year may be filled from published)
  offset?: number; // relative days
  weekday?: number;
  nightBefore?: boolean; // "overnight Thursday": the night after Thursday
  next?: boolean; // "the next day"
  report: boolean; // an update stamp / toll revision: not the attack's day
  monthOnly?: boolean; // "in April 2023", "in December last year": no day (SPEC rule 8)
}

interface DateSets { weekdays: PhraseSet<number>; relative: PhraseSet<number>; next: PhraseSet<true>; months: PhraseSet<number>; night: Set<string>; into: Set<string>; update: Set<string>; from: Set<string>; dateJoiners: Set<string>; revision: Set<string>; monthBefore: Set<string>; monthAfter: Set<string> }
const cache = new WeakMap<Lexicon, DateSets>();
function sets(lex: Lexicon): DateSets {
  let s = cache.get(lex);
  if (!s) cache.set(lex, (s = {
    weekdays: PhraseSet.fromRecord(lex.weekdays), relative: PhraseSet.fromRecord(lex.relativeDays), next: PhraseSet.from(lex.nextDay),
    months: PhraseSet.fromRecord(lex.months), night: new Set(lex.nightWords), into: new Set(lex.intoWords), update: new Set(lex.updateWords),
    from: new Set(lex.fromWords), dateJoiners: new Set(lex.dateJoiners), revision: new Set(lex.revisionVerbs),
    monthBefore: new Set(lex.monthOnlyBefore), monthAfter: new Set(lex.monthOnlyAfter),
  }));
  return s;
}


export function addDays(date: string, n: number): string {
  const d = new Date(date + "T12:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export function weekdayOf(date: string): number { return new Date(date + "T12:00:00Z").getUTCDay(); }

const pad = (n: number) => String(n).padStart(2, "0");
function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return new Date(s + "T12:00:00Z").toISOString().slice(0, 10) === s ? s : null;
}
/** Month and day without a year: the latest such date not after published (+2 days of slack). */
function withYear(m: number, d: number, published: string): string | null {
  const y = Number(published.slice(0, 4));
  const cur = ymd(y, m, d);
  if (cur && cur <= addDays(published, 2)) return cur;
  return ymd(y - 1, m, d);
}

export function findDateCues(toks: Token[], sentence: string, sentStart: number, lex: Lexicon, published: string): DateCue[] {
  const S = sets(lex);
  const out: DateCue[] = [];
  const updateStamp = toks.length > 0 && S.update.has(toks[0].lower);
  const colon = updateStamp ? toks.findIndex((t, k) => t.lower === ":" && !(toks[k - 1]?.num != null && toks[k + 1]?.num != null)) : -1;
  const tollSentence = toks.some((t) => S.revision.has(t.lower));
  const isReport = (i: number) => tollSentence || (updateStamp && (colon < 0 || i < colon));
  let hasMonth = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!anyPhraseAt(toks, i)) continue;
    if (S.months.match(toks, i)) { hasMonth = true; continue; }
    const wd = S.weekdays.match(toks, i);
    if (wd) {
      const prev = toks[i - 1]?.lower ?? "";
      if (S.from.has(prev) || (prev === ":" || /^\d/.test(prev)) && S.from.has(toks[i - 4]?.lower ?? "")) continue; // "from Tuesday (21:00)"
      const near = [toks[i - 1], toks[i - 2], toks[i - 3]].map((x) => x?.lower ?? "");
      const nightNear = near.some((w) => S.night.has(w));
      const into = nightNear && S.into.has(prev);
      // "overnight Thursday" and "Monday night": the night after that day, dated by the morning
      const nightAfter = S.night.has(toks[i + 1]?.lower ?? "");
      out.push({ ti: i, weekday: wd[1], nightBefore: (nightNear && !into && S.night.has(near[0])) || nightAfter, report: isReport(i) });
      continue;
    }
    const nx = S.next.match(toks, i);
    if (nx) { out.push({ ti: i, next: true, report: false }); i += nx[0] - 1; continue; }
    const rel = S.relative.match(toks, i);
    if (rel) { out.push({ ti: i, offset: rel[1], report: isReport(i) }); i += rel[0] - 1; continue; }
    void t;
  }
  if (hasMonth) out.push(...explicitDates(toks, sentence, sentStart, lex, published, isReport));
  return out.sort((a, b) => a.ti - b.ti);
}

function explicitDates(toks: Token[], sentence: string, sentStart: number, lex: Lexicon, published: string, isReport: (i: number) => boolean): DateCue[] {
  const out: DateCue[] = [];
  const S = sets(lex);
  let unresolved = false;
  for (let i = 0; i < toks.length; i++) {
    const mm = S.months.match(toks, i);
    if (!mm) continue;
    // "25 October", "October 25", "Oct. 26, 2025", "5 октября", "21 листопада 2023 року"
    const before = toks[i - 1], after = toks[i + mm[0]] ?? null;
    const afterDay = after && after.lower === "." ? toks[i + mm[0] + 1] : after;
    let day: number | null = null, at = i;
    if (before?.num != null && before.num >= 1 && before.num <= 31) { day = before.num; at = i - 1; }
    else if (afterDay?.num != null && afterDay.num >= 1 && afterDay.num <= 31 && lex.lang === "en") day = afterDay.num;
    if (day == null) {
      if (/^\d{4}$/.test(after?.text ?? "") || S.monthAfter.has(after?.lower ?? "") || S.monthBefore.has(before?.lower ?? "")) {
        out.push({ ti: i, monthOnly: true, report: true });
        continue;
      }
      if (/\d/.test(before?.text ?? "") || /\d/.test(after?.text ?? "")) unresolved = true;
      continue;
    }
    let year: number | null = null;
    for (let k = i + 1; k <= i + 4 && k < toks.length; k++) if (toks[k].num != null && toks[k].num! >= 2000 && toks[k].num! <= 2100) { year = toks[k].num; break; }
    const date = year ? ymd(year, mm[1], day) : withYear(mm[1], day, published);
    if (startTime(toks, at, S)) continue; // "(from 18:00 on 11 November)": when the wave began, not its day
    if (date) out.push({ ti: at, date, report: isReport(at) });
  }
  // Other written forms ("the 25th of October", "October 25th"): chrono-node's strict parser.
  // Only called here, because chrono costs ~60-200 us per call (STACK.md).
  if (unresolved) {
    try {
      const parser = lex.lang === "uk" ? chrono.uk.strict : lex.lang === "ru" ? chrono.ru.strict : chrono.en.strict;
      for (const r of parser.parse(sentence, new Date(published + "T12:00:00Z"))) {
        const c = r.start;
        if (!c.isCertain("day") || !c.isCertain("month")) continue;
        const m = c.get("month")!, d = c.get("day")!;
        const date = c.isCertain("year") ? ymd(c.get("year")!, m, d) : withYear(m, d, published);
        const abs = sentStart + r.index;
        const ti = Math.max(0, toks.findIndex((t) => t.end > abs));
        if (date && !out.some((o) => Math.abs(o.ti - ti) <= 3)) out.push({ ti, date, report: isReport(ti) });
      }
    } catch { /* chrono failing on odd input must not stop extraction */ }
  }
  return out;
}

/** A date after "from" and a clock time ("from 18:00 on 3 March", "з 18:00 3 березня"): a start time. */
function startTime(toks: Token[], at: number, S: DateSets): boolean {
  let clock = false;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    const t = toks[k];
    if (S.from.has(t.lower)) return clock;
    if (t.num != null || t.text === ":" || /^\d{1,2}[:.]\d\d$/.test(t.text)) { clock = true; continue; }
    if (!S.dateJoiners.has(t.lower)) return false;
  }
  return false;
}

/** Resolve a cue to YYYY-MM-DD. `prev` is the last attack date resolved before (for "next day"). */
export function resolveCue(c: DateCue, published: string, prev: string | null): string {
  if (c.date) return c.date;
  if (c.next) return addDays(prev ?? published, 1);
  if (c.offset != null) return addDays(published, c.offset);
  if (c.weekday != null) {
    const back = (weekdayOf(published) - c.weekday + 7) % 7;
    let d = addDays(published, -back);
    if (c.nightBefore && addDays(d, 1) <= published) d = addDays(d, 1);
    return d;
  }
  return published;
}
