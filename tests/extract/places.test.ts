import { describe, expect, it } from "vitest";
import { tokenize } from "../../lib/extract/text";
import { findMentions } from "../../lib/extract/places";
import { LEXICONS } from "../../lib/extract/lexicon";
import { REGIONS, extract, placeCoordinates, regionName } from "../../lib/extract";
import type { Language } from "../../lib/extract/types";

const places = (s: string, lang: Language = "en") =>
  findMentions(tokenize(s, 0), LEXICONS[lang]).filter((m) => m.kind !== "national").map((m) => [m.region, m.place]);

describe("places", () => {
  it("tells Kyiv city from Kyiv oblast and Moscow city from Moscow oblast", () => {
    expect(places("Explosions in Kyiv")).toEqual([["UA-30", "Kyiv"]]);
    expect(places("Explosions in the Kyiv region")).toEqual([["UA-32", null]]);
    expect(places("Drones over Moscow")).toEqual([["RU-MOW", "Moscow"]]);
    expect(places("Drones over the Moscow region")).toEqual([["RU-MOS", null]]);
  });
  it("maps news spellings to official names and towns to their regions", () => {
    expect(places("Shelling of Kharkov and Odessa")).toEqual([["UA-63", "Kharkiv"], ["UA-51", "Odesa"]]);
    expect(places("A strike on Krivoy Rog")).toEqual([["UA-12", "Kryvyi Rih"]]);
    expect(places("a blast in Pavlohrad")).toEqual([["UA-12", "Pavlohrad"]]);
    expect(places("the Ukrainian capital")).toEqual([["UA-30", "Kyiv"]]);
    expect(places("occupied Crimea and Sevastopol")).toEqual([["UA-43", null], ["UA-40", "Sevastopol"]]);
  });
  it("reads a list of names followed by 'regions' as regions", () => {
    expect(places("the regions of Odesa, Kharkiv and Kyiv")).toEqual([["UA-51", null], ["UA-63", null], ["UA-32", null]]);
  });
  it("does not take people, or a capital standing for its government, for places", () => {
    expect(places("Vladimir Putin said")).toEqual([]);
    expect(places("Moscow says the talks failed")).toEqual([]);
    expect(places("Kyiv's large-scale incursion continued")).toEqual([]);
    expect(places("Kyiv's mayor said")).toEqual([["UA-30", "Kyiv"]]);
  });
  it("finds Cyrillic places in any grammatical case", () => {
    expect(places("вибухи у Харкові", "uk")).toEqual([["UA-63", "Kharkiv"]]);
    expect(places("атака на Харківщину", "uk")).toEqual([["UA-63", null]]);
    expect(places("влучання у Кривому Розі", "uk")).toEqual([["UA-12", "Kryvyi Rih"]]);
    expect(places("над территорией Белгородской области", "ru")).toEqual([["RU-BEL", null]]);
    expect(places("обстрел Курска", "ru")).toEqual([["RU-KRS", "Kursk"]]);
  });
  it("exports region names, the region list and coordinates", () => {
    expect(regionName("UA-32")).toBe("Kyiv Oblast");
    expect(REGIONS.find((r) => r.code === "RU-BEL")).toEqual({ code: "RU-BEL", name: "Belgorod", country: "RU" });
    expect(REGIONS.filter((r) => r.country === "UA")).toHaveLength(27);
    const c = placeCoordinates("Kharkiv", "UA-63");
    expect(c && Math.round(c.lat)).toBe(50);
    expect(placeCoordinates("Kiev")?.region).toBe("UA-30");
  });
});

describe("launch origins", () => {
  it("treats every place of a 'from the directions' list as an origin", () => {
    const x = extract({ text: "Overnight the enemy attacked with 60 drones launched from the directions: Oryol, Kursk and Millerovo; 50 were shot down.", published: "2024-06-05" });
    expect(x.incidents.map((i) => i.region)).toEqual([null]);
    const y = extract({ text: "Вночі ворог атакував 40 ударними БпЛА з напрямків: Орел, Курськ, Міллерово.", published: "2024-06-05", language: "uk" });
    expect(y.incidents.map((i) => i.region)).toEqual([null]);
  });
});

describe("ambiguous settlement names", () => {
  it("puts a village in the region the sentence names, not in a namesake town's region", () => {
    const x = extract({ text: "In the Kursk region, a drone struck a tractor near the village of Murom, wounding its driver.", published: "2024-06-05" });
    expect(x.incidents.map((i) => i.region)).toEqual(["RU-KRS"]);
  });
});

describe("city districts and city administrations", () => {
  const run = (text: string) => extract({ text, published: "2024-06-05", language: "uk" }).incidents;
  it("keeps a district of the city in context in that city", () => {
    const x = run("Вночі ворог атакував Київ дронами. Уламки впали в Оболонському та Дніпровському районах, поранено трьох людей.");
    expect(x.map((i) => i.region)).toEqual(["UA-30"]);
    expect(x[0]?.injured).toBe(3);
  });
  it("reads 'Київська міська' as Kyiv city", () => {
    const x = run("Вночі ракета влучила в будинок, загинули двоє людей, повідомили в Київській міській військовій адміністрації.");
    expect(x.map((i) => i.region)).toEqual(["UA-30"]);
  });
});

describe("ambiguous names across the report", () => {
  it("reads an ambiguous town in the region the report names elsewhere", () => {
    const x = extract({ text: "A drone attack on Zolochiv injured two people on Tuesday. Several border villages of Kharkiv region came under shelling.", published: "2024-06-05" });
    expect(x.incidents.find((i) => i.injured === 2)?.region).toBe("UA-63");
  });
});
