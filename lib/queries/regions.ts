// Totals per first-level region (for the map shading and the regions table),
// country-wide figures, and monthly sparklines: all grouped in SQL.
import { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { incidentWhere, type Filters } from "./filters";
import { countsOf, num, type Counts } from "./sql";
import { shapeSeries } from "./series";
import REGION_LIST from "./regions.json";

export interface RegionInfo {
  code: string;
  name: string;
  country: "UA" | "RU";
  /** Label point (centroid of the largest polygon). */
  lat: number;
  lon: number;
}

/** Every region on the map (public/geo/admin1-ua-ru.geojson), sorted by code. */
export const REGIONS = REGION_LIST as RegionInfo[];
const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function regionInfo(code: string | null | undefined): RegionInfo | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** A region's English name, the code itself when unknown, "country-wide" for none. */
export function regionName(code: string | null | undefined): string {
  if (!code) return "country-wide";
  return BY_CODE.get(code)?.name ?? code;
}

export const MEASURES = ["incidents", "killed", "injured", "dronesLaunched", "dronesDowned"] as const;
export type Measure = (typeof MEASURES)[number];

export interface Figures extends Counts {
  incidents: number;
}

export interface RegionTotals extends Figures {
  code: string;
  name: string;
  country: string;
}

const FIGURES_SQL = Prisma.sql`COUNT(*) AS "incidents",
  SUM(i."killed") AS "killed", SUM(i."injured") AS "injured",
  SUM(i."dronesLaunched") AS "dronesLaunched", SUM(i."dronesDowned") AS "dronesDowned",
  SUM(i."missilesLaunched") AS "missilesLaunched", SUM(i."missilesDowned") AS "missilesDowned"`;

function figures(r: Record<string, unknown>): Figures {
  return { incidents: num(r.incidents), ...countsOf(r) };
}

/** Totals per region with at least one matching incident, most incidents first. */
export async function getRegionTotals(db: Db, f: Filters): Promise<RegionTotals[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT i."region" AS "code", MIN(i."country") AS "country", ${FIGURES_SQL}
    FROM "Incident" i WHERE ${incidentWhere(f)} AND i."region" IS NOT NULL
    GROUP BY i."region" ORDER BY 3 DESC, 1`);
  return rows.map((r) => {
    const code = String(r.code);
    return { code, name: regionName(code), country: regionInfo(code)?.country ?? String(r.country), ...figures(r) };
  });
}

export interface CountryWide extends Figures {
  country: string;
}

/** Figures reported for a whole country (region null): the national air-defence counts. */
export async function getCountryWide(db: Db, f: Filters): Promise<CountryWide[]> {
  if (f.region && f.region !== "none") return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`
    SELECT i."country" AS "country", ${FIGURES_SQL}
    FROM "Incident" i WHERE ${incidentWhere(f)} AND i."region" IS NULL
    GROUP BY i."country" ORDER BY 1`);
  return rows.map((r) => ({ country: String(r.country), ...figures(r) }));
}

/** Incidents per month for each region: code -> counts over the same months (oldest first). */
export async function getRegionSparklines(db: Db, f: Filters): Promise<{ months: string[]; byRegion: Record<string, number[]> }> {
  const rows = await db.$queryRaw<{ code: string; m: string; n: unknown }[]>(Prisma.sql`
    SELECT i."region" AS "code", substr(i."date", 1, 7) AS "m", COUNT(*) AS "n"
    FROM "Incident" i WHERE ${incidentWhere(f)} AND i."region" IS NOT NULL
    GROUP BY 1, 2`);
  const codes = [...new Set(rows.map((r) => r.code))];
  // One series keyed by region gives every region the same month axis.
  const shaped = shapeSeries(
    rows.map((r) => ({ key: r.m, values: { [r.code]: num(r.n) } })),
    "month",
    codes,
    { fill: 0, range: f },
  );
  const byRegion: Record<string, number[]> = {};
  for (const c of codes) byRegion[c] = shaped.map((p) => p.values[c] ?? 0);
  return { months: shaped.map((p) => p.date.slice(0, 7)), byRegion };
}
