"use client";
// The only module that imports Leaflet (loaded by RegionMap with ssr: false,
// since Leaflet needs `window`). Offline basemap: Natural Earth country
// outlines, the region shapes and place labels; a tile layer when configured.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import iconUrl from "leaflet/dist/images/marker-icon.png";
import iconRetinaUrl from "leaflet/dist/images/marker-icon-2x.png";
import shadowUrl from "leaflet/dist/images/marker-shadow.png";
import { useEffect, useMemo, useRef, useState } from "react";
import { CircleMarker, GeoJSON, MapContainer, Marker, Pane, Popup, TileLayer, useMap, useMapEvents } from "react-leaflet";
import Supercluster from "supercluster";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { Topology } from "topojson-specification";
import { FIELD_LABELS } from "@/lib/fields";
import { attackerColor, attackerLabel } from "../colors";
import { fmt } from "../query";
import { PLACE_LABELS } from "./places";
import type { MapViewProps } from "./types";

// Default marker images from the package (bundled), never a CDN.
const src = (m: string | { src: string }) => (typeof m === "string" ? m : m.src);
L.Icon.Default.mergeOptions({ iconUrl: src(iconUrl), iconRetinaUrl: src(iconRetinaUrl), shadowUrl: src(shadowUrl) });

type RegionProps = { iso_3166_2: string; name: string; country: string };
let geoCache: Promise<{ regions: FeatureCollection<Geometry, RegionProps>; countries: Feature[] }> | undefined;

/** Both layers, fetched once per page load from /public/geo. */
function loadGeo() {
  geoCache ??= Promise.all([
    fetch("/geo/admin1-ua-ru.geojson").then((r) => r.json()),
    fetch("/geo/countries-50m.json").then((r) => r.json()),
  ]).then(([regions, topo]: [FeatureCollection<Geometry, RegionProps>, Topology]) => {
    const all = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
    // Only the neighbourhood (the region layer draws Ukraine and Russia themselves).
    const near = all.features.filter((f) => {
      const name = (f.properties as { name?: string } | null)?.name;
      return name !== "Ukraine" && name !== "Russia" && intersects(f, [10, 34, 75, 72]);
    });
    return { regions, countries: near };
  });
  return geoCache;
}

function intersects(f: Feature, [w, s, e, n]: number[]): boolean {
  let hit = false;
  const visit = (c: unknown): void => {
    if (hit || !Array.isArray(c)) return;
    if (typeof c[0] === "number") {
      const [x, y] = c as number[];
      if (x >= w && x <= e && y >= s && y <= n) hit = true;
      return;
    }
    for (const x of c) visit(x);
  };
  visit((f.geometry as { coordinates?: unknown }).coordinates);
  return hit;
}

const POPUP_FIGURES = ["killed", "injured", "dronesLaunched", "dronesDowned", "missilesLaunched", "missilesDowned"] as const;

function PointPopup({ p }: { p: MapViewProps["points"][number] }) {
  // Casualties first: they matter most in a popup.
  const figures: [string, number | null][] = POPUP_FIGURES.map((c) => [FIELD_LABELS[c], p[c]]);
  return (
    <div className="popup" data-testid="incident-popup">
      <strong>{p.place ?? p.regionName}</strong> <span className="muted">{p.date}</span>
      <div>{p.regionName} · attacker: {attackerLabel(p.attacker)}</div>
      {p.approx && <div className="muted small">Shown at the region&apos;s centre: the report names no place.</div>}
      <ul>{figures.filter(([, v]) => v !== null).map(([k, v]) => <li key={k}>{k}: {fmt(v)}</li>)}</ul>
      <a href={`/incidents/${p.id}`}>Incident details →</a>
    </div>
  );
}

function clusterIcon(count: number) {
  const size = count < 10 ? 28 : count < 100 ? 34 : 42;
  return L.divIcon({ html: `<span>${count}</span>`, className: "cluster-icon", iconSize: [size, size] });
}

/** Incidents clustered in the browser (supercluster) for the current view. */
function Clusters({ points }: { points: MapViewProps["points"] }) {
  const map = useMap();
  const index = useMemo(() => {
    const sc = new Supercluster<{ i: number }>({ radius: 48, maxZoom: 11 });
    sc.load(points.map((p, i) => ({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [p.lon, p.lat] } })));
    return sc;
  }, [points]);
  const [view, setView] = useState(() => ({ b: map.getBounds(), z: map.getZoom() }));
  useMapEvents({ moveend: () => setView({ b: map.getBounds(), z: map.getZoom() }) });
  const items = index.getClusters([view.b.getWest(), view.b.getSouth(), view.b.getEast(), view.b.getNorth()], Math.round(view.z));
  return (
    <>
      {items.map((c) => {
        const [lon, lat] = c.geometry.coordinates;
        const props = c.properties as { cluster?: boolean; cluster_id?: number; point_count?: number; i?: number };
        if (props.cluster) {
          return (
            <Marker key={`c${props.cluster_id}`} position={[lat, lon]} icon={clusterIcon(props.point_count!)}
              title={`${props.point_count} incidents: zoom in`} keyboard
              eventHandlers={{ click: () => map.flyTo([lat, lon], Math.min(index.getClusterExpansionZoom(props.cluster_id!), 12)) }} />
          );
        }
        const p = points[props.i!];
        return (
          // className is a creation option (setStyle, which pathOptions uses, does not apply it).
          <CircleMarker key={`p${p.id}`} center={[lat, lon]} radius={7} className={`incident-marker incident-${p.id}`}
            pathOptions={{ color: p.approx ? "#333" : "#fff", weight: 1.5, fillColor: attackerColor(p.attacker), fillOpacity: 0.95, dashArray: p.approx ? "3 2" : undefined }}>
            <Popup><PointPopup p={p} /></Popup>
          </CircleMarker>
        );
      })}
    </>
  );
}

