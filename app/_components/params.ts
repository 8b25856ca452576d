// Server-side reading of a page's URL query: filters (bad values dropped and
// reported) plus the page's own keys, as a plain Query for client components.
import { FILTER_KEYS, parseFiltersLenient, type Filters } from "@/lib/queries/filters";
import type { Query } from "./query";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function readParams(searchParams: SearchParams, extraKeys: string[] = []) {
  const raw = await searchParams;
  const { filters, errors } = parseFiltersLenient(raw);
  const query: Query = {};
  for (const k of FILTER_KEYS) if (filters[k] !== undefined) query[k] = String(filters[k]);
  for (const k of extraKeys) {
    const v = raw[k];
    const s = Array.isArray(v) ? v[0] : v;
    if (s) query[k] = s;
  }
  return { filters: filters as Filters, errors, query, raw };
}
