import { describe, expect, it } from "vitest";
import { quoteParts, segment } from "@/lib/queries/highlight";

describe("segment", () => {
  const text = "Air defence downed 41 of 50 drones.";
  it("splits around spans in order", () => {
    const parts = segment(text, [
      { start: 25, end: 27, data: "launched" },
      { start: 19, end: 21, data: "downed" },
    ]);
    expect(parts.map((p) => [p.text, p.span?.data ?? null])).toEqual([
      ["Air defence downed ", null],
      ["41", "downed"],
      [" of ", null],
      ["50", "launched"],
      [" drones.", null],
    ]);
  });
  it("drops overlapping, empty and out-of-range spans", () => {
    const parts = segment(text, [
      { start: 19, end: 21, data: 1 },
      { start: 20, end: 22, data: 2 },
      { start: 5, end: 5, data: 3 },
      { start: 30, end: 99, data: 4 },
    ]);
    expect(parts.filter((p) => p.span).map((p) => p.span!.data)).toEqual([1]);
    expect(parts.map((p) => p.text).join("")).toBe(text);
  });
  it("keeps markup as text", () => {
    const parts = segment("<script>x</script> 3 killed", [{ start: 19, end: 20, data: 0 }]);
    expect(parts[0].text).toBe("<script>x</script> ");
  });
});

describe("quoteParts", () => {
  it("uses offsets relative to the sentence", () => {
    expect(quoteParts({ sentence: "Two people were killed, 5 injured.", sentenceStart: 100, start: 124, end: 125 })).toEqual({
      before: "Two people were killed, ",
      figure: "5",
      after: " injured.",
    });
  });
  it("falls back to the value's digits when offsets do not fit", () => {
    expect(quoteParts({ sentence: "They launched 120 drones.", sentenceStart: 0, start: 500, end: 503, value: 120 }).figure).toBe("120");
  });
  it("returns the plain sentence when the figure cannot be found", () => {
    expect(quoteParts({ sentence: "Two were killed.", sentenceStart: 0, start: 90, end: 93, value: 2 })).toEqual({ before: "Two were killed.", figure: null, after: "" });
  });
});
