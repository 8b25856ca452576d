// Figures -> what they count: the noun after a figure (weapon, person, other) and its role
// (launched, downed, lost, killed, injured, struck), from the words around it in the sentence.
import type { Weapon } from "./types";
import type { Token } from "./text";
import type { Compiled, Role } from "./lexicon";
import type { Mention } from "./places";
import type { Figure } from "./figures";
import { anyPhraseAt } from "./phrase";

export type Cls = "weapon" | "person" | "bare" | "elliptic" | "drop" | "subset" | "combined";
export interface Fig extends Figure {
  cls: Cls; weapon?: Weapon; nounEnd: number; ofNext?: number; role?: Role; attached?: Mention[];
  distributive: boolean; subset: boolean; definiteOf: boolean; roleFromNoun?: Role; elliptic?: boolean; fixed?: boolean;
  parenPlace?: Mention;
}
export const NON_WORD = /^[^\p{L}\p{N}]+$/u;
export const PUNCT_STOP = new Set([";", "(", ")", "|"]);

export function weaponClass(w: Weapon | undefined): "drone" | "missile" | null {
  return w === "drone" ? "drone" : w === "missile" || w === "ballistic_missile" || w === "cruise_missile" ? "missile" : null;
}
export const SPECIFIC: Weapon[] = ["ballistic_missile", "cruise_missile", "glide_bomb", "drone", "missile", "aircraft", "artillery", "explosive"];
/** Digits or a number word ("four of the six missiles"). */
function isNumber(toks: Token[], i: number, C: Compiled): boolean {
  return i < toks.length && (toks[i].num != null || !!C.numbers.match(toks, i));
}
export function classify(f: Figure, toks: Token[], C: Compiled, mentions: Mention[]): Fig {
  // the figure itself becomes the classified one (each Figure from findFigures is classified once;
  // a spread copy per figure was a measurable share of the extraction time)
  const fig = f as Fig;
  fig.cls = "drop"; fig.nounEnd = f.te; fig.distributive = false; fig.subset = false; fig.definiteOf = false;
  const n = toks.length;
  let k = f.te;
  for (let steps = 0; k < n && steps < 10; steps++) {
    const t = toks[k];
    if (t.num != null && steps > 0) break;
    if (!anyPhraseAt(toks, k)) {
      // a word no lexicon list knows: an age ("45-year-old") is skipped, punctuation ends a bare figure,
      // any other word is the noun of something not counted ("five explosions")
      if (C.age.test(t.lower)) { k++; continue; }
      if (NON_WORD.test(t.text)) { fig.cls = "bare"; fig.nounEnd = k; }
      break;
    }
    const sub = C.subsetAfter.match(toks, k);
    if (sub) { fig.cls = "subset"; fig.nounEnd = k + sub[0]; break; }
    const of = C.ofJoiners.match(toks, k);
    // "of the six": a part of a figure stated before (definite), not a new launched count
    if (of && !f.singular && isNumber(toks, k + of[0], C)) { fig.ofNext = k + of[0]; fig.definiteOf = toks[k + of[0] - 1].lower === "the"; fig.cls = "bare"; break; }
    if (of && !f.singular && toks[k + of[0]]?.lower === "the" && isNumber(toks, k + of[0] + 1, C)) { fig.ofNext = k + of[0] + 1; fig.definiteOf = true; fig.cls = "bare"; break; }
    const w = C.weapons.match(toks, k);
    if (w) {
      fig.weapon = better(fig.weapon, w[1]);
      k += w[0];
      fig.nounEnd = k;
      fig.cls = "weapon";
      // "drones and missiles" together is one combined figure that fits neither field
      const cj = C.conj.match(toks, k);
      if (cj) { const w2 = C.weapons.match(toks, k + cj[0]); if (w2 && weaponClass(w2[1]) && weaponClass(w2[1]) !== weaponClass(fig.weapon)) { fig.cls = "combined"; fig.nounEnd = k + cj[0] + w2[0]; break; } }
      const br = C.breakers.match(toks, k);
      if (br) {
        const w3 = C.weapons.match(toks, k + br[0]);
        if (w3) { k += br[0]; continue; }
        fig.cls = "drop"; break;
      }
      if (C.weapons.match(toks, k)) continue; // "Shahed drones"
      break;
    }
    const p = C.persons.match(toks, k) || C.others.match(toks, k);
    if (p) {
      fig.cls = "person";
      const r = C.roles.match(toks, k);
      if (r && (r[1] === "killed" || r[1] === "injured")) fig.roleFromNoun = r[1];
      if (C.others.match(toks, k)) fig.additive = true;
      fig.nounEnd = k + p[0];
      break;
    }
    const r = C.roles.match(toks, k);
    if (r) { fig.cls = "bare"; fig.nounEnd = k; break; }
    const lp = C.locPreps.match(toks, k);
    if (lp && steps === 0 || (lp && NON_WORD.test(t.text))) {
      const m = mentions.find((x) => x.ti >= k + lp[0] && x.ti <= k + lp[0] + 6 && x.kind !== "national");
      if (m) { fig.cls = "elliptic"; fig.nounEnd = k; break; }
    }
    if (t.lower === "," && toks[k + 1] && C.modifiers.match(toks, k + 1) && !C.conj.match(toks, k + 1)) { k++; continue; }
    const mod = C.modifiers.match(toks, k);
    if (mod) { k += mod[0]; continue; }
    if (lp || C.nonLocPreps.match(toks, k) || C.conj.match(toks, k)) { fig.cls = "bare"; fig.nounEnd = k; break; }
    if (C.age.test(t.lower)) { k++; continue; }
    if (C.aux.match(toks, k) || NON_WORD.test(t.text)) { fig.cls = "bare"; fig.nounEnd = k; break; }
    break; // another noun: "five explosions", "12 buildings"
  }
  if (k >= n && fig.cls === "drop" && !f.singular) { fig.cls = "bare"; fig.nounEnd = n; }
  // "downed over Kursk (57 drones), followed by Belgorod (31)": a figure in brackets after a place
  if (toks[f.headTi - 1]?.lower === "(") {
    const m = mentions.find((x) => x.te === f.headTi - 1 && x.kind !== "national");
    if (m) { fig.parenPlace = m; if (fig.cls === "bare") fig.cls = "elliptic"; }
  }
  if (f.singular && fig.cls !== "weapon" && fig.cls !== "person") fig.cls = f.pronoun ? "bare" : "drop";
  // vague coordination: "a passer-by and an unspecified number of residents"
  const cj = C.conj.match(toks, fig.nounEnd);
  if (cj) {
    let v = fig.nounEnd + cj[0];
    if (/^(a|an|the)$/.test(toks[v]?.lower ?? "")) v++;
    if (C.vague.match(toks, v)) fig.cls = "drop";
  }
  for (let b = Math.max(0, f.headTi - 4); b < f.headTi; b++) { const sb = C.subsetBefore.match(toks, b); if (sb && b + sb[0] <= f.headTi) fig.subset = true; }
  const d = C.distributive.matchEndingAt(toks, f.headTi, 1);
  if (d) fig.distributive = true;
  return fig;
}

