import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { decodeCursor, encodeCursor, iterateIncidents, listIncidents } from "@/lib/queries/feed";
import { addIncident } from "./seed";

let t: TestDb;
const all: { id: number; date: string }[] = [];

beforeAll(async () => {
  t = await createTestDb();
  // 30 incidents over 4 days, many sharing a day, so ties on date are broken by id.
  for (let i = 0; i < 30; i++) {
    const inc = await addIncident(t.db, { date: `2025-05-0${1 + ((i * 7) % 4)}`, region: i % 3 ? "UA-63" : "UA-30" });
    all.push({ id: inc.id, date: inc.date });
  }
  all.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
});
afterAll(async () => t?.cleanup());

describe("iterateIncidents", () => {
  it.each([
    [7, 3],
    [10, 10],
    [30, 5],
    [1000, 100],
  ])("batch %i (first %i): every incident once, in (date, id) order", async (size, first) => {
    const seen: number[] = [];
    let batches = 0;
    for await (const rows of iterateIncidents(t.db, {}, size, first)) {
      expect(rows.length).toBeLessThanOrEqual(batches === 0 ? first : size);
      seen.push(...rows.map((r) => r.id));
      batches++;
    }
    expect(seen).toEqual(all.map((a) => a.id));
  });

  it("applies the filters", async () => {
    const ids: number[] = [];
    for await (const rows of iterateIncidents(t.db, { region: "UA-30" }, 4)) ids.push(...rows.map((r) => r.id));
    expect(ids.length).toBe(10);
  });
});

describe("cursors", () => {
  it("round-trip and carry their order", () => {
    const c = encodeCursor({ date: "2025-05-01", id: 42 }, "asc");
    expect(decodeCursor(c, "asc")).toEqual({ date: "2025-05-01", id: 42 });
    expect(() => decodeCursor(c, "desc")).toThrow(/order=asc/);
    expect(() => decodeCursor("bm9wZQ", "asc")).toThrow();
  });

  it("the last page has no next cursor, and limit is capped at 1000", async () => {
    const page = await listIncidents(t.db, {}, { limit: 5000, order: "asc" });
    expect(page.rows).toHaveLength(30);
    expect(page.nextCursor).toBeNull();
    const exact = await listIncidents(t.db, {}, { limit: 30, order: "asc" });
    expect(exact.nextCursor).toBeNull(); // no empty page after an exactly full one
  });
});
