// Writing an article's claims, with the admin's decisions on earlier claims
// (excluded, pinnedIncidentId) carried over to the matching new ones.
import type { Claim as ExtractedClaim } from "@/lib/extract/types";
import { assignIncidents } from "./assign";
import { runnerOf, type SqlTarget } from "./runner";
import { bool, chunks, join, num, sql } from "./sql";

export interface PriorDecision {
  field: string;
  value: number | null;
  sentence: string;
  start: number;
  end: number;
  excluded: boolean;
  pinnedIncidentId: number | null;
}

/**
 * Match decisions to new claims. Re-extraction of the same text matches by
 * field + offsets first; a new version of a page (offsets shift) by field +
 * value + sentence. Each decision is used once.
 */
export function carryDecisions(claims: ExtractedClaim[], prior: PriorDecision[], byOffsets: boolean): ({ excluded: boolean; pinnedIncidentId: number | null })[] {
  const pending = prior.filter((p) => p.excluded || p.pinnedIncidentId !== null);
  const out = claims.map(() => ({ excluded: false, pinnedIncidentId: null as number | null }));
  const take = (i: number, match: (p: PriorDecision) => boolean) => {
    const j = pending.findIndex(match);
    if (j < 0) return false;
    out[i] = { excluded: pending[j].excluded, pinnedIncidentId: pending[j].pinnedIncidentId };
    pending.splice(j, 1);
    return true;
  };
  if (pending.length === 0) return out;
  const done = new Set<number>();
  if (byOffsets) claims.forEach((c, i) => take(i, (p) => p.field === c.field && p.start === c.start && p.end === c.end) && done.add(i));
  claims.forEach((c, i) => {
    if (!done.has(i)) take(i, (p) => p.field === c.field && p.value === c.value && p.sentence === c.sentence);
  });
  return out;
}

/** Insert the claims of one article; returns the incident ids they landed on. */
export async function writeClaims(target: SqlTarget, articleId: number, claims: ExtractedClaim[], prior: PriorDecision[], byOffsets: boolean): Promise<number[]> {
  if (claims.length === 0) return [];
  const db = runnerOf(target);
  const decisions = carryDecisions(claims, prior, byOffsets);
  const incidentIds = await assignIncidents(db, claims.map((c, i) => ({ parts: c, pinnedIncidentId: decisions[i].pinnedIncidentId })));
  const now = new Date();
  const rows = claims.map((c, i) => {
    const d = decisions[i];
    return sql`(${articleId}, ${incidentIds[i]}, ${c.field}, ${c.value}, ${c.qualifier}, ${c.claimant}, ${c.claimantSide}, ${c.date}, ${c.country},
      ${c.region}, ${c.place}, ${c.attacker}, ${JSON.stringify(c.weapons ?? [])}, ${c.language}, ${c.sentence}, ${c.sentenceStart}, ${c.sentenceEnd},
      ${c.start}, ${c.end}, ${d.excluded}, ${d.pinnedIncidentId}, ${now})`;
  });
  // 22 values a row: 40 rows stay far below any driver's parameter limit.
  for (const part of chunks(rows, 40)) {
    await db.execute(sql`INSERT INTO "Claim" ("articleId", "incidentId", "field", "value", "qualifier", "claimant", "claimantSide", "date", "country",
      "region", "place", "attacker", "weapons", "language", "sentence", "sentenceStart", "sentenceEnd", "start", "end", "excluded", "pinnedIncidentId", "createdAt")
      VALUES ${join(part)}`);
  }
  return [...new Set(incidentIds)];
}

/** Remove an article's claims, returning what the replacement needs: their decisions and incidents. */
export async function takeClaims(target: SqlTarget, articleId: number): Promise<{ prior: PriorDecision[]; incidentIds: number[] }> {
  const db = runnerOf(target);
  const old = await db.query<Record<string, unknown>>(sql`
    SELECT "field", "value", "sentence", "start", "end", "excluded", "pinnedIncidentId", "incidentId" FROM "Claim" WHERE "articleId" = ${articleId}`);
  if (old.length) await db.execute(sql`DELETE FROM "Claim" WHERE "articleId" = ${articleId}`);
  const prior: PriorDecision[] = old.map((c) => ({
    field: String(c.field), value: num(c.value), sentence: String(c.sentence), start: Number(c.start), end: Number(c.end),
    excluded: bool(c.excluded), pinnedIncidentId: num(c.pinnedIncidentId),
  }));
  const incidentIds = [...new Set(old.map((c) => num(c.incidentId)).filter((x): x is number => x !== null))];
  return { prior, incidentIds };
}
