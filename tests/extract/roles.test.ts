import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";
import type { Incident } from "../../lib/extract/types";

const PUB = "2024-06-05"; // a Wednesday
const run = (text: string, language?: "en" | "uk" | "ru") => extract({ text, published: PUB, language });
const counts = (i: Incident | undefined) => i && {
  dl: i.drones_launched, dd: i.drones_downed, ml: i.missiles_launched, md: i.missiles_downed, k: i.killed, inj: i.injured };
const find = (incs: Incident[], region: string | null) => incs.find((i) => i.region === region);

describe("roles", () => {
  it("separates launched from shot down, drones from missiles", () => {
    const x = run("Russia launched 40 drones and 3 missiles at Ukraine overnight; air defences shot down 35 drones and two missiles.");
    expect(counts(find(x.incidents, null))).toEqual({ dl: 40, dd: 35, ml: 3, md: 2, k: null, inj: null });
    expect(find(x.incidents, null)?.attacker).toBe("RU");
  });
  it("prefers a calendar date to 'overnight' in the same sentence", () => {
    const x = run("Russia launched 50 drones at Ukraine overnight on May 30, the air force said.");
    expect(x.incidents[0]?.date).toBe("2024-05-30");
  });
  it("reads 'N out of M' and 'all N'", () => {
    const a = run("Air defence destroyed 20 out of 25 attack drones overnight.");
    expect(counts(find(a.incidents, null))).toMatchObject({ dl: 25, dd: 20 });
    const b = run("All 9 enemy drones were shot down overnight, the air force said.");
    expect(counts(find(b.incidents, null))).toMatchObject({ dl: 9, dd: 9 });
  });
  it("does not add drones lost to jamming to the downed count", () => {
    const x = run("The air force said 30 drones were shot down and 12 were locationally lost overnight.");
    expect(find(x.incidents, null)?.drones_downed).toBe(30);
  });
  it("separates killed from injured and sums victims described separately", () => {
    const x = run("A Russian missile hit Poltava on Monday, killing 4 people and injuring 19.");
    expect(counts(find(x.incidents, "UA-53"))).toEqual({ dl: null, dd: null, ml: 1, md: null, k: 4, inj: 19 });
    const y = run("In Sumy a woman and three others were injured by a drone on Tuesday.");
    expect(find(y.incidents, "UA-59")?.injured).toBe(4);
    const z = run("In Sumy his wife and two children were killed when a drone struck the house on Tuesday.");
    expect(find(z.incidents, "UA-59")?.killed).toBe(3);
  });
  it("takes the highest of a rising toll", () => {
    const x = run("Two people were killed in Odesa overnight. Later the death toll rose to five.");
    expect(find(x.incidents, "UA-51")?.killed).toBe(5);
  });
  it("gives no number for vague amounts and for 'no casualties'", () => {
    const x = run("Dozens of drones attacked Kherson overnight; several people were injured. No casualties were reported in Mykolaiv.");
    expect(counts(find(x.incidents, "UA-65"))).toEqual({ dl: null, dd: null, ml: null, md: null, k: null, inj: null });
  });
  it("puts a defence ministry claim on the Russian region with Ukraine as attacker", () => {
    const x = run("Russia's defence ministry said it destroyed 17 Ukrainian drones over the Bryansk region overnight.");
    const i = find(x.incidents, "RU-BRY");
    expect(i?.country).toBe("RU");
    expect(i?.attacker).toBe("UA");
    expect(i?.drones_downed).toBe(17);
  });
  it("keeps multi-region figures country-wide and names each region", () => {
    const x = run("Air defence shot down 16 drones over the Sumy, Poltava and Cherkasy regions overnight.");
    expect(find(x.incidents, null)?.drones_downed).toBe(16);
    for (const r of ["UA-59", "UA-53", "UA-71"]) expect(counts(find(x.incidents, r))).toMatchObject({ dd: null });
  });
  it("reads Ukrainian and Russian reports with the same rules", () => {
    const uk = run("Вночі ворог атакував Україну 25 ударними БпЛА. Сили ППО збили 20 з них. У Житомирі поранені двоє людей.", "uk");
    expect(counts(find(uk.incidents, null))).toMatchObject({ dl: 25, dd: 20 });
    expect(find(uk.incidents, "UA-18")?.injured).toBe(2);
    const ru = run("Минобороны сообщило, что над Курской областью сбиты 11 украинских беспилотников.", "ru");
    expect(find(ru.incidents, "RU-KRS")).toMatchObject({ country: "RU", attacker: "UA", drones_downed: 11 });
  });
  it("counts one weapon described alone, in languages without an article too", () => {
    expect(find(run("A drone struck a warehouse in Lutsk on Monday.").incidents, "UA-07")?.drones_launched).toBe(1);
    expect(find(run("Вранці ракета влучила в будинок у Черкасах.", "uk").incidents, "UA-71")?.missiles_launched).toBe(1);
  });
  it("keeps background given only a month out (SPEC rule 8)", () => {
    expect(run("In March 2023 a missile hit a school in Uman, killing 5.").incidents).toEqual([]);
  });
  it("reads per-region list lines under a national tally", () => {
    const x = run("ПВО уничтожили 30 украинских беспилотников:\nнад территорией Брянской области — 18 БПЛА,\nнад территорией Курской области — 12 БПЛА.", "ru");
    expect(find(x.incidents, null)?.drones_downed).toBe(30);
    expect(find(x.incidents, "RU-BRY")?.drones_downed).toBe(18);
    expect(find(x.incidents, "RU-KRS")?.drones_downed).toBe(12);
    const y = run("Air defence destroyed 9 drones overnight: 5 over the Kharkiv region, 3 over the Sumy region and one over Poltava.");
    expect([find(y.incidents, "UA-63")?.drones_downed, find(y.incidents, "UA-59")?.drones_downed, find(y.incidents, "UA-53")?.drones_downed]).toEqual([5, 3, 1]);
  });
  it("gives nothing for a report without attacks", () => {
    expect(run("The two presidents met in Geneva on Monday and discussed a ceasefire.").incidents).toEqual([]);
    expect(run("Drone makers in Lviv are expanding production, and the mayor visited Kharkiv to discuss air defence.").incidents).toEqual([]);
    expect(run("Security services in Kursk arrested a man suspected of plotting an arson attack.").incidents).toEqual([]);
  });
});

