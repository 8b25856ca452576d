// The overview body (totals, charts, small map), shared by "/" and each
// region's page. Every query gets the same filters.
import type { Db } from "@/lib/db/client";
import type { Filters } from "@/lib/queries/filters";
import { getTotals } from "@/lib/queries/totals";
import { AIR_KEYS, getAirSeries, getCasualtySeries, getIncidentSeries } from "@/lib/queries/series";
import type { Bucket } from "@/lib/queries/sql";
import { ATTACKER_COLORS, ATTACKER_LABELS, DOWNED, INJURED, KILLED, LAUNCHED } from "../colors";
import { TimeSeriesChart } from "../charts/TimeSeriesChart";
import { RegionMap } from "../map/RegionMap";
import { getMapData, tileConfig } from "../map/mapData";
import { withQuery, type Query } from "../query";
import { BucketToggle } from "./BucketToggle";
import { TotalsRow } from "./TotalsRow";
import type { Measure } from "@/lib/queries/regions";

export async function Overview({ db, filters, bucket, autoBucket, path, query, measure }: {
  db: Db;
  filters: Filters;
  bucket: Bucket;
  /** True when the bucket was picked for the span rather than asked for. */
  autoBucket?: boolean;
  path: string;
  query: Query;
  measure: Measure;
}) {
  const [totals, incidents, air, casualties, map] = await Promise.all([
    getTotals(db, filters),
    getIncidentSeries(db, filters, bucket),
    getAirSeries(db, filters, bucket),
    getCasualtySeries(db, filters, bucket),
    getMapData(db, filters, 500),
  ]);
  const regional = Boolean(filters.region);
  const hasMissiles = air.some((p) => p.values.missilesLaunched || p.values.missilesDowned);
  return (
    <>
      <TotalsRow t={totals} regional={regional} />
      <div className="section-head">
        <h2>Over time</h2>
        <BucketToggle path={path} query={query} bucket={bucket} auto={autoBucket} />
      </div>
      <div className="charts">
        <TimeSeriesChart id="incidents" title="Incidents by attacker" kind="bar" stacked bucket={bucket} data={incidents}
          series={(["RU", "UA", "unknown"] as const).map((k) => ({ key: k, label: `${ATTACKER_LABELS[k]} attacking`, color: ATTACKER_COLORS[k] }))} />
        <TimeSeriesChart id="air" title="Drones and missiles launched vs downed" kind="line" bucket={bucket} data={air}
          note={regional ? "Figures reported for this region." : "National counts (the air force's daily figures, not added up from regions)."}
          series={[
            { key: AIR_KEYS[0], label: "Drones launched", color: LAUNCHED },
            { key: AIR_KEYS[1], label: "Drones downed", color: DOWNED },
            ...(hasMissiles ? [{ key: AIR_KEYS[2], label: "Missiles launched", color: LAUNCHED, dash: true }, { key: AIR_KEYS[3], label: "Missiles downed", color: DOWNED, dash: true }] : []),
          ]} />
        <TimeSeriesChart id="casualties" title="Killed and injured" kind="bar" stacked bucket={bucket} data={casualties}
          series={[{ key: "killed", label: "Killed", color: KILLED }, { key: "injured", label: "Injured", color: INJURED }]} />
      </div>
      <div className="section-head">
        <h2>By region</h2>
        <a href={withQuery("/map", query, { bucket: undefined })}>Full map →</a>
      </div>
      <RegionMap compact height={360} path={path} query={query} measure={measure} regions={map.regions} points={map.points} totalPoints={map.totalPoints}
        filterPath={path.startsWith("/regions/") ? "/" : path} {...tileConfig()} />
    </>
  );
}
