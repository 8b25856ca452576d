// Longest-match lookup of lexicon phrases in a token array. A phrase is space-separated
// lowercase tokens; a token ending in "*" matches by prefix (inflected forms).
import type { Token } from "./text";

interface Entry<T> { pats: { s: string; prefix: boolean }[]; value: T }

export class PhraseSet<T> {
  private exact = new Map<string, Entry<T>[]>();
  private prefix = new Map<string, Entry<T>[]>();

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
    let best: [number, T] | null = null;
    const tryList = (list: Entry<T>[] | undefined) => {
      if (!list) return;
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
    };
    tryList(this.exact.get(t.lower));
    if (t.lower.endsWith("'s")) tryList(this.exact.get(t.lower.slice(0, -2)));
    for (let k = 1; k <= 3 && k <= t.lower.length; k++) tryList(this.prefix.get(t.lower.slice(0, k)));
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
