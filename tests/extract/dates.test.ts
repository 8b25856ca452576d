import { describe, expect, it } from "vitest";
import { tokenize } from "../../lib/extract/text";
import { findDateCues, resolveCue } from "../../lib/extract/dates";
import { LEXICONS } from "../../lib/extract/lexicon";
import { extract } from "../../lib/extract";
import type { Language } from "../../lib/extract/types";

// 2024-06-05 is a Wednesday.
const PUB = "2024-06-05";
const dates = (s: string, lang: Language = "en", pub = PUB) =>
  [...new Set(findDateCues(tokenize(s, 0), s, 0, LEXICONS[lang], pub).filter((c) => !c.report).map((c) => resolveCue(c, pub, null)))];

describe("dates", () => {
  it("resolves weekdays and relative words against the published day", () => {
    expect(dates("The strike on Monday hit a depot")).toEqual(["2024-06-03"]);
    expect(dates("Drones struck on Wednesday morning")).toEqual(["2024-06-05"]);
    expect(dates("Shelling yesterday damaged a school")).toEqual(["2024-06-04"]);
    expect(dates("The city was attacked overnight")).toEqual(["2024-06-05"]);
  });
  it("takes the morning after for a night named by its evening", () => {
    expect(dates("drones launched overnight Tuesday")).toEqual(["2024-06-05"]);
    expect(dates("the attack overnight into Wednesday")).toEqual(["2024-06-05"]);
  });
  it("dates 'Monday night' by the morning after", () => {
    expect(dates("drones attacked on Monday night")).toEqual(["2024-06-04"]);
  });
  it("reads explicit dates, with the year from the published date when missing", () => {
    expect(dates("On 17 December 2023, a bomb went off")).toEqual(["2023-12-17"]);
    expect(dates("on the evening of 25 May, rockets fell")).toEqual(["2024-05-25"]);
    expect(dates("the raid of October 3 was worse")).toEqual(["2023-10-03"]);
  });
  it("treats update stamps as report times, not attack days", () => {
    expect(dates("Update 9:15 a.m. June 5: officials said the toll rose")).toEqual([]);
  });
  it("reads Ukrainian and Russian cues", () => {
    expect(dates("у ніч на 4 червня дрони атакували", "uk")).toEqual(["2024-06-04"]);
    expect(dates("в ніч з понеділка на вівторок", "uk")).toEqual(["2024-06-04"]);
    expect(dates("вчора ввечері", "uk")).toEqual(["2024-06-04"]);
    expect(dates("в ночь на среду сбиты", "ru")).toEqual(["2024-06-05"]);
    expect(dates("сегодня утром", "ru")).toEqual(["2024-06-05"]);
    expect(dates("Днем 1 июня", "ru")).toEqual(["2024-06-01"]);
  });
  it("takes the dateline when no published date is given", () => {
    expect(extract({ text: "09:15, 4 липня 2025\nУ Полтаві поранені двоє людей." }).incidents[0]?.date).toBe("2025-07-04");
  });
});

describe("start times", () => {
  it("dates a night wave by its night, not by the bracketed start time", () => {
    const a = extract({ text: "On the night of 8 May (from 19:00 on 7 May), the enemy attacked with 55 drones; 40 were shot down.", published: "2024-05-08" });
    expect(a.incidents.map((i) => i.date)).toEqual(["2024-05-08"]);
    const b = extract({ text: "У ніч на 8 травня (з 19:00 7 травня) ворог атакував 55 ударними БпЛА.", published: "2024-05-08", language: "uk" });
    expect(b.incidents.map((i) => i.date)).toEqual(["2024-05-08"]);
    const c = extract({ text: "В ночь на 8 мая (с 20:00 мск 7 мая) дежурные средства ПВО уничтожили 14 беспилотников.", published: "2024-05-08", language: "ru" });
    expect(c.incidents.map((i) => i.date)).toEqual(["2024-05-08"]);
  });
});

describe("live pages", () => {
  it("dates entries by the stamp above them", () => {
    const text = "Wed 5 Jun 2024 09.10 GMT\n\nTwo people were injured in a drone strike on Sumy, the governor said.\n\nTue 4 Jun 2024 18.40 GMT\n\nA missile hit a warehouse in Odesa, injuring three workers.";
    const x = extract({ text, published: "2024-06-05" }).incidents;
    expect(x.find((i) => i.region === "UA-59")?.date).toBe("2024-06-05");
    expect(x.find((i) => i.region === "UA-51")?.date).toBe("2024-06-04");
  });
  it("dates a recap by its header until the next stamp", () => {
    const text = "Posted at 09:30\nHere is what happened on Tuesday:\nDrones hit a depot in Voronezh region, injuring two people.\nPosted at 08:05\nA drone struck a house in Kharkiv, injuring a woman.";
    const x = extract({ text, published: "2024-06-05" }).incidents;
    expect(x.find((i) => i.region === "RU-VOR")?.date).toBe("2024-06-04");
    expect(x.find((i) => i.region === "UA-63")?.date).toBe("2024-06-05");
  });
});

describe("waves spanning two days", () => {
  it("takes the later day of 'between Sunday evening and Monday morning'", () => {
    const x = extract({ text: "Russia's defence ministry said it destroyed 80 Ukrainian drones over Russian regions between Sunday evening and Monday morning.", published: "2024-06-04" });
    expect(x.incidents[0]?.date).toBe("2024-06-03");
  });
});

describe("live page entries with their own day", () => {
  it("lets an undated sentence follow the dated sentence before it, not the stamp", () => {
    const text = "Wed 5 Jun 2024 07.30 GMT\n\nA recap:\nRussia's attack on Ukraine on Tuesday morning involved 40 drones, officials said. Four people were killed across the country.";
    const x = extract({ text, published: "2024-06-05" }).incidents;
    expect(x.find((i) => i.region === null)).toMatchObject({ date: "2024-06-04", killed: 4 });
  });
});
