// Sentence splitting and tokenising. Both work line by line, so cost stays linear on huge
// inputs (Intl.Segmenter is quadratic on one giant string, see STACK.md).

export interface Sentence { start: number; end: number; text: string; line: number }
export interface Token {
  text: string; lower: string; start: number; end: number; num: number | null; cap: boolean; cyr: boolean;
  /** lexicon lookups of this word, cached by phrase.ts */
  info?: import("./phrase").WordInfo;
}

// Words after which a period does not end a sentence.
const ABBREV = new Set(["gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "mr", "mrs", "ms", "dr", "st", "no", "jan", "feb",
  "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "prof", "vs", "approx", "est", "jr", "sr",
  "inc", "co", "corp", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "ім", "ст", "р", "рр", "тис", "вул", "обл", "г", "гг",
  "им", "ул", "пр", "м", "див", "см", "т", "д", "млн", "млрд", "пос", "смт", "с", "н"]);

const BREAK = /[.!?…]+["”»’)\]]*(?=\s+["“«(\[]?[\p{Lu}\p{N}•\-–])/gu;

/** Sentences of the text, each within one line, with offsets into the text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  let line = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = n;
    splitLine(text, lineStart, lineEnd, line, out);
    lineStart = lineEnd + 1;
    line++;
    if (lineEnd >= n) break;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, line: number, out: Sentence[]) {
  const s = text.slice(from, to);
  let segStart = 0;
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(s))) {
    const dot = m.index;
    // the word before the period
    let k = dot;
    while (k > 0 && /[\p{L}.]/u.test(s[k - 1])) k--;
    const word = s.slice(k, dot).toLowerCase();
    if (m[0][0] === "." && (ABBREV.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word))) continue;
    push(text, from + segStart, from + dot + m[0].length, line, out);
    segStart = dot + m[0].length;
  }
  push(text, from + segStart, to, line, out);
}

function push(text: string, a: number, b: number, line: number, out: Sentence[]) {
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), line });
}

// Digits with thousands separators first (only when a 3-digit group follows), then words, then punctuation.
const TOKEN = /\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’ʼ\-\/.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

// Fast path for the TOKEN regex: a class per code point below U+0500 (Latin, Cyrillic), taken from
// the regex's own classes. Anything else (higher code points, a token starting with an ASCII digit:
// the thousands-separator alternative) is left to the regex itself, from the token's first character.
const FAST_LIMIT = 0x500;
const SPACE = 1, ALNUM = 2, DIGIT = 3, OTHER = 4;
const CLASS = new Uint8Array(FAST_LIMIT);
for (let c = 0; c < FAST_LIMIT; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /\s/u.test(ch) ? SPACE : /\d/u.test(ch) ? DIGIT : /[\p{L}\p{N}]/u.test(ch) ? ALNUM : OTHER;
}
const isSep = (c: number) => c === 39 || c === 45 || c === 47 || c === 46; // ' - / .

/** End of the [\p{L}\p{N}]+(?:['’ʼ\-\/.][\p{L}\p{N}]+)* match from p, or -1 when a character at or above
 *  U+0500 is met (then the regex decides). */
function wordEnd(s: string, p: number): number {
  const n = s.length;
  let q = p;
  for (;;) {
    while (q < n) {
      const c = s.charCodeAt(q);
      if (c >= FAST_LIMIT) return -1;
      const k = CLASS[c];
      if (k !== ALNUM && k !== DIGIT) break;
      q++;
    }
    if (q + 1 >= n) return q;
    const sep = s.charCodeAt(q);
    if (sep >= FAST_LIMIT) return -1;
    if (!isSep(sep)) return q;
    const c2 = s.charCodeAt(q + 1);
    if (c2 >= FAST_LIMIT) return -1;
    const k2 = CLASS[c2];
    if (k2 !== ALNUM && k2 !== DIGIT) return q;
    q += 2;
  }
}

/** `lowered`: s.toLowerCase() when the caller already has it. */
export function tokenize(s: string, offset: number, lowered?: string): Token[] {
  const out: Token[] = [];
  // lowercase once per sentence (same length for all but a few letters, e.g. "İ"; then per token)
  let ls = lowered ?? s.toLowerCase();
  if (ls.length !== s.length) ls = "";
  else if (/[’ʼ`]/.test(ls)) ls = ls.replace(/[’ʼ`]/g, "'");
  const n = s.length;
  let p = 0;
  while (p < n) {
    // the next token: [idx, idx + len)
    const c = s.charCodeAt(p);
    let idx = p, len = 0;
    if (c < FAST_LIMIT) {
      const k = CLASS[c];
      if (k === SPACE) { p++; continue; }
      if (k === OTHER) len = 1;
      else if (k === ALNUM) { const e = wordEnd(s, p); if (e > 0) len = e - p; }
    }
    if (!len) {
      TOKEN.lastIndex = p;
      const m = TOKEN.exec(s);
      if (!m) break;
      idx = m.index; len = m[0].length;
    }
    p = idx + len;
    const t = s.slice(idx, p);
    const lower = ls ? ls.slice(idx, p) : t.toLowerCase().replace(/[’ʼ`]/g, "'");
    let num: number | null = null;
    const c0 = t.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      if (/^\d+$/.test(t)) num = t.length <= 7 ? Number(t) : null;
      else if (/^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/.test(t)) num = Number(t.replace(/\D/g, ""));
      else if (/^\d+-[\u0400-\u04ff]{1,3}$/.test(t)) num = Number(t.split("-")[0]);
    }
    const c1 = t[0];
    out.push({
      text: t, lower, start: offset + idx, end: offset + p, num,
      cap: c1 !== lower[0], cyr: c0 >= 0x400 && c0 <= 0x4ff, info: undefined,
    });
  }
  return out;
}
