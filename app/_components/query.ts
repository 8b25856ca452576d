// URL query helpers for client components (the zod filters module stays on
// the server: it imports the Prisma namespace).
export type Query = Record<string, string>;

/** `path?query` with some keys set (empty/undefined ones removed); page resets unless set. */
export function withQuery(path: string, query: Query, changes: Record<string, string | undefined | null> = {}): string {
  const q = new URLSearchParams();
  const merged: Record<string, string | undefined | null> = { ...query, ...changes };
  if (!("page" in changes)) delete merged.page;
  for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export function fmt(n: number | null | undefined): string {
  return n === null || n === undefined ? "–" : n.toLocaleString("en-GB");
}

export function pct(r: number | null | undefined): string {
  return r === null || r === undefined ? "–" : `${(r * 100).toFixed(1)}%`;
}
