// Finds figures (stated numbers) in a sentence: digits, number words in any inflected form,
// "a"/"an" before a counted noun, with their qualifier ("at least", "понад").
import type { Token } from "./text";
import type { Qualifier } from "./types";
import type { Compiled } from "./lexicon";
import { anyPhraseAt } from "./phrase";

export interface Figure {
  ti: number; // first token of the number (after qualifier)
  te: number; // token after the number
  headTi: number; // first token including qualifier / "another" / "all"
  value: number;
  qual: Qualifier;
  singular: boolean; // "a woman", "an drone": 1 only if a counted noun follows
  additive: boolean; // "another", "a further", "others"
  all: boolean; // "all 14 drones"
  pronoun: boolean; // "injured another"
}

const isTime = (toks: Token[], i: number) =>
  (toks[i + 1]?.lower === ":" && toks[i + 2]?.num != null) || (toks[i - 1]?.lower === ":" && toks[i - 2]?.num != null);

/** Number (digits or words) starting at token i: [token length, value], or null. */
export function numberAt(toks: Token[], i: number, C: Compiled, monthAt: (k: number) => boolean): [number, number] | null {
  const t = toks[i];
  if (!t) return null;
  if (t.num != null) {
    if (isTime(toks, i) || monthAt(i + 1) || monthAt(i - 1) || (toks[i - 1]?.lower === "." && monthAt(i - 2))) return null;
    if (t.num >= 1900 && t.num <= 2100 && /^\d{4}$/.test(t.text)) return null; // a year
    if (toks[i - 1] && /^[$€£₴№#]$/.test(toks[i - 1].text)) return null;
    if (i === 0 && /^[.)]$/.test(toks[1]?.text ?? "")) return null; // "3. ..." / "3) ...": a list item number
    if (/^(%|percent|per|відсот|процент)/.test(toks[i + 1]?.lower ?? "")) return null; // a percentage
    // "Lilya Yedamenko, 52, lives ...": an age between commas after a name
    if (toks[i - 1]?.lower === "," && toks[i + 1]?.lower === "," && toks[i - 2]?.cap) return null;
    if (/^(both|aged|age|ages|вік|віком|возрасте)$/.test(toks[i - 1]?.lower ?? "") || (toks[i - 1]?.lower === "," && toks[i - 2]?.lower === "both")) return null; // ages
    let len = 1, v = t.num;
    const sc = C.scales.match(toks, i + 1);
    if (sc && sc[1] >= 100) { v *= sc[1]; len += sc[0]; }
    return [len, v];
  }
  // number words: "twenty-three", "one hundred and five", "two dozen", "сто двадцять"
  let k = i, total = 0, cur = 0, any = false;
  while (k < toks.length) {
    const tok = toks[k];
    const parts = tok.lower.includes("-") && !/^\d/.test(tok.lower) ? tok.lower.split("-") : null;
    let partVals: number[] | null = null;
    if (parts && parts.length > 1) {
      partVals = [];
      for (const p of parts) { const m = C.numbers.match([{ ...tok, lower: p, info: undefined }], 0); if (!m) { partVals = null; break; } partVals.push(m[1]); }
    }
    if (partVals) { for (const v of partVals) cur += v; any = true; k++; continue; }
    const sc = C.scales.match(toks, k);
    if (sc && any) {
      if (sc[1] === 12) cur = (cur || 1) * 12; // "two dozen"
      else if (sc[1] === 100) cur = (cur || 1) * 100;
      else { total += (cur || 1) * sc[1]; cur = 0; }
      k += sc[0];
      continue;
    }
    const m = C.numbers.match(toks, k);
    if (m && m[0] === 1) {
      if (any && m[1] >= 100 && cur > 0 && cur < 10 && m[1] % 100 === 0) cur *= m[1];
      else if (any && cur >= 20 && cur % 10 === 0 && m[1] < 10) cur += m[1];
      else if (any && cur >= 100 && cur % 100 === 0 && m[1] < 100) cur += m[1];
      else if (any) break;
      else cur += m[1];
      any = true; k++;
      continue;
    }
    if (any && C.joiners.has(tok.lower) && cur >= 100 && C.numbers.match(toks, k + 1)) { k++; continue; }
    break;
  }
  if (!any) return null;
  return [k - i, total + cur];
}

export function findFigures(toks: Token[], C: Compiled, monthAt: (k: number) => boolean): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].num == null && !anyPhraseAt(toks, i) && !toks[i].lower.includes("-")) continue; // not a number, qualifier or marker
    let head = i, qual: Qualifier = "exact", additive = false, all = false;
    const neg = C.negators.match(toks, i);
    if (neg && (numberAt(toks, i + neg[0], C, monthAt) || C.singular.has(toks[i + neg[0]]?.lower ?? ""))) { i += neg[0]; continue; }
    if (neg && neg[0] > 1) { i += neg[0] - 1; continue; } // "no one", "not a single"
    let j = i;
    for (let guard = 0; guard < 3; guard++) {
      const an = C.another.match(toks, j);
      if (an && !numberAt(toks, j, C, monthAt)) { additive = true; j += an[0]; continue; }
      const al = C.all.match(toks, j);
      if (al && !C.numbers.match(toks, j)) { all = true; j += al[0]; continue; }
      const q = C.qualifiers.match(toks, j);
      if (q) { const nn = numberAt(toks, j + q[0], C, monthAt); if (nn) { qual = q[1]; j += q[0]; continue; } }
      break;
    }
    const n = numberAt(toks, j, C, monthAt);
    if (n && toks[j].lower === "both" && toks[j + 1]?.num != null) { i = j; continue; }
    if (n) {
      const [len, value] = n;
      // "a dozen"
      out.push({ ti: j, te: j + len, headTi: head, value, qual, singular: false, additive, all, pronoun: false });
      i = j + len - 1;
      continue;
    }
    if (C.singular.has(toks[j]?.lower ?? "")) {
      const dz = C.scales.match(toks, j + 1);
      if (dz && dz[1] === 12) { out.push({ ti: j, te: j + 2, headTi: head, value: 12, qual, singular: false, additive, all, pronoun: false }); i = j + 1; continue; }
      // "a" counts only before a person or weapon noun (a few adjectives may intervene)
      let k = j + 1;
      while (k < j + 4 && k < toks.length && !C.persons.match(toks, k) && !C.weapons.match(toks, k)) k++;
      if (k < toks.length && (C.persons.match(toks, k) || C.weapons.match(toks, k))) {
        out.push({ ti: j, te: j + 1, headTi: head, value: 1, qual, singular: true, additive, all, pronoun: false });
      }
      i = j;
      continue;
    }
    if (C.possessives.match(toks, j) && C.singularPersons.match(toks, j + 1)) {
      // "wounded his mother": one person
      out.push({ ti: j, te: j + 1, headTi: head, value: 1, qual, singular: true, additive, all, pronoun: false });
      i = j;
      continue;
    }
    const sn = C.singularNouns.match(toks, j);
    if (sn && !numberAt(toks, j - 1, C, monthAt) && !numberAt(toks, j - 2, C, monthAt) && !(out.length && out[out.length - 1].te >= j - 2)) {
      // "ракета влучила", "загинула жінка": a singular noun is one; the noun scan starts at the noun itself,
      // the figure's head takes in an age before it ("10-летний мальчик")
      const h = head === j && /^\d+-/.test(toks[j - 1]?.lower ?? "") ? j - 1 : head;
      out.push({ ti: j, te: j, headTi: h, value: 1, qual, singular: true, additive, all, pronoun: false });
      i = j + sn[0] - 1;
      continue;
    }
    if (additive && j > i) {
      // "another drone", "injured another"
      out.push({ ti: j, te: j, headTi: head, value: 1, qual, singular: true, additive: true, all, pronoun: true });
      i = j - 1;
    }
  }
  return out;
}
