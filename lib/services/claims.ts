// Writing an article's claims, with the admin's decisions on earlier claims
// (excluded, pinnedIncidentId) carried over to the matching new ones.
import type { Claim as ExtractedClaim } from "@/lib/extract/types";
import { IncidentAssigner } from "./assign";
import type { DbClient } from "./fields";

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
export async function writeClaims(db: DbClient, articleId: number, claims: ExtractedClaim[], prior: PriorDecision[], byOffsets: boolean): Promise<number[]> {
  if (claims.length === 0) return [];
  const decisions = carryDecisions(claims, prior, byOffsets);
  const assigner = new IncidentAssigner(db);
  const rows = [];
  const touched = new Set<number>();
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    const d = decisions[i];
    const incidentId = await assigner.incidentFor(c, d.pinnedIncidentId);
    touched.add(incidentId);
    rows.push({
      articleId, incidentId, field: c.field, value: c.value, qualifier: c.qualifier, claimant: c.claimant, claimantSide: c.claimantSide,
      date: c.date, country: c.country, region: c.region, place: c.place, attacker: c.attacker, weapons: JSON.stringify(c.weapons ?? []),
      language: c.language, sentence: c.sentence, sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd, start: c.start, end: c.end,
      excluded: d.excluded, pinnedIncidentId: d.pinnedIncidentId,
    });
  }
  await db.claim.createMany({ data: rows });
  return [...touched];
}

/** Remove an article's claims, returning what the replacement needs: their decisions and incidents. */
export async function takeClaims(db: DbClient, articleId: number): Promise<{ prior: PriorDecision[]; incidentIds: number[] }> {
  const old = await db.claim.findMany({
    where: { articleId },
    select: { field: true, value: true, sentence: true, start: true, end: true, excluded: true, pinnedIncidentId: true, incidentId: true },
  });
  if (old.length) await db.claim.deleteMany({ where: { articleId } });
  const incidentIds = [...new Set(old.map((c) => c.incidentId).filter((x): x is number => x !== null))];
  return { prior: old, incidentIds };
}
