// Incident values from their claims (TEAM.md "Derivation"), then admin
// corrections on top. This is the only place Incident count columns are
// written, so the rule lives in one file:
//   - claims considered: not excluded, of articles that are current and not hidden;
//   - per count field, an article's value = the max of its claims for that field;
//   - best = the value of the most recent article (published, then ingestedAt,
//     then id; an article without a published date counts as older than any dated one);
//   - low / high = min / max over articles; stored in Incident.ranges with the
//     number of articles that gave the field ("sources");
//   - sourceCount = distinct articles among the considered claims;
//   - then the newest Correction per field replaces the derived value.
// An incident with no claims attached at all and no corrections is deleted;
// one with corrections stays. Any change bumps Incident.version.
import { COUNT_COLUMNS, FIELD_TO_COLUMN, type CountColumn } from "@/lib/fields";
import { parseMergeKey, type DbClient } from "./fields";
import { locate } from "./geo";
import { counted, newestPerField } from "./in-force";
import { runnerOf, type Runner } from "./runner";
import { bool, chunks, date, join, num, sql } from "./sql";
import type { CountField } from "@/lib/extract/types";

export interface Range {
  low: number;
  best: number;
  high: number;
  sources: number;
  /**
   * Only when claimants of more than one side gave the field: the same rule
   * per claimant side ("UA", "RU", "other", "unknown"), so each side's figure stays visible.
   */
  bySide?: Record<string, Omit<Range, "bySide">>;
}

interface ClaimRow {
  incidentId: number | null;
  field: string;
  value: number | null;
  place: string | null;
  weapons: string;
  excluded: boolean;
  claimantSide?: string | null;
  articleId: number;
  article: { published: Date | null; ingestedAt: Date; isCurrent: boolean; hidden: boolean };
}

type Derived = {
  date: string;
  country: string;
  region: string | null;
  place: string | null;
  attacker: string | null;
  weapons: string;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: number | null;
  ranges: string;
  sourceCount: number;
} & Record<CountColumn, number | null>;

/** Newer first: published, then ingestedAt, then id. */
function recency(a: ClaimRow): [number, number, number] {
  return [a.article.published?.getTime() ?? Number.NEGATIVE_INFINITY, a.article.ingestedAt.getTime(), a.articleId];
}
function newer(a: ClaimRow, b: ClaimRow): boolean {
  const x = recency(a);
  const y = recency(b);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return false;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The rule for one field over some claims: per-article max, best = most recent article, low/high over articles. */
function spread(claims: ClaimRow[]): Omit<Range, "bySide"> | null {
  // article id -> its max claim (the claim carries the article's recency)
  const perArticle = new Map<number, { value: number; row: ClaimRow }>();
  for (const c of claims) {
    const prev = perArticle.get(c.articleId);
    if (!prev || c.value! > prev.value) perArticle.set(c.articleId, { value: c.value!, row: c });
  }
  if (perArticle.size === 0) return null;
  let best: { value: number; row: ClaimRow } | undefined;
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of perArticle.values()) {
    if (!best || newer(v.row, best.row)) best = v;
    low = Math.min(low, v.value);
    high = Math.max(high, v.value);
  }
  return { low, best: best!.value, high, sources: perArticle.size };
}

/** The derived values (before corrections) of one incident, from its mergeKey and its claims. */
export function deriveValues(mergeKey: string, claims: ClaimRow[]): Derived {
  const live = claims.filter(counted);
  const key = parseMergeKey(mergeKey);
  const out = { ...key, place: null, weapons: "[]", latitude: null, longitude: null, geoPrecision: null } as Derived;

  const ranges: Record<string, Range> = {};
  for (const [field, column] of Object.entries(FIELD_TO_COLUMN) as [CountField, CountColumn][]) {
    const given = live.filter((c) => c.field === field && c.value !== null);
    const r = spread(given);
    if (!r) {
      out[column] = null;
      continue;
    }
    out[column] = r.best;
    const sides = new Map<string, ClaimRow[]>();
    for (const c of given) {
      const side = c.claimantSide ?? "unknown";
      sides.set(side, [...(sides.get(side) ?? []), c]);
    }
    ranges[column] = sides.size > 1 ? { ...r, bySide: Object.fromEntries([...sides].map(([k, cs]) => [k, spread(cs)!])) } : r;
  }
  out.ranges = JSON.stringify(ranges);
  out.sourceCount = new Set(live.map((c) => c.articleId)).size;

  // Place: the one named by the most recent article that names one.
  let placeRow: ClaimRow | undefined;
  for (const c of live) if (c.place && (!placeRow || newer(c, placeRow))) placeRow = c;
  out.place = placeRow?.place ?? null;

  const weapons = new Set<string>();
  for (const c of live) {
    const w = parseJson(c.weapons);
    if (Array.isArray(w)) for (const x of w) if (typeof x === "string") weapons.add(x);
  }
  out.weapons = JSON.stringify([...weapons].sort());
  return out;
}

