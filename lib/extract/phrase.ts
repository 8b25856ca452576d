// Longest-match lookup of lexicon phrases in a token array. A phrase is space-separated
// lowercase tokens; a token ending in "*" matches by prefix (inflected forms).
//
// Speed: the engine asks ~40 phrase sets about every token. Each distinct word is looked up
// once against all sets (WordInfo, memoised); a token caches its WordInfo, so most questions
// ("is this token the start of a role phrase?") are an array scan of a few ids, not a Map lookup.
import type { Token } from "./text";

interface Entry<T> { pats: { s: string; prefix: boolean }[]; value: T }
export interface WordInfo { v: number; ids: number[]; lists: Entry<unknown>[][]; byId: (Entry<unknown>[] | undefined)[] }
const NO_LISTS: (Entry<unknown>[] | undefined)[] = [];

const REGISTRY: PhraseSet<unknown>[] = [];
const WORDS = new Map<string, WordInfo>();
const MAX_WORDS = 200_000;
export const registrySize = () => REGISTRY.length;
export const wordsSize = () => WORDS.size;

function wordInfo(lower: string): WordInfo {
  let w = WORDS.get(lower);
  if (w && w.v === REGISTRY.length) return w;
  const ids: number[] = [], lists: Entry<unknown>[][] = [];
  for (let k = 0; k < REGISTRY.length; k++) {
    const c = REGISTRY[k].candidates(lower);
    if (c) { ids.push(k); lists.push(c); }
  }
  // byId[set id]: the candidates of that set, so match() is one array read (unknown words share NO_LISTS)
  let byId = NO_LISTS;
  if (ids.length) { byId = []; for (let k = 0; k < ids.length; k++) byId[ids[k]] = lists[k]; }
  w = { v: REGISTRY.length, ids, lists, byId };
  if (WORDS.size >= MAX_WORDS) WORDS.clear(); // bounded memory on huge vocabularies
  WORDS.set(lower, w);
  return w;
}

/** Does any lexicon phrase start at token i? (An unknown word: most checks can be skipped.) */
export function anyPhraseAt(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (!t) return false;
  let w = t.info;
  if (!w || w.v !== REGISTRY.length) w = t.info = wordInfo(t.lower);
  return w.ids.length > 0;
}

export class PhraseSet<T> {
  private exact = new Map<string, Entry<T>[]>();
  private prefix = new Map<string, Entry<T>[]>();
  private readonly id: number;

  constructor(phrases: Iterable<[string, T]>) {
    for (const [phrase, value] of phrases) {
      const pats = phrase.toLowerCase().replace(/[’ʼ`]/g, "'").split(" ").filter(Boolean).map((p) =>
        p.length > 1 && p.endsWith("*") ? { s: p.slice(0, -1), prefix: true } : { s: p, prefix: false });
      if (!pats.length) continue;
      const e = { pats, value };
      const first = pats[0];
      const map = first.prefix ? this.prefix : this.exact;
      const key = first.prefix ? first.s.slice(0, 3) : first.s;
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push(e);
    }
    this.id = REGISTRY.length;
    REGISTRY.push(this as PhraseSet<unknown>);
  }

  static from(list: string[]): PhraseSet<true> { return new PhraseSet(list.map((p) => [p, true as const])); }
  static fromRecord<T>(rec: Record<string, T>): PhraseSet<T> { return new PhraseSet(Object.entries(rec)); }

  /** Entries whose first pattern matches this word. */
  candidates(lower: string): Entry<T>[] | null {
    let out: Entry<T>[] | null = null;
    const ex = this.exact.get(lower);
    if (ex) out = [...ex];
    if (lower.endsWith("'s")) { const e2 = this.exact.get(lower.slice(0, -2)); if (e2) (out ??= []).push(...e2); }
    if (this.prefix.size) for (let k = 1; k <= 3 && k <= lower.length; k++) {
      const l = this.prefix.get(lower.slice(0, k));
      if (l) for (const e of l) if (lower.startsWith(e.pats[0].s)) (out ??= []).push(e);
    }
    return out;
  }

  /** Longest phrase starting at token i: [length in tokens, value], or null. */
  match(toks: Token[], i: number): [number, T] | null {
    const t = toks[i];
    if (!t) return null;
    let w = t.info;
    if (!w || w.v !== REGISTRY.length) w = t.info = wordInfo(t.lower);
    const list = w.byId[this.id];
    return list ? this.best(toks, i, list as Entry<T>[]) : null;
  }

  private best(toks: Token[], i: number, list: Entry<T>[]): [number, T] | null {
    let best: [number, T] | null = null;
    for (const e of list) {
      if (best && e.pats.length <= best[0]) continue;
      let ok = true;
      for (let k = 1; k < e.pats.length; k++) {
        const tok = toks[i + k];
        const p = e.pats[k];
        if (!tok || !(p.prefix ? tok.lower.startsWith(p.s) : tok.lower === p.s)) { ok = false; break; }
      }
      if (ok) best = [e.pats.length, e.value];
    }
    return best;
  }

  /** Does a phrase END at token i-1 (i.e. occupy tokens [i-len, i))? Returns the value. */
  matchEndingAt(toks: Token[], i: number, maxLen = 4): [number, T] | null {
    for (let len = Math.min(maxLen, i); len >= 1; len--) {
      const m = this.match(toks, i - len);
      if (m && m[0] === len) return m;
    }
    return null;
  }
}
