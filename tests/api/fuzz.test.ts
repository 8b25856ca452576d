// Malformed input of every kind on every parameter: always a 400 or a 200, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { handleIncident, handleIncidents, handleRegions, handleSeries } from "@/lib/api/handlers";
import { handleExport } from "@/lib/export/handler";
import { addIncident } from "./seed";

const NASTY = ["", " ", "%00", "\u0000", "'; DROP TABLE \"Incident\"; --", "1 OR 1=1", "x".repeat(5000), "😀", "-1", "1e309", "NaN", "Infinity", "0x10", "2025-01-01T00:00:00Z", "null", "[]", "{}", "UA-63%", "%", "_", "..", "\\", "<script>"];
const PARAMS = ["from", "to", "country", "region", "attacker", "weapon", "publisher", "language", "review", "cursor", "limit", "order", "bucket"];

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await addIncident(t.db, { date: "2025-01-01" });
});
afterAll(async () => t?.cleanup());

describe("no malformed parameter gives a 500", () => {
  const routes: [string, (r: Request) => Response | Promise<Response>][] = [
    ["incidents", (r) => handleIncidents(t.db, r)],
    ["series", (r) => handleSeries(t.db, r)],
    ["regions", (r) => handleRegions(t.db, r)],
    ["acled", (r) => handleExport(t.db, r, "acled")],
    ["claims", (r) => handleExport(t.db, r, "claims")],
  ];
  it.each(routes.map(([n]) => n))("%s", async (name) => {
    const handler = routes.find(([n]) => n === name)![1];
    for (const p of PARAMS) {
      for (const v of NASTY) {
        const res = await handler(new Request(`http://test/x?${p}=${encodeURIComponent(v)}`));
        expect([200, 400], `${name}?${p}=${v.slice(0, 40)}`).toContain(res.status);
        const body = await res.text(); // a 200 stream must also finish without error
        if (res.status === 400) expect(JSON.parse(body)).toMatchObject({ param: expect.any(String), error: expect.any(String) });
      }
    }
  });

  it("incident ids", async () => {
    for (const v of NASTY) {
      const res = await handleIncident(t.db, v);
      expect([400, 404], v.slice(0, 40)).toContain(res.status);
    }
  });
});
