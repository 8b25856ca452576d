// Server side of the map: region totals and capped points, shaped as plain data for the client.
import type { Db } from "@/lib/db/client";
import type { Filters } from "@/lib/queries/filters";
import { getMapPoints } from "@/lib/queries/map";
import { getRegionTotals, MEASURES, regionName, type Measure } from "@/lib/queries/regions";
import type { MapPointView, MapRegion } from "./types";

export async function getMapData(db: Db, f: Filters, pointLimit?: number) {
  const [totals, pts] = await Promise.all([getRegionTotals(db, f), getMapPoints(db, f, pointLimit)]);
  const regions: MapRegion[] = totals.map((r) => ({
    code: r.code, name: r.name, incidents: r.incidents, killed: r.killed, injured: r.injured, dronesLaunched: r.dronesLaunched, dronesDowned: r.dronesDowned,
  }));
  const points: MapPointView[] = pts.points.map((p) => ({ ...p, regionName: regionName(p.region) }));
  return { regions, points, totalPoints: pts.total, totals };
}

export function parseMeasure(v: unknown): Measure {
  return (MEASURES as readonly string[]).includes(String(v)) ? (v as Measure) : "incidents";
}

/** Tile server switch: without MAP_TILE_URL the map draws its offline basemap. */
export function tileConfig(): { tileUrl?: string; attribution?: string } {
  const url = process.env.MAP_TILE_URL?.trim();
  return url ? { tileUrl: url, attribution: process.env.MAP_ATTRIBUTION ?? "" } : {};
}
