import { afterAll, beforeAll, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { jsonEntryNumber, jsonObjectEntries } from "@/lib/db/dialect";
import { createTestDb, type TestDb } from "../helpers/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.cleanup());

it("reads the members of a JSON object column and numbers inside them", async () => {
  const ranges = JSON.stringify({ killed: { low: 2, high: 5 }, injured: { low: 1 } });
  const rows = await t.db.$queryRaw<{ key: string; lo: unknown; hi: unknown }[]>(Prisma.sql`
    SELECT j."key" AS "key", ${jsonEntryNumber("j", "low")} AS "lo", ${jsonEntryNumber("j", "high")} AS "hi"
    FROM (SELECT ${ranges} AS "ranges") r, ${jsonObjectEntries(Prisma.sql`r."ranges"`, "j")} ORDER BY 1`);
  expect(rows.map((r) => [r.key, Number(r.lo), r.hi === null ? null : Number(r.hi)])).toEqual([
    ["injured", 1, null],
    ["killed", 2, 5],
  ]);
});

it("refuses anything but plain names in the SQL text", () => {
  expect(() => jsonEntryNumber("j", "high') --")).toThrow(/not a plain SQL name/);
  expect(() => jsonObjectEntries(Prisma.sql`x`, "j; DROP")).toThrow(/not a plain SQL name/);
});
