"use client";
// The map wrapper every page uses: loads Leaflet on the client only, and adds
// the measure picker and the legend (plain HTML, readable without the map).
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import type { Measure } from "@/lib/queries/regions";
import { withQuery, type Query } from "../query";
import { legendRows, makeScale } from "./scale";
import { NO_DATA } from "../colors";
import type { MapPointView, MapRegion } from "./types";
import { MEASURE_LABELS } from "./measures";

const LeafletMap = dynamic(() => import("./LeafletMap"), {
  ssr: false,
  loading: () => <div className="map-loading" role="status">Loading map…</div>,
});

export function RegionMap({ regions, points, totalPoints, measure, path, query, tileUrl, attribution, height = 520, compact = false, filterPath }: {
  regions: MapRegion[];
  points: MapPointView[];
  totalPoints: number;
  measure: Measure;
  /** The page the measure picker reloads. */
  path: string;
  query: Query;
  tileUrl?: string;
  attribution?: string;
  height?: number;
  compact?: boolean;
  /** Where a click on a region goes (defaults to this page, filtered to it). */
  filterPath?: string;
}) {
  const router = useRouter();
  const scale = useMemo(() => makeScale(regions.map((r) => r[measure])), [regions, measure]);
  const rows = legendRows(scale);
  const selected = query.region ?? null;
  const onRegionClick = (code: string) => router.push(withQuery(filterPath ?? path, query, { region: code === selected ? undefined : code }));

  return (
    <div className={compact ? "region-map compact" : "region-map"} data-testid="region-map" data-measure={measure}>
      <div className="map-controls">
        <label>
          Shade regions by{" "}
          <select value={measure} data-testid="measure-select"
            onChange={(e) => router.push(withQuery(path, query, { measure: e.target.value === "incidents" ? undefined : e.target.value }))}>
            {(Object.keys(MEASURE_LABELS) as Measure[]).map((m) => <option key={m} value={m}>{MEASURE_LABELS[m]}</option>)}
          </select>
        </label>
        <ul className="legend" aria-label={`Legend: ${MEASURE_LABELS[measure]}`}>
          <li><span className="swatch" style={{ background: NO_DATA }} /> none</li>
          {rows.map((r) => <li key={r.label}><span className="swatch" style={{ background: r.color }} /> {r.label}</li>)}
        </ul>
      </div>
      <LeafletMap regions={regions} measure={measure} points={points} tileUrl={tileUrl} attribution={attribution} height={height}
        selected={selected} compact={compact} onRegionClick={onRegionClick} scaleColor={scale.color} />
      <p className="muted small">
        {totalPoints > points.length
          ? `Markers: the ${points.length.toLocaleString("en-GB")} newest of ${totalPoints.toLocaleString("en-GB")} located incidents (narrow the filters to see others); region shading counts all of them.`
          : `${points.length.toLocaleString("en-GB")} located ${points.length === 1 ? "incident" : "incidents"} as markers (grouped when close; click a group to zoom).`}{" "}
        Click a region to filter to it. Boundaries: Natural Earth (public domain).
      </p>
    </div>
  );
}
