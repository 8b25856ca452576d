import type { Measure } from "@/lib/queries/regions";

export interface MapRegion {
  code: string;
  name: string;
  incidents: number;
  killed: number | null;
  injured: number | null;
  dronesLaunched: number | null;
  dronesDowned: number | null;
}

export interface MapPointView {
  id: number;
  date: string;
  place: string | null;
  regionName: string;
  attacker: string | null;
  lat: number;
  lon: number;
  approx: boolean;
  killed: number | null;
  injured: number | null;
  dronesLaunched: number | null;
  dronesDowned: number | null;
  missilesLaunched: number | null;
  missilesDowned: number | null;
}

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
