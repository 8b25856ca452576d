// Incident points for the map. The browser clusters them (supercluster), but
// never receives every incident: at most `limit` of the newest located ones,
// with the total so the page can say how many are left out. Region shading
// (regions.ts) always covers all of them.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "./filters";
import { num, numOrNull } from "./sql";

export const MAP_POINT_LIMIT = 2000;

export interface MapPoint {
  id: number;
  date: string;
  place: string | null;
  region: string | null;
  attacker: string | null;
  lat: number;
  lon: number;
  killed: number | null;
  injured: number | null;
  dronesLaunched: number | null;
  dronesDowned: number | null;
  missilesLaunched: number | null;
  missilesDowned: number | null;
}

export async function getMapPoints(db: Db, f: Filters, limit = MAP_POINT_LIMIT): Promise<{ points: MapPoint[]; total: number }> {
  const where = Prisma.sql`${incidentWhere(f)} AND i."latitude" IS NOT NULL AND i."longitude" IS NOT NULL`;
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
    points: rows.map((r) => ({
      id: num(r.id),
      date: String(r.date),
      place: (r.place as string | null) ?? null,
      region: (r.region as string | null) ?? null,
      attacker: (r.attacker as string | null) ?? null,
      lat: Number(r.latitude),
      lon: Number(r.longitude),
      killed: numOrNull(r.killed),
      injured: numOrNull(r.injured),
      dronesLaunched: numOrNull(r.dronesLaunched),
      dronesDowned: numOrNull(r.dronesDowned),
      missilesLaunched: numOrNull(r.missilesLaunched),
      missilesDowned: numOrNull(r.missilesDowned),
    })),
  };
}
