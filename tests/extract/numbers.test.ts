import { describe, expect, it } from "vitest";
import { tokenize } from "../../lib/extract/text";
import { findFigures } from "../../lib/extract/figures";
import { compiled, LEXICONS } from "../../lib/extract/lexicon";
import type { Language } from "../../lib/extract/types";
import { extract } from "../../lib/extract";

const figures = (s: string, lang: Language = "en") =>
  findFigures(tokenize(s, 0), compiled(LEXICONS[lang]), () => false).map((f) => [f.value, f.qual]);

describe("numbers", () => {
  it("reads digits with separators and number words", () => {
    expect(figures("Officials counted 1,250 shells and twenty-three craters")).toEqual([[1250, "exact"], [23, "exact"]]);
    expect(figures("a dozen rockets and two dozen drones")).toEqual([[12, "exact"], [24, "exact"]]);
    expect(figures("one hundred and five sirens")).toEqual([[105, "exact"]]);
  });
  it("keeps qualifiers", () => {
    expect(figures("at least 14 and more than 120, nearly 20, up to 30 and about 60")).toEqual([
      [14, "at_least"], [120, "more_than"], [20, "about"], [30, "up_to"], [60, "about"]]);
  });
  it("ignores times, years and ages", () => {
    expect(figures("At 11:40 in 2024 the man, both 34, was seen")).toEqual([]);
    expect(figures("Olena Petrenko, 52, said the sirens started")).toEqual([]);
  });
  it("ignores list numbers and percentages", () => {
    expect(figures("3. Air defence shot down drones over the city")).toEqual([]);
    expect(figures("about 70% of the attackers")).toEqual([]);
  });
  it("skips negated amounts", () => {
    expect(figures("no one was hurt")).toEqual([]);
  });
  it("reads Ukrainian number words in any case", () => {
    expect(figures("загинули двоє, поранено п'ятеро, серед них двадцять одного", "uk").map((f) => f[0])).toEqual([2, 5, 21]);
    expect(figures("сто двадцять дронів і щонайменше трьох людей", "uk")).toEqual([[120, "exact"], [3, "at_least"]]);
  });
  it("reads Russian number words in any case", () => {
    expect(figures("погибли восемь человек, более двадцати четырех ранены", "ru")).toEqual([[8, "exact"], [24, "more_than"]]);
    expect(figures("сбиты по одному над двумя областями", "ru").map((f) => f[0])).toEqual([1, 2]);
  });
});

describe("parts of a count", () => {
  it("reads 'N of the M' with number words, the verb after M giving the role", () => {
    const x = extract({ text: "Russia fired 9 missiles at Ukraine overnight. Seven of the nine missiles were intercepted, the air force said.", published: "2024-06-05" });
    expect(x.incidents[0]).toMatchObject({ missiles_launched: 9, missiles_downed: 7 });
    const y = extract({ text: "Air defences destroyed three out of five missiles over Ukraine overnight.", published: "2024-06-05" });
    expect(y.incidents[0]).toMatchObject({ missiles_launched: 5, missiles_downed: 3 });
  });
});

describe("summed weapon counts", () => {
  it("adds coordinated figures for different missile types", () => {
    const x = extract({ text: "Overnight Russia launched three Kinzhal missiles and 20 Kalibr cruise missiles at Ukraine.", published: "2024-06-05" });
    expect(x.incidents[0]?.missiles_launched).toBe(23);
  });
  it("takes the role of the verb after 'N of the M'", () => {
    const x = extract({ text: "The air force said 50 of the drones were downed or jammed, and 9 of the 11 missiles were destroyed.", published: "2024-06-05" });
    expect(x.incidents[0]?.missiles_downed).toBe(9);
  });
});