/** With a region filter, frame that region (once per region, so the user can pan away). */
function FitSelected({ regions, selected }: { regions: FeatureCollection<Geometry, RegionProps>; selected?: string | null }) {
  const map = useMap();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!selected || done.current === selected) return;
    const f = regions.features.find((x) => x.properties.iso_3166_2 === selected);
    if (!f) return;
    done.current = selected;
    const b = L.geoJSON(f).getBounds();
    // Chukotka crosses the antimeridian: its bounds would span the globe.
    if (b.getEast() - b.getWest() < 90) map.fitBounds(b, { maxZoom: 8, padding: [20, 20] });
  }, [map, regions, selected]);
  return null;
}

function labelIcon(name: string, major?: boolean) {
  return L.divIcon({ html: `<span>${name.replace(/[<>&]/g, "")}</span>`, className: major ? "place-label major" : "place-label", iconSize: [0, 0] });
}

export default function LeafletMap(props: MapViewProps) {
  const { regions, measure, points, tileUrl, attribution, height, onRegionClick, selected, scaleColor, compact } = props;
  const [geo, setGeo] = useState<Awaited<ReturnType<typeof loadGeo>> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadGeo().then(setGeo, () => setError("The map shapes could not be loaded."));
  }, []);
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  // Handlers bound once per feature read the latest data through a ref.
  const latest = useRef({ byCode, measure, onRegionClick });
  latest.current = { byCode, measure, onRegionClick };
  const styleKey = useMemo(() => measure + "|" + selected + "|" + regions.map((r) => `${r.code}:${r[measure] ?? ""}`).join(","), [regions, measure, selected]);

  return (
    <div className="leaflet-wrap" style={{ height }}>
      {error && <p className="notice warn">{error}</p>}
      <MapContainer center={compact ? [48.8, 33.5] : [50, 36]} zoom={5} minZoom={3} maxZoom={12} style={{ height: "100%", width: "100%" }} worldCopyJump={false} attributionControl>
        {tileUrl ? <TileLayer url={tileUrl} attribution={attribution ?? ""} /> : null}
        {geo && !tileUrl && (
          <GeoJSON data={{ type: "FeatureCollection", features: geo.countries } as FeatureCollection}
            style={{ color: "#b9c0c8", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }} interactive={false}
            attribution="Boundaries: Natural Earth (public domain)" />
        )}
        {geo && (
          <GeoJSON key={styleKey} data={geo.regions}
            style={(f) => {
              const code = (f?.properties as RegionProps).iso_3166_2;
              const r = byCode.get(code);
              return {
                className: `region region-${code}`,
                color: code === selected ? "#111" : "#6b7682",
                weight: code === selected ? 2.5 : 0.7,
                fillColor: scaleColor(r ? r[measure] : null),
                fillOpacity: tileUrl ? 0.6 : 0.85,
              };
            }}
            onEachFeature={(f, layer) => {
              const code = (f.properties as RegionProps).iso_3166_2;
              const name = (f.properties as RegionProps).name;
              layer.bindTooltip(() => {
                const r = latest.current.byCode.get(code);
                const esc = (s: string) => s.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
                if (!r) return `<strong>${esc(name)}</strong><br>No incidents for these filters`;
                return `<strong>${esc(name)}</strong><br>${fmt(r.incidents)} incidents · ${fmt(r.killed)} killed · ${fmt(r.injured)} injured<br>drones launched ${fmt(r.dronesLaunched)} · downed ${fmt(r.dronesDowned)}`;
              }, { sticky: true, className: "region-tooltip" });
              layer.on("click", () => latest.current.onRegionClick(code));
              layer.on("mouseover", () => (layer as L.Path).setStyle({ weight: 2 }));
              layer.on("mouseout", () => (layer as L.Path).setStyle({ weight: code === selected ? 2.5 : 0.7 }));
            }}
          />
        )}
        {!tileUrl && PLACE_LABELS.filter((p) => !compact || p.major).map((p) => (
          <Marker key={p.name} position={[p.lat, p.lon]} icon={labelIcon(p.name, p.major)} interactive={false} keyboard={false} />
        ))}
        {geo && <FitSelected regions={geo.regions} selected={selected} />}
        {/* Above the region shapes whatever loads first. */}
        <Pane name="incidents" style={{ zIndex: 450 }}>
          <Clusters points={points} />
        </Pane>
      </MapContainer>
    </div>
  );
}
