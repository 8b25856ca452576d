// Incident points for the map. The browser clusters them (supercluster), but
// never receives every incident: at most `limit` of the newest located ones,
// with the total so the page can say how many are left out. Region shading
// (regions.ts) always covers all of them. An incident known only to its
// region sits on the region's label point, flagged approximate; country-wide
// figures are never pinned.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "./filters";
import { countsOf, num, type Counts } from "./sql";
import { regionInfo } from "./regions";

export const MAP_POINT_LIMIT = 1500;

export interface MapPoint extends Counts {
  id: number;
  date: string;
  place: string | null;
  region: string | null;
  attacker: string | null;
  lat: number;
  lon: number;
  /** True when only the region is known and the point is its label point. */
  approx: boolean;
}

/**
 * A small fixed offset per incident (golden-angle spiral, ≤ ~15 km), so that
 * region-only incidents on the same label point can each be clicked.
 */
function spread(id: number): { dLat: number; dLon: number } {
  const r = 0.04 + 0.03 * (id % 4);
  const a = id * 2.399963;
  return { dLat: r * Math.sin(a), dLon: r * 1.5 * Math.cos(a) };
}

export async function getMapPoints(db: Db, f: Filters, limit = MAP_POINT_LIMIT): Promise<{ points: MapPoint[]; total: number }> {
  const where = Prisma.sql`${incidentWhere(f)} AND ((i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL) OR i."region" IS NOT NULL)`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
      SELECT i."id", i."date", i."place", i."region", i."attacker", i."latitude", i."longitude",
        i."killed", i."injured", i."dronesLaunched", i."dronesDowned", i."missilesLaunched", i."missilesDowned"
      FROM "Incident" i WHERE ${where}
      ORDER BY i."date" DESC, i."id" DESC LIMIT ${limit}`),
    db.$queryRaw<{ n: unknown }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Incident" i WHERE ${where}`),
  ]);
  return {
    total: num(count[0]?.n),
    points: rows.flatMap((r) => {
      const located = r.latitude !== null && r.longitude !== null;
      const info = located ? undefined : regionInfo(r.region as string);
      if (!located && !info) return []; // a region code with no shape
      return [{
      id: num(r.id),
      date: String(r.date),
      place: (r.place as string | null) ?? null,
      region: (r.region as string | null) ?? null,
      attacker: (r.attacker as string | null) ?? null,
      lat: located ? Number(r.latitude) : info!.lat + spread(num(r.id)).dLat,
      lon: located ? Number(r.longitude) : info!.lon + spread(num(r.id)).dLon,
      approx: !located,
      ...countsOf(r),
      }];
    }),
  };
}
