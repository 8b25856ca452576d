import { describe, expect, it } from "vitest";
import { csvCell, csvRow } from "@/lib/export/csv";
import { textStream } from "@/lib/export/stream";
import { parseCsv } from "./parse-csv";

describe("CSV escaping", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r\nlf", '"cr\r\nlf"'],
    ["=HYPERLINK(\"x\")", `"'=HYPERLINK(""x"")"`],
    ["+1 drone", "'+1 drone"],
    ["@cmd", "'@cmd"],
    ["-5", "-5"],
    ["- about five", "'- about five"],
    ["Київ, Харків", '"Київ, Харків"'],
  ])("%j → %j", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it("writes numbers, booleans and empties as such", () => {
    expect(csvRow([0, -3, 1.5, true, null, undefined, Number.NaN])).toBe("0,-3,1.5,true,,,\r\n");
  });

  it("round-trips awkward text through an independent reader", () => {
    const cells = ['He said: "3, maybe 4"', "line\r\nbreak", "", "tab\tinside", "Одеса"];
    expect(parseCsv(csvRow(cells))).toEqual([cells]);
  });
});

describe("textStream", () => {
  it("pulls one chunk at a time: the first bytes come before later batches are read", async () => {
    let produced = 0;
    async function* chunks() {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield `chunk ${i}\n`;
      }
    }
    const reader = textStream(chunks()).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("chunk 0\n");
    // The stream's queue holds at most one chunk ahead of the reader.
    expect(produced).toBeLessThanOrEqual(2);
    await reader.cancel();
  });

  it("stops reading the source when the download is cancelled", async () => {
    let closed = false;
    async function* chunks() {
      try {
        for (;;) yield "x";
      } finally {
        closed = true;
      }
    }
    const reader = textStream(chunks()).getReader();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
