import { describe, expect, it } from "vitest";
import { filtersToQuery, parseFilters, parseFiltersLenient } from "@/lib/queries/filters";

describe("parseFilters", () => {
  it.each([
    [{ from: "2025-01-01", to: "2025-02-01" }, true],
    [{ region: "UA-63" }, true],
    [{ region: "none" }, true],
    [{ attacker: "unknown" }, true],
    [{ weapon: "glide_bomb" }, true],
    [{ from: "2025-02-30" }, false],
    [{ from: "2099-01-01" }, false],
    [{ region: "Kharkiv" }, false],
    [{ weapon: "laser" }, false],
    [{ from: "2025-03-01", to: "2025-02-01" }, false],
    [{ publisher: "x".repeat(10_000) }, false],
  ])("%j → ok=%s", (q, ok) => {
    expect(parseFilters(new URLSearchParams(q as Record<string, string>)).ok).toBe(ok);
  });

  it("names the bad parameter", () => {
    const r = parseFilters({ country: "FR" });
    expect(r).toMatchObject({ ok: false, param: "country" });
  });

  it("treats empty values as absent", () => {
    expect(parseFilters({ from: "", region: "" })).toEqual({ ok: true, filters: {} });
  });

  it("lenient parsing drops only the bad values", () => {
    const r = parseFiltersLenient({ region: "UA-63", from: "yesterday" });
    expect(r.filters).toEqual({ region: "UA-63" });
    expect(r.errors.map((e) => e.param)).toEqual(["from"]);
  });

  it("round-trips through a query string", () => {
    const f = { from: "2025-01-01", region: "RU-BEL", attacker: "UA" as const };
    const q = filtersToQuery(f);
    expect(parseFilters(new URLSearchParams(q.slice(1)))).toEqual({ ok: true, filters: f });
  });
});
