// Longest-match lookup of lexicon phrases in a token array. A phrase is space-separated
// lowercase tokens; a token ending in "*" matches by prefix (inflected forms).
import type { Token } from "./text";

interface Entry<T> { pats: { s: string; prefix: boolean }[]; value: T }

export class PhraseSet<T> {
  private exact = new Map<string, Entry<T>[]>();
  private prefix = new Map<string, Entry<T>[]>();
  // token -> the entries that can start at it (exact and prefix), memoised: one Map lookup per token
  private memo = new Map<string, Entry<T>[] | null>();

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
  }

  static from(list: string[]): PhraseSet<true> { return new PhraseSet(list.map((p) => [p, true as const])); }
  static fromRecord<T>(rec: Record<string, T>): PhraseSet<T> { return new PhraseSet(Object.entries(rec)); }

  /** Longest phrase starting at token i: [length in tokens, value], or null. */
  match(toks: Token[], i: number): [number, T] | null {
    const t = toks[i];
    if (!t) return null;
    let list = this.memo.get(t.lower);
    if (list === undefined) {
      list = this.candidates(t.lower);
      if (this.memo.size > 100_000) this.memo.clear(); // bounded on huge vocabularies
      this.memo.set(t.lower, list);
    }
    return list ? this.best(toks, i, list, null) : null;
  }

  private candidates(lower: string): Entry<T>[] | null {
    const out: Entry<T>[] = [];
    const ex = this.exact.get(lower);
    if (ex) out.push(...ex);
    if (lower.endsWith("'s")) { const e2 = this.exact.get(lower.slice(0, -2)); if (e2) out.push(...e2); }
    for (let k = 1; k <= 3 && k <= lower.length; k++) {
      const l = this.prefix.get(lower.slice(0, k));
      if (l) for (const e of l) if (lower.startsWith(e.pats[0].s)) out.push(e);
    }
    return out.length ? out : null;
  }

  private best(toks: Token[], i: number, list: Entry<T>[] | undefined, best: [number, T] | null): [number, T] | null {
    if (!list) return best;
    for (const e of list) {
      if (best && e.pats.length <= best[0]) continue;
      let ok = true;
      for (let k = 0; k < e.pats.length; k++) {
        const tok = toks[i + k];
        const p = e.pats[k];
        if (!tok || !(p.prefix ? tok.lower.startsWith(p.s) : tok.lower === p.s || tok.lower === p.s + "'s")) { ok = false; break; }
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