describe("single weapons and victims in Ukrainian and Russian", () => {
  const inc = (text: string, language: "uk" | "ru") => extract({ text, published: PUB, language }).incidents;
  it("counts one drone that hit (SPEC rule 6), in any form", () => {
    expect(inc("Ворожий дрон влучив у склад у Конотопі.", "uk")[0]).toMatchObject({ region: "UA-59", drones_launched: 1 });
    expect(inc("Внаслідок удару FPV-дрона по маршрутці в Херсоні поранено водія.", "uk")[0]).toMatchObject({ drones_launched: 1 });
  });
  it("reads a locative with a changed consonant ('у Шостці')", () => {
    expect(inc("Увечері дрон влучив у гараж у Шостці.", "uk")[0]?.region).toBe("UA-59");
  });
  it("counts one civilian", () => {
    expect(inc("В Курске погиб мирный житель.", "ru")[0]).toMatchObject({ region: "RU-KRS", killed: 1 });
  });
});

describe("victims in different settlements", () => {
  it("adds casualties of one region named in different towns, but not a revised toll", () => {
    const x = extract({ text: "In Sumy region, a drone hit a car in Konotop, injuring two men. Later, shelling of Shostka wounded a woman and two teenagers.", published: PUB });
    expect(x.incidents.find((i) => i.region === "UA-59")?.injured).toBe(5);
    const y = extract({ text: "A missile hit Konotop, injuring two people. Later the number of injured in Konotop rose to five.", published: PUB });
    expect(y.incidents.find((i) => i.region === "UA-59")?.injured).toBe(5);
  });
});
