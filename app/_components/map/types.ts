import type { MapPoint } from "@/lib/queries/map";
import type { Measure, RegionTotals } from "@/lib/queries/regions";

// The map's data is the query modules' rows, not copies of them: a column
// added to a query reaches the map's types too.
export type MapRegion = Pick<RegionTotals, "code" | "name" | Measure>;

/** A point as the query gives it, with its region's display name. */
export type MapPointView = MapPoint & { regionName: string };

export interface MapViewProps {
  regions: MapRegion[];
  measure: Measure;
  points: MapPointView[];
  tileUrl?: string;
  attribution?: string;
  height: number;
  selected?: string | null;
  compact?: boolean;
  onRegionClick(code: string): void;
  scaleColor(v: number | null | undefined): string;
}
