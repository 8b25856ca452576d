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

/** `lowered`: s.toLowerCase() when the caller already has it. */
export function tokenize(s: string, offset: number, lowered?: string): Token[] {
  const out: Token[] = [];
  // lowercase once per sentence (same length for all but a few letters, e.g. "İ"; then per token)
  let ls = lowered ?? s.toLowerCase();
  if (ls.length !== s.length) ls = "";
  else if (/[’ʼ`]/.test(ls)) ls = ls.replace(/[’ʼ`]/g, "'");
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(s))) {
    const t = m[0];
    let lower = ls ? ls.slice(m.index, m.index + t.length) : t.toLowerCase().replace(/[’ʼ`]/g, "'");
    let num: number | null = null;
    const c0 = t.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      if (/^\d+$/.test(t)) num = t.length <= 7 ? Number(t) : null;
      else if (/^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/.test(t)) num = Number(t.replace(/\D/g, ""));
      else if (/^\d+-[\u0400-\u04ff]{1,3}$/.test(t)) num = Number(t.split("-")[0]);
    }
    const c = t[0];
    out.push({
      text: t, lower, start: offset + m.index, end: offset + m.index + t.length, num,
      cap: c !== lower[0], cyr: c0 >= 0x400 && c0 <= 0x4ff, info: undefined,
    });
  }
  return out;
}