function better(a: Weapon | undefined, b: Weapon): Weapon {
  if (!a) return b;
  return SPECIFIC.indexOf(b) < SPECIFIC.indexOf(a) && weaponClass(a) === weaponClass(b) ? b : a;
}

export function compatible(cls: "weapon" | "person", r: Role) {
  return cls === "weapon" ? r === "launched" || r === "downed" || r === "lost" || r === "struck" : r === "killed" || r === "injured";
}

const SKIP_BEFORE = new Set(["the", "its", "a", "of", "to", "all", "total", "at", "some", "еще", "ще", "усі", "всі", "все"]);

/** Role for a figure, in priority order: adjacent before, toll revision, coordination, after, nearest before. */
const okRole = (want: "weapon" | "person" | null, r: Role) => (want ? compatible(want, r) : true);

/** Role for a figure, in priority order: adjacent before, toll revision, coordination, after, nearest before. */
export function findRole(fig: Fig, figs: Fig[], idx: number, toks: Token[], C: Compiled, want: "weapon" | "person" | null): Role | undefined {
  // adjacent before: "killing at least 30", "deaths of six", "shot down all 14"
  let k = fig.headTi;
  for (let g = 0; g < 2 && k > 0 && SKIP_BEFORE.has(toks[k - 1].lower); g++) k--;
  const adj = C.roles.matchEndingAt(toks, k, 4) ?? (k !== fig.headTi ? C.roles.matchEndingAt(toks, fig.headTi, 4) : null);
  if (adj && okRole(want, adj[1])) return adj[1];
  if (fig.roleFromNoun && okRole(want, fig.roleFromNoun)) return fig.roleFromNoun;
  if (want !== "weapon") {
    // "ten injured", "eight injuries", "five people were injured"
    let a = fig.nounEnd;
    for (let g = 0; g < 3 && a < toks.length; g++) { const x = C.aux.match(toks, a); if (!x) break; a += x[0]; }
    const r = C.roles.match(toks, a);
    if (r && okRole(want, r[1]) && (r[1] === "killed" || r[1] === "injured")) return r[1];
  }
  // toll revision: "the death toll rose to 30", "зросла до 4"
  const tollAt = fig.headTi > 0 && C.tollTo.match(toks, fig.headTi - 1) ? fig.headTi - 1 : fig.headTi < fig.ti && C.tollTo.match(toks, fig.headTi) ? fig.headTi : -1;
  if (want !== "weapon" && tollAt >= 0) {
    if (tollAt === fig.headTi) fig.qual = "exact"; // "зросла до 4": "до" is "to", not "up to"
    for (let b = tollAt - 1; b >= 0 && b >= fig.headTi - 10; b--) {
      const tw = C.tollWords.match(toks, b);
      if (tw) return tw[1];
      if (C.tollRise.match(toks, b)) {
        for (let c = b; c >= 0 && c >= b - 8; c--) { const r = C.roles.match(toks, c); if (r && (r[1] === "killed" || r[1] === "injured")) return r[1]; }
        return "killed";
      }
    }
  }
  // weapons: coordination first ("46 of the drones and 35 of the missiles launched by Russia": both intercepted);
  // casualties: their own role after them first ("killed eight, and 24 more were wounded")
  const r1 = want === "weapon"
    ? coordinatedRole(fig, figs, idx, toks, C, want) ?? roleAfter(fig, figs, toks, C, want)
    : roleAfter(fig, figs, toks, C, want) ?? coordinatedRole(fig, figs, idx, toks, C, want);
  if (r1) return r1;
  // nearest before in the clause: "атакували з ... напрямку 14-ма БпЛА"
  if (want !== "weapon") return undefined;
  for (let b = fig.headTi - 1; b >= 0 && b >= fig.headTi - 12; b--) {
    if (PUNCT_STOP.has(toks[b].lower) && !(b === fig.headTi - 1 && fig.parenPlace)) break;
    const r = C.roles.match(toks, b);
    if (r && b + r[0] <= fig.headTi && okRole(want, r[1])) return r[1];
  }
  return undefined;
}

