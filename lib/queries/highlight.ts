// Pure text splitting for <mark> highlights: the page renders the parts as
// React text, so article bodies (which may hold markup) are never parsed as HTML.

export interface Span<T = unknown> {
  start: number;
  end: number;
  data: T;
}

export type Segment<T> = { text: string; span?: Span<T> };

/**
 * Cut `text` into plain and highlighted segments. Spans out of bounds or
 * empty are dropped; a span that overlaps an earlier one is dropped too
 * (figures do not overlap in practice; one mark per character keeps it readable).
 */
export function segment<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const ok = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<T>[] = [];
  let pos = 0;
  for (const s of ok) {
    if (s.start < pos) continue;
    if (s.start > pos) out.push({ text: text.slice(pos, s.start) });
    out.push({ text: text.slice(s.start, s.end), span: s });
    pos = s.end;
  }
  if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos) });
  return out;
}

/**
 * A claim's sentence split around its figure. start/end are offsets in the
 * article body and sentenceStart is where the sentence begins there, so the
 * figure sits at start - sentenceStart in the sentence. When the offsets do
 * not fit (an edited sentence), the figure's digits are looked up instead.
 */
export function quoteParts(c: { sentence: string; sentenceStart: number; start: number; end: number; value?: number | null }): {
  before: string;
  figure: string | null;
  after: string;
} {
  const s = c.sentence;
  const a = c.start - c.sentenceStart;
  const b = c.end - c.sentenceStart;
  if (a >= 0 && b <= s.length && a < b) return { before: s.slice(0, a), figure: s.slice(a, b), after: s.slice(b) };
  if (c.value !== null && c.value !== undefined) {
    const m = new RegExp(`(?<!\\d)${c.value}(?!\\d)`).exec(s);
    if (m) return { before: s.slice(0, m.index), figure: m[0], after: s.slice(m.index + m[0].length) };
  }
  return { before: s, figure: null, after: "" };
}
