// Which incident a claim belongs to. Order of precedence:
//   1. Claim.pinnedIncidentId (an admin moved it there), if that incident exists;
//   2. IncidentAlias for the claim's mergeKey (the key's incident was merged away);
//   3. the incident whose mergeKey equals the claim's;
//   4. a new incident for that key (counts filled in later by recomputeIncidents).
// Done for all of an article's claims at once: a few statements, not a few per claim.
import { mergeKeyOf, parseMergeKey, type KeyParts } from "./fields";
import { runnerOf, type SqlTarget } from "./runner";
import { chunks, join, sql } from "./sql";

export interface AssignItem {
  parts: KeyParts;
  pinnedIncidentId?: number | null;
}

export async function assignIncidents(target: SqlTarget, items: AssignItem[]): Promise<number[]> {
  if (items.length === 0) return [];
  const db = runnerOf(target);
  const keys = [...new Set(items.map((i) => mergeKeyOf(i.parts)))];
  const pins = [...new Set(items.map((i) => i.pinnedIncidentId).filter((x): x is number => x != null))];

  const existing = new Set<number>();
  const byKey = new Map<string, number>();
  for (const part of chunks(keys, 400)) {
    const rows = await db.query<{ mergeKey: string; incidentId: number; alias: number }>(sql`
      SELECT a."mergeKey", a."incidentId", 1 AS "alias" FROM "IncidentAlias" a JOIN "Incident" i ON i."id" = a."incidentId" WHERE a."mergeKey" IN (${join(part)})
      UNION ALL
      SELECT i."mergeKey", i."id", 0 AS "alias" FROM "Incident" i WHERE i."mergeKey" IN (${join(part)})`);
    // An alias wins over an incident row with the same key (the key was merged away; the row may linger).
    rows.sort((a, b) => Number(b.alias) - Number(a.alias));
    for (const r of rows) {
      if (byKey.has(r.mergeKey)) continue;
      byKey.set(r.mergeKey, Number(r.incidentId));
      existing.add(Number(r.incidentId));
    }
  }
  for (const part of chunks(pins.filter((p) => !existing.has(p)), 400)) {
    const rows = await db.query<{ id: number }>(sql`SELECT "id" FROM "Incident" WHERE "id" IN (${join(part)})`);
    for (const r of rows) existing.add(Number(r.id));
  }
  // Keys still without an incident, needed by claims that have no live pin: one INSERT for all.
  const missing = keys.filter((key) => !byKey.has(key) && items.some((i) => mergeKeyOf(i.parts) === key && !(i.pinnedIncidentId != null && existing.has(i.pinnedIncidentId))));
  const now = new Date();
  for (const part of chunks(missing, 100)) {
    const values = part.map((key) => {
      const p = parseMergeKey(key);
      return sql`(${key}, ${p.date}, ${p.country}, ${p.region}, ${p.attacker}, ${now}, ${now})`;
    });
    const rows = await db.query<{ id: number; mergeKey: string }>(sql`
      INSERT INTO "Incident" ("mergeKey", "date", "country", "region", "attacker", "createdAt", "updatedAt")
      VALUES ${join(values)} RETURNING "id", "mergeKey"`);
    for (const r of rows) byKey.set(r.mergeKey, Number(r.id));
  }
  return items.map((i) => (i.pinnedIncidentId != null && existing.has(i.pinnedIncidentId) ? i.pinnedIncidentId : byKey.get(mergeKeyOf(i.parts))!));
}
