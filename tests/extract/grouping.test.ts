// The contract the ingest service relies on, checked on every dev and seed report:
// each claim's (date, country, region, attacker) is the key of exactly one incident, and each
// count on an incident is the maximum of its claims for that field.
import { describe, expect, it } from "vitest";
import { extract, COUNT_FIELDS } from "../../lib/extract";
import { loadReports } from "./helpers";

const sets = ["eval/dev", "eval/dev-uk-ru", "seeds"].map((rel) => [rel, loadReports(rel)] as const);

describe("grouping invariant", () => {
  for (const [rel, reports] of sets) {
    it.skipIf(!reports)(`holds on ${rel}${reports ? "" : " (skipped: ../shared/" + rel + " is absent)"}`, () => {
      for (const r of reports!) {
        const x = extract({ text: r.text, ...r.meta });
        const key = (o: { date: string; country: string; region: string | null; attacker: string | null }) => `${o.date}|${o.country}|${o.region}|${o.attacker}`;
        const byKey = new Map<string, number>();
        for (const i of x.incidents) byKey.set(key(i), (byKey.get(key(i)) ?? 0) + 1);
        for (const n of byKey.values()) expect(n, r.name).toBe(1);
        for (const c of x.claims) {
          expect(byKey.get(key(c)), `${r.name}: claim without incident`).toBe(1);
          expect(c.start).toBeGreaterThanOrEqual(c.sentenceStart);
          expect(c.end).toBeLessThanOrEqual(c.sentenceEnd);
          expect(r.text.slice(c.start, c.end).length).toBeGreaterThan(0);
          expect(r.text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
          if (c.field === "event") expect(c.value).toBeNull();
        }
        for (const i of x.incidents) {
          const mine = x.claims.filter((c) => key(c) === key(i));
          for (const f of COUNT_FIELDS) {
            const vals = mine.filter((c) => c.field === f).map((c) => c.value!);
            expect(i[f], `${r.name} ${key(i)} ${f}`).toBe(vals.length ? Math.max(...vals) : null);
          }
        }
      }
    });
  }
  it("groups claims of one day and region into one incident", () => {
    const x = extract({ text: "A drone hit Kharkiv overnight, injuring 3. Later two more people were injured in Kharkiv.", published: "2024-06-05" });
    expect(x.incidents.filter((i) => i.region === "UA-63")).toHaveLength(1);
  });
});

describe("figure levels", () => {
  const run = (text: string, language?: "en" | "uk" | "ru") => extract({ text, published: "2024-06-05", language }).incidents;
  it("puts a figure for several regions together on the country-wide incident", () => {
    const x = run("Russia's defence ministry said its air defences destroyed 33 Ukrainian drones over four regions overnight.");
    expect(x.map((i) => [i.region, i.drones_downed])).toEqual([[null, 33]]);
  });
  it("puts the national count of a headline on the country, not on a region named after it", () => {
    const x = run("Russia hits Ukraine with 90 drones overnight, two hurt in Poltava region");
    expect(x.find((i) => i.region === null)?.drones_launched).toBe(90);
    expect(x.find((i) => i.region === "UA-53")?.drones_launched ?? null).toBeNull();
  });
  it("reads 'over the region' in any case as the region in context", () => {
    const x = run("Вночі дрони атакували Полтавщину. Над областю сили ППО знищили сім БпЛА.", "uk");
    expect(x.find((i) => i.region === "UA-53")?.drones_downed).toBe(7);
  });
});

describe("regions named together", () => {
  const run = (text: string) => extract({ text, published: "2024-06-05" }).incidents;
  it("gives every region where drones were brought down its own count-less incident", () => {
    const x = run("Russia said 40 Ukrainian drones were downed overnight. The rest were brought down over the Lipetsk, Tambov and Penza regions.");
    expect(x.map((i) => i.region).sort()).toEqual([null, "RU-LIP", "RU-PNZ", "RU-TAM"].sort());
  });
  it("does not give a national figure to a place in the next clause", () => {
    const x = run("Russia says it downed 52 Ukrainian drones; a drone hit a warehouse in Lipetsk region");
    expect(x.find((i) => i.region === null)?.drones_downed).toBe(52);
    expect(x.find((i) => i.region === "RU-LIP")).toMatchObject({ drones_downed: null, drones_launched: 1 });
  });
});

describe("coordinated national figures", () => {
  it("keeps a figure coordinated with a country-wide one on the country", () => {
    const x = extract({ text: "Russia hits Ukraine with 70 drones and four missiles, one hurt in Sumy region", published: "2024-06-05" }).incidents;
    expect(x.find((i) => i.region === null)).toMatchObject({ drones_launched: 70, missiles_launched: 4 });
    expect(x.find((i) => i.region === "UA-59")?.missiles_launched ?? null).toBeNull();
  });
});
