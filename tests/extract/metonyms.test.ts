// Capitals used for their governments are not strike places; generic "the capital" follows the sentence.
import { describe, expect, it } from "vitest";
import { extract } from "../../lib/extract";

const PUB = "2024-06-05";
const regions = (text: string, language?: "en" | "uk" | "ru") => extract({ text, published: PUB, language }).incidents.map((i) => i.region);

describe("metonyms", () => {
  it("drops a capital that is the subject of a verb of saying or acting", () => {
    expect(regions("Moscow has repeatedly denied hitting civilian targets, but drones struck Sumy on Tuesday.")).not.toContain("RU-MOW");
    expect(regions("Kyiv has not commented on the reported drone attack on a refinery in Ryazan region.")).not.toContain("UA-30");
    expect(regions("Moscow traditionally accuses Kyiv of terror after drone attacks on Belgorod.")).toEqual(["RU-BEL"]);
  });
  it("drops Cyrillic capitals used for the government", () => {
    expect(regions("У Москві заявили, що удар по Сумах був по військовому об'єкту.", "uk")).not.toContain("RU-MOW");
    expect(regions("В Москве назвали атаку на Курск терактом.", "ru")).not.toContain("RU-MOW");
  });
  it("keeps a capital that was attacked", () => {
    expect(regions("Moscow was attacked by drones overnight, the mayor said.")).toContain("RU-MOW");
    expect(regions("A drone attack on Kyiv injured two people on Tuesday.")).toContain("UA-30");
  });
  it("reads 'the capital' as the capital of the sentence's country", () => {
    expect(regions("Moscow's mayor said two drones were shot down on approach to the capital overnight.")).toEqual(["RU-MOW"]);
  });
});
