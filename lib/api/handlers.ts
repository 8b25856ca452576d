// The JSON API's request handlers, taking the database as a parameter so tests
// call them on a test database; app/api/** route files only bind getDb().
import type { Db } from "@/lib/db/client";
import { CursorError, getIncidentRow, listIncidents } from "@/lib/queries/feed";
import { getAirSeries, getCasualtySeries, getIncidentSeries } from "@/lib/queries/series";
import { getCountryWide, getRegionTotals } from "@/lib/queries/regions";
import { loadBehind, loadProvenance } from "@/lib/export/load";
import { badRequest, json, notFound, parseQuery, serverError, validate } from "./params";
import { filterOnly } from "./filters";
import { filterQuery, idParam, incidentsQuery, seriesQuery } from "./schemas";
import { presentDetail, presentIncident } from "./present";

/** Any failure past validation is a 500 in JSON, logged, never an HTML page. */
async function guarded(fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (err) {
    return serverError(err);
  }
}

/** The same request with the next cursor (RFC 8288 Link header, for clients that follow links). */
function nextUrl(url: string, cursor: string): string {
  const u = new URL(url);
  u.searchParams.set("cursor", cursor);
  return u.pathname + u.search;
}

export function handleIncidents(db: Db, req: Request): Promise<Response> {
  return guarded(async () => {
    const q = parseQuery(incidentsQuery, new URL(req.url).searchParams);
    if (!q.ok) return badRequest(q);
    const { cursor, limit, order } = q.data;
    try {
      const page = await listIncidents(db, filterOnly(q.data), { cursor, limit, order });
      const prov = await loadProvenance(db, page.rows.map((r) => r.id));
      const body = { data: page.rows.map((r) => presentIncident(r, prov.get(r.id)!)), nextCursor: page.nextCursor, limit, order };
      return json(body, page.nextCursor ? { headers: { link: `<${nextUrl(req.url, page.nextCursor)}>; rel="next"` } } : {});
    } catch (err) {
      if (err instanceof CursorError) return badRequest({ param: "cursor", error: `cursor: ${err.message}` });
      throw err;
    }
  });
}

export function handleIncident(db: Db, id: string): Promise<Response> {
  return guarded(async () => {
    const p = validate(idParam, { id });
    if (!p.ok) return badRequest(p);
    const row = await getIncidentRow(db, p.data.id);
    if (!row) return notFound(`no incident ${p.data.id}`, "id");
    const behind = (await loadBehind(db, [row.id])).get(row.id)!;
    return json(presentDetail(row, behind));
  });
}

export function handleSeries(db: Db, req: Request): Promise<Response> {
  return guarded(async () => {
    const q = parseQuery(seriesQuery, new URL(req.url).searchParams);
    if (!q.ok) return badRequest(q);
    const f = filterOnly(q.data);
    const [incidents, air, casualties] = await Promise.all([
      getIncidentSeries(db, f, q.data.bucket),
      getAirSeries(db, f, q.data.bucket),
      getCasualtySeries(db, f, q.data.bucket),
    ]);
    return json({ bucket: q.data.bucket, incidents, air, casualties });
  });
}

export function handleRegions(db: Db, req: Request): Promise<Response> {
  return guarded(async () => {
    const q = parseQuery(filterQuery, new URL(req.url).searchParams);
    if (!q.ok) return badRequest(q);
    const f = filterOnly(q.data);
    const [regions, countryWide] = await Promise.all([getRegionTotals(db, f), getCountryWide(db, f)]);
    return json({ regions, countryWide });
  });
}
