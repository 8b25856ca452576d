// The overview's row of totals for the selected filters, one SQL aggregate.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "./filters";
import { airScope, num, numOrNull } from "./sql";

export interface Totals {
  incidents: number;
  dronesLaunched: number | null;
  dronesDowned: number | null;
  /** Downed / launched over the incidents that report both (0..1), null when none do. */
  interceptionRate: number | null;
  missilesLaunched: number | null;
  missilesDowned: number | null;
  missileInterceptionRate: number | null;
  killed: number | null;
  injured: number | null;
}

export async function getTotals(db: Db, f: Filters): Promise<Totals> {
  const where = incidentWhere(f);
  // Two aggregates: the air counts only read the (few) national rows, through
  // the region index, instead of a CASE per row over every incident.
  const [all, airRows] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT COUNT(*) AS "incidents", SUM(i."killed") AS "killed", SUM(i."injured") AS "injured"
      FROM "Incident" i WHERE ${where}`),
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT SUM(i."dronesLaunched") AS "dronesLaunched", SUM(i."dronesDowned") AS "dronesDowned",
        SUM(CASE WHEN i."dronesLaunched" > 0 AND i."dronesDowned" IS NOT NULL THEN i."dronesLaunched" END) AS "dlBoth",
        SUM(CASE WHEN i."dronesLaunched" > 0 AND i."dronesDowned" IS NOT NULL THEN i."dronesDowned" END) AS "ddBoth",
        SUM(i."missilesLaunched") AS "missilesLaunched", SUM(i."missilesDowned") AS "missilesDowned",
        SUM(CASE WHEN i."missilesLaunched" > 0 AND i."missilesDowned" IS NOT NULL THEN i."missilesLaunched" END) AS "mlBoth",
        SUM(CASE WHEN i."missilesLaunched" > 0 AND i."missilesDowned" IS NOT NULL THEN i."missilesDowned" END) AS "mdBoth"
      FROM "Incident" i WHERE ${where} AND ${airScope(f)}`),
  ]);
  const r = { ...(all[0] ?? {}), ...(airRows[0] ?? {}) };
  const rate = (down: unknown, launched: unknown) => (num(launched) > 0 ? num(down) / num(launched) : null);
  return {
    incidents: num(r.incidents),
    dronesLaunched: numOrNull(r.dronesLaunched),
    dronesDowned: numOrNull(r.dronesDowned),
    interceptionRate: rate(r.ddBoth, r.dlBoth),
    missilesLaunched: numOrNull(r.missilesLaunched),
    missilesDowned: numOrNull(r.missilesDowned),
    missileInterceptionRate: rate(r.mdBoth, r.mlBoth),
    killed: numOrNull(r.killed),
    injured: numOrNull(r.injured),
  };
}
