// Non-attack numbers (SPEC rules 8 and 10): war-wide tolls, army losses, yearly totals.
import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";

const run = (text: string, language?: "en" | "uk" | "ru") => extract({ text, published: "2024-06-05", language }).incidents;

describe("totals that are no incidents", () => {
  it("drops war-wide tolls but keeps comparisons", () => {
    expect(run("Over 9,500 civilians have died in Ukraine since the start of the full-scale war, a UN mission said.")).toEqual([]);
    const x = run("Seven people were killed in Dnipro on Tuesday, the deadliest strike on the city since the invasion began.");
    expect(x.find((i) => i.region === "UA-12")?.killed).toBe(7);
  });
  it("drops army-wide loss reports", () => {
    expect(run("The General Staff said about 1,250 enemy soldiers were killed or wounded over the past day.")).toEqual([]);
    expect(run("Генштаб повідомив, що втрати ворога за добу склали 1 180 особового складу.", "uk")).toEqual([]);
  });
  it("drops yearly totals", () => {
    expect(run("Last year Russia launched more than 20,000 drones at Ukraine, officials estimate.")).toEqual([]);
  });
});
