import { FILTER_KEYS, type Filters } from "@/lib/queries/filters";

/** The dashboard filters out of a route's parsed query (which also holds paging or bucket keys). */
export function filterOnly(q: Record<string, unknown>): Filters {
  const f: Record<string, unknown> = {};
  for (const k of FILTER_KEYS) if (q[k] !== undefined) f[k] = q[k];
  return f as Filters;
}
