import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs, type InputEvent } from "@/lib/services/readers";
import { decodeBuffer } from "@/lib/services/readers/decode";
import { startServer } from "./server";

let dir: string;
let srv: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sw-readers-"));
  srv = await startServer();
});
afterAll(async () => {
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function collect(args: string[], opts = {}): Promise<InputEvent[]> {
  const out: InputEvent[] = [];
  for await (const e of readInputs(args, opts)) out.push(e);
  return out;
}
function write(name: string, content: string | Buffer) {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}
const reports = (evs: InputEvent[]) => evs.filter((e) => e.kind === "report").map((e) => (e as Extract<InputEvent, { kind: "report" }>).record);
const failures = (evs: InputEvent[]) => evs.filter((e) => e.kind === "failed") as Extract<InputEvent, { kind: "failed" }>[];

describe("input kinds", () => {
  it(".txt with its .meta.json sidecar; folders are walked recursively", async () => {
    write("corpus/a.txt", "Overnight 5 killed in UA-12.");
    write("corpus/a.meta.json", JSON.stringify({ url: "https://x.test/a", publisher: "X", published: "2025-01-02", title: "A", language: "en" }));
    write("corpus/sub/b.txt", "Another report.");
    write("corpus/sub/notes.docx", "zzz");
    const evs = await collect([path.join(dir, "corpus")]);
    expect(reports(evs)).toEqual([
      { text: "Overnight 5 killed in UA-12.", url: "https://x.test/a", publisher: "X", published: "2025-01-02", title: "A", language: "en", sourceKind: "file" },
      { text: "Another report.", sourceKind: "file" },
    ]);
    expect(evs.find((e) => e.kind === "skipped")?.label).toMatch(/notes\.docx$/);
  });

  it(".html: readable text and page metadata, scripts ignored", async () => {
    const { ARTICLE_HTML } = await import("./server");
    const p = write("page.html", ARTICLE_HTML("Night attack", "Overnight 7 injured in UA-30 on 2025-03-01 by RU."));
    const [r] = reports(await collect([p]));
    expect(r.title).toBe("Night attack");
    expect(r.publisher).toBe("Local Wire");
    expect(r.published).toBe("2025-03-02T07:15:00Z");
    expect(r.text).toContain("Overnight 7 injured in UA-30 on 2025-03-01 by RU.");
    expect(r.text).not.toMatch(/tracking|Copyright|Home/);
    expect(r.language).toBe("en");
  });

  it(".json (array and single record) and .jsonl", async () => {
    const a = write("recs.json", JSON.stringify([{ url: "https://j.test/1", title: "T", publisher: "P", published: "2025-02-01", text: "One." }, { text: "" }]));
    const b = write("one.json", JSON.stringify({ text: "Single." }));
    const c = write("lines.jsonl", '{"text":"L1","url":"https://j.test/l1"}\n\nnot json\n{"text":"L3"}\n');
    const evs = await collect([a, b, c]);
    expect(reports(evs).map((r) => [r.text, r.sourceKind])).toEqual([["One.", "json"], ["Single.", "json"], ["L1", "json"], ["L3", "json"]]);
    expect(failures(evs).map((f) => [path.basename(f.label), f.reason])).toEqual([
      ["recs.json[1]", "record has no text"],
      ["lines.jsonl:3", expect.stringMatching(/not valid JSON/)],
    ]);
  });

  it("an http(s) URL, following a bounded number of redirects", async () => {
    const evs = await collect([`${srv.base}/hop`]);
    const [r] = reports(evs);
    expect(r.url).toBe(`${srv.base}/article`);
    expect(r.sourceKind).toBe("url");
    expect(r.text).toContain("6 killed in UA-63");
  });

  it("says who is fetching: a clear User-Agent", async () => {
    const [r] = reports(await collect([`${srv.base}/ua`]));
    expect(r.text).toMatch(/^The request came from Strikewatch\/\d/);
  });

  it("an RSS feed by URL: each item's link fetched, a dead link reported", async () => {
    const evs = await collect([`${srv.base}/feed.xml`]);
    const rs = reports(evs);
    expect(rs.map((r) => r.url)).toEqual([`${srv.base}/article`, `${srv.base}/article2`]);
    expect(rs.every((r) => r.sourceKind === "feed")).toBe(true);
    expect(failures(evs)).toHaveLength(1);
    expect(failures(evs)[0].reason).toBe("HTTP 404 Not Found");
  });

  it("an Atom feed file; items without links use their summary", async () => {
    const p = write("feed.atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>E1</title><link rel="alternate" href="${srv.base}/article2"/><updated>2025-03-02T12:00:00Z</updated></entry>
<entry><title>E2</title><summary>&lt;p&gt;Summary only: 2 injured in UA-18.&lt;/p&gt;</summary><published>2025-03-03T08:00:00Z</published></entry></feed>`);
    const rs = reports(await collect([p]));
    expect(rs[0].text).toContain("8 killed in UA-63");
    expect(rs[1]).toMatchObject({ text: "Summary only: 2 injured in UA-18.", publisher: "Atom wire", title: "E2", sourceKind: "feed" });
  });

  it("a Telegram export: one report per message, Kyiv time, service and text-less messages skipped", async () => {
    const evs = await collect([path.join(__dirname, "../fixtures/ingest/telegram-v1.json")], { telegramUsername: "test_channel" });
    const rs = reports(evs);
    expect(rs).toHaveLength(2);
    expect(rs[0]).toMatchObject({ text: "Overnight 12 drones_downed in UA-59 by RU.", publisher: "Test Regional Administration", url: "https://t.me/test_channel/2", sourceKey: "telegram:777001/2", sourceKind: "telegram" });
    expect((rs[0].published as Date).toISOString()).toBe("2025-03-10T06:30:00.000Z");
    expect(rs[1].text).toBe("Morning update: 3 injured in UA-59 by RU.");
    expect(rs[1].title).toBe("Morning update: 3 injured in UA-59 by RU.");
    expect(evs.find((e) => e.kind === "skipped")).toMatchObject({ count: 2 });
    // Without a username there is no public link; the key still identifies the message.
    const plain = reports(await collect([path.join(__dirname, "../fixtures/ingest/telegram-v1.json")]));
    expect(plain[0].url).toBeNull();
  });
});

describe("bad input: one clear reason each, the rest continues", () => {
  it("empty, binary, oversized and missing files", async () => {
    const empty = write("bad/empty.txt", "");
    const blank = write("bad/blank.txt", "  \n\n ");
    const bin = write("bad/image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const nul = write("bad/nul.txt", Buffer.from("abc\u0000\u0001\u0002def\u0000ghi", "latin1"));
    const big = path.join(dir, "bad/huge.txt");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    const bigJson = path.join(dir, "bad/result.json");
    fs.writeFileSync(bigJson, "");
    fs.truncateSync(bigJson, 200 * 1024 * 1024);
    const good = write("bad/good.txt", "Fine report.");
    const evs = await collect([empty, blank, bin, nul, big, bigJson, path.join(dir, "nope.txt"), good]);
    expect(failures(evs).map((f) => [path.basename(f.label), f.reason])).toEqual([
      ["empty.txt", "empty file"],
      ["blank.txt", "empty file (only whitespace)"],
      ["image.txt", "binary file (PNG), not a text report"],
      ["nul.txt", "binary file (contains NUL bytes)"],
      ["huge.txt", "file too large (50 MB; the cap for .txt files is 10 MB)"],
      ["result.json", "file too large (200 MB; the cap for .json files is 100 MB)"],
      ["nope.txt", "no such file or folder"],
    ]);
    expect(reports(evs).map((r) => r.text)).toEqual(["Fine report."]);
  });

  it("HTML full of scripts", async () => {
    const p = write("bad/app.html", `<!doctype html><html><head><title>App</title>${"<script>var a=1;</script>".repeat(40)}</head><body><div id="root"></div><script>render()</script></body></html>`);
    const [f] = failures(await collect([p]));
    expect(f.reason).toBe("no article text in the HTML (41 script elements and 0 characters of readable text)");
  });

  it("a feed that is not XML, by file and by URL", async () => {
    const p = write("bad/feed.rss", "this is not xml at all");
    const evs = await collect([p, `${srv.base}/notfeed.xml`]);
    expect(failures(evs).map((f) => f.reason)).toEqual([expect.stringMatching(/^not an XML feed \(/), expect.stringMatching(/^not an XML feed \(/)]);
  });

  it("a URL that times out, a redirect loop, an oversized response", async () => {
    const t0 = Date.now();
    const evs = await collect([`${srv.base}/slow`, `${srv.base}/loop`, `${srv.base}/big`], { fetch: { timeoutMs: 400, maxBytes: 100_000 } });
    expect(failures(evs).map((f) => [f.label.replace(srv.base, ""), f.reason])).toEqual([
      ["/slow", "timed out after 0.4 s"],
      ["/loop", "too many redirects (more than 5)"],
      ["/big", "too large (more than 100000 bytes, the cap)"],
    ]);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("malformed Telegram exports", async () => {
    const a = write("tg/notjson.json", "{ name: broken");
    const b = write("tg/shape.json", JSON.stringify({ name: "X", messages: [] }));
    const c = write("tg/noid.json", JSON.stringify({ name: "X", id: 5, messages: [{ type: "message", text: "hi" }] }));
    const d = write("tg/nodate.json", JSON.stringify({ name: "X", id: 5, messages: [{ id: 1, type: "message", text: "hi" }] }));
    const e = write("tg/notlist.json", JSON.stringify({ name: "X", id: 5, messages: "none" }));
    const evs = await collect([a, b, c, d, e]);
    expect(reports(evs)).toEqual([]);
    expect(failures(evs).map((f) => f.reason)).toEqual([
      expect.stringMatching(/^not valid JSON/),
      "not a Telegram export (no channel id)",
      "not a Telegram export (a message without an id)",
      "message 1: no usable date_unixtime",
      "not a Telegram export (no messages array)",
    ]);
  });
});

describe("decoding", () => {
  const uk = "Вночі ворог атакував Харків ударними дронами, загинули двоє людей, ще п'ятеро поранені.";
  const ru = "В ночь на среду средства ПВО уничтожили двадцать беспилотников над Белгородской областью.";
  const en = "Café owners in Kyiv said the “strike” damaged façades – naïve hopes of calm faded.";
  it("UTF-8 with and without BOM, UTF-16 LE/BE with BOM, UTF-16 LE without", () => {
    expect(decodeBuffer(Buffer.from(uk)).text).toBe(uk);
    expect(decodeBuffer(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(uk)])).text).toBe(uk);
    expect(decodeBuffer(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(uk, "utf16le")])).text).toBe(uk);
    expect(decodeBuffer(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(en, "utf16be")])).text).toBe(en);
    expect(decodeBuffer(iconv.encode(en, "utf16le"))).toEqual({ text: en, encoding: "utf16le" });
  });
  it("Windows-1251, KOI8-R and Windows-1252", () => {
    expect(decodeBuffer(iconv.encode(uk, "win1251"))).toEqual({ text: uk, encoding: "windows-1251" });
    expect(decodeBuffer(iconv.encode(ru, "win1251"))).toEqual({ text: ru, encoding: "windows-1251" });
    expect(decodeBuffer(iconv.encode(ru, "koi8-r"))).toEqual({ text: ru, encoding: "koi8-r" });
    expect(decodeBuffer(iconv.encode(en, "win1252"))).toEqual({ text: en, encoding: "windows-1252" });
  });
  it("refuses an encoding it cannot identify", () => {
    const sjis = iconv.encode("東京で会議が開かれ、代表団が到着した。", "shift_jis");
    expect(() => decodeBuffer(sjis)).toThrow(/not UTF-8, and the encoding is not one we decode .*re-save it as UTF-8/);
  });
});
