import { describe, expect, it } from "vitest";
import { locate } from "@/lib/export/enrich";
import type { IncidentRow } from "@/lib/queries/feed";

const row = (o: Partial<IncidentRow>): IncidentRow =>
  ({ id: 1, date: "2025-01-01", country: "UA", region: "UA-51", place: null, latitude: null, longitude: null, geoPrecision: null, ...o }) as IncidentRow;

describe("export coordinates", () => {
  it("keeps the incident's own point and precision", () => {
    expect(locate(row({ place: "Odesa", latitude: 46.4, longitude: 30.7, geoPrecision: 2 }))).toEqual({ lat: 46.4, lon: 30.7, precision: 2, from: "incident" });
  });
  it("looks a named settlement up in the gazetteer when the incident has no point", () => {
    const l = locate(row({ place: "Odesa" }))!;
    expect(l).toMatchObject({ precision: 1, from: "place_gazetteer" });
    expect(l.lat).toBeCloseTo(46.48, 1);
    expect(l.lon).toBeCloseTo(30.73, 1);
  });
  it("falls back to the region's centroid, then to nothing for country-wide figures", () => {
    expect(locate(row({ place: "Nowhere-on-map" }))).toMatchObject({ precision: 3, from: "region_centroid" });
    expect(locate(row({ region: null }))).toBeNull();
  });
});