/** Newest correction per field wins (createdAt, then id: two in the same millisecond keep their order). */
function applyCorrections(d: Derived, corrections: { field: string; newValue: string | null; createdAt: Date; id: number }[]): void {
  for (const [field, c] of newestPerField(corrections)) {
    const v = parseJson(c.newValue);
    if ((COUNT_COLUMNS as readonly string[]).includes(field)) {
      d[field as CountColumn] = typeof v === "number" && Number.isFinite(v) ? Math.round(v) : null;
    } else if (field === "weapons") {
      d.weapons = JSON.stringify(Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);
    } else if (field === "date") {
      if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) d.date = v;
    } else if (field === "region" || field === "place" || field === "attacker") {
      d[field] = typeof v === "string" && v !== "" ? v : null;
    }
  }
}

const COMPARED: (keyof Derived)[] = [
  "date", "country", "region", "place", "attacker", "weapons", "latitude", "longitude", "geoPrecision", "ranges", "sourceCount",
  ...COUNT_COLUMNS,
];

export interface RecomputeResult {
  updated: number[];
  deleted: number[];
  unchanged: number[];
}

/**
 * Re-derive the given incidents from their claims and corrections. Safe to
 * call inside a transaction (pass the tx client) and with ids that no longer
 * exist (they are ignored).
 */
export async function recomputeIncidents(target: DbClient | Runner, ids: number[]): Promise<RecomputeResult> {
  const db = runnerOf(target);
  const result: RecomputeResult = { updated: [], deleted: [], unchanged: [] };
  const unique = [...new Set(ids)].filter((id) => Number.isInteger(id));
  for (const chunk of chunks(unique, 500)) {
    const list = join(chunk);
    // The correction count rides along so the common case (none) costs no extra statement.
    const incidents = await db.query<Record<string, unknown>>(
      sql`SELECT i.*, (SELECT COUNT(*) FROM "Correction" k WHERE k."incidentId" = i."id") AS "nCorrections" FROM "Incident" i WHERE i."id" IN (${list})`,
    );
    if (incidents.length === 0) continue;
    const claimRows = await db.query<Record<string, unknown>>(sql`
      SELECT c."incidentId", c."field", c."value", c."place", c."weapons", c."excluded", c."claimantSide", c."articleId",
             a."published", a."ingestedAt", a."isCurrent", a."hidden"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."incidentId" IN (${list})`);
    const corrected = incidents.filter((i) => Number(i.nCorrections) > 0).map((i) => Number(i.id));
    const corrections = corrected.length
      ? await db.query<Record<string, unknown>>(
          sql`SELECT "id", "incidentId", "field", "newValue", "createdAt" FROM "Correction" WHERE "incidentId" IN (${join(corrected)})`,
        )
      : [];
    const claims: ClaimRow[] = claimRows.map((r) => ({
      incidentId: num(r.incidentId), field: String(r.field), value: num(r.value), place: (r.place as string | null) ?? null,
      weapons: String(r.weapons ?? "[]"), excluded: bool(r.excluded), claimantSide: (r.claimantSide as string | null) ?? null, articleId: Number(r.articleId),
      article: { published: date(r.published), ingestedAt: date(r.ingestedAt)!, isCurrent: bool(r.isCurrent), hidden: bool(r.hidden) },
    }));
    const claimsBy = groupBy(claims, (c) => c.incidentId!);
    const correctionsBy = groupBy(
      corrections.map((c) => ({ id: Number(c.id), incidentId: Number(c.incidentId), field: String(c.field), newValue: (c.newValue as string | null) ?? null, createdAt: date(c.createdAt)! })),
      (c) => c.incidentId,
    );

    for (const raw of incidents) {
      const id = Number(raw.id);
      const cs = claimsBy.get(id) ?? [];
      const cor = correctionsBy.get(id) ?? [];
      if (cs.length === 0 && cor.length === 0) {
        await db.execute(sql`DELETE FROM "Incident" WHERE "id" = ${id}`);
        result.deleted.push(id);
        continue;
      }
      const d = deriveValues(String(raw.mergeKey), cs);
      applyCorrections(d, cor);
      // Coordinates follow the value in force, so a corrected place moves the marker.
      Object.assign(d, locate(d.country, d.region, d.place));
      const changed = COMPARED.some((k) => {
        const was = raw[k] === undefined ? null : raw[k];
        return typeof d[k] === "number" || d[k] === null ? num(was) !== d[k] : was !== d[k];
      });
      if (!changed) {
        result.unchanged.push(id);
        continue;
      }
      await db.execute(sql`UPDATE "Incident" SET
        "date" = ${d.date}, "country" = ${d.country}, "region" = ${d.region}, "place" = ${d.place}, "attacker" = ${d.attacker},
        "weapons" = ${d.weapons}, "latitude" = ${d.latitude}, "longitude" = ${d.longitude}, "geoPrecision" = ${d.geoPrecision},
        "ranges" = ${d.ranges}, "sourceCount" = ${d.sourceCount},
        "dronesLaunched" = ${d.dronesLaunched}, "dronesDowned" = ${d.dronesDowned}, "missilesLaunched" = ${d.missilesLaunched},
        "missilesDowned" = ${d.missilesDowned}, "killed" = ${d.killed}, "injured" = ${d.injured},
        "version" = "version" + 1, "updatedAt" = ${new Date()}
        WHERE "id" = ${id}`);
      result.updated.push(id);
    }
  }
  return result;
}

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}