/** Coordination with the previous figure: "31 drones and 2 missiles". */
function coordinatedRole(fig: Fig, figs: Fig[], idx: number, toks: Token[], C: Compiled, want: "weapon" | "person" | null): Role | undefined {
  const prev = idx > 0 ? figs[idx - 1] : null;
  if (!prev || !prev.role || prev.cls === "drop" || prev.cls === "subset" || fig.headTi <= prev.nounEnd) return undefined;
  for (let b = prev.nounEnd; b < fig.headTi; b++) {
    const cj = C.conj.match(toks, b);
    if (cj) { b += cj[0] - 1; continue; }
    if (C.modifiers.match(toks, b) || (prev.ofNext != null && b >= prev.ofNext)) continue;
    return undefined;
  }
  if (!okRole(want, prev.role)) return undefined;
  // "погибли мальчик и его бабушка": victims joined by "and" under one role add up
  if (want === "person" && (prev.role === "killed" || prev.role === "injured")) fig.additive = true;
  return prev.role;
}

/** The role word after the figure: "30 people were killed", "11 UAVs of various types were shot down". */
function roleAfter(fig: Fig, figs: Fig[], toks: Token[], C: Compiled, want: "weapon" | "person" | null): Role | undefined {
  const stop = Math.min(toks.length, fig.nounEnd + 12);
  let fi = 0;
  for (let a = fig.nounEnd; a < stop; a++) {
    if (PUNCT_STOP.has(toks[a].lower)) break;
    if (want === "weapon" && toks[a].lower === ",") break; // "47 drones, in an attempt to destroy"
    while (fi < figs.length && figs[fi].headTi < a) fi++;
    let other: Fig | null = null;
    for (let q = fi; q < figs.length && figs[q].headTi === a; q++) if (figs[q] !== fig && figs[q].cls !== "subset" && !figs[q].subset) other = figs[q];
    if (other) {
      // "a man and three others were injured": pass over a coordinated figure
      const gapConj = C.conj.matchEndingAt(toks, a, 2);
      if (gapConj && other.nounEnd > a) {
        if (want === "person") other.additive = true; // "his wife and two children were killed": 3
        a = other.nounEnd - 1;
        continue;
      }
      break;
    }
    const r = C.roles.match(toks, a);
    if (r && okRole(want, r[1])) return r[1];
    if (r) a += r[0] - 1;
  }
  return undefined;
}

