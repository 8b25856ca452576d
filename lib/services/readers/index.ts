// Inputs -> reports. Paths (files, folders walked recursively), http(s) URLs
// and uploaded buffers all become a stream of events: a report to ingest, a
// failure with its reason, or a skip. One bad input never stops the rest.
//
// Size caps (bytes read before refusing):
//   - a report file (.txt, .html, other text): 10 MB — real reports are KBs,
//     a bigger "report" is a dump or a mistake;
//   - a .json file (record list or Telegram export): 100 MB, parsed whole;
//   - .jsonl / .ndjson: streamed line by line, no file cap; 10 MB per line.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { IngestError } from "../errors";
import type { ReportRecord, SourceKind } from "../ingest";
import { decodeBuffer } from "./decode";
import { fetchText, type FetchOptions } from "./fetch";
import { looksLikeFeed, parseFeed } from "./feed";
import { readHtml } from "./html";
import { isTelegramExport, parseTelegramExport } from "./telegram";

export const MAX_REPORT_BYTES = 10 * 1024 * 1024;
export const MAX_JSON_BYTES = 100 * 1024 * 1024;
export const MAX_LINE_BYTES = 10 * 1024 * 1024;

export type InputEvent =
  | { kind: "report"; label: string; record: ReportRecord }
  | { kind: "failed"; label: string; reason: string }
  | { kind: "skipped"; label: string; reason: string; count: number };

export interface ReadOptions {
  fetch?: FetchOptions;
  /** Overrides the kind recorded on every article ("demo" for the demo corpus). */
  sourceKind?: SourceKind;
  telegramUsername?: string | null;
}

const REPORT_EXT = new Set([".txt", ".text", ".md", ".html", ".htm", ".xhtml"]);
const FEED_EXT = new Set([".xml", ".rss", ".atom"]);
const JSON_EXT = new Set([".json"]);
const JSONL_EXT = new Set([".jsonl", ".ndjson"]);
const SIDECAR = /\.(meta|gold)\.json$/i;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const reason = (err: unknown) => (err instanceof IngestError ? err.message : `unexpected error: ${(err as Error)?.message ?? err}`);

export async function* readInputs(args: string[], opts: ReadOptions = {}): AsyncGenerator<InputEvent> {
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) yield* readUrl(arg, opts);
    else yield* readPath(arg, opts, true);
  }
}

async function* readPath(p: string, opts: ReadOptions, explicit: boolean): AsyncGenerator<InputEvent> {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    yield { kind: "failed", label: p, reason: "no such file or folder" };
    return;
  }
  if (st.isDirectory()) {
    // Sorted so that a folder ingests in the same order on every machine.
    const entries = fs.readdirSync(p).filter((n) => !n.startsWith(".")).sort();
    for (const name of entries) yield* readPath(path.join(p, name), opts, false);
    return;
  }
  const ext = path.extname(p).toLowerCase();
  if (SIDECAR.test(p)) {
    if (explicit) yield { kind: "skipped", label: p, reason: "metadata sidecar, read with its report", count: 1 };
    return;
  }
  const known = REPORT_EXT.has(ext) || FEED_EXT.has(ext) || JSON_EXT.has(ext) || JSONL_EXT.has(ext);
  if (!known && !explicit) {
    yield { kind: "skipped", label: p, reason: `not a report format (${ext || "no extension"})`, count: 1 };
    return;
  }
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(p, opts);
    return;
  }
  const cap = JSON_EXT.has(ext) ? MAX_JSON_BYTES : MAX_REPORT_BYTES;
  if (st.size > cap) {
    yield { kind: "failed", label: p, reason: `file too large (${mb(st.size)}; the cap for ${ext || "this kind"} files is ${mb(cap)})` };
    return;
  }
  let meta: Partial<ReportRecord> = {};
  try {
    meta = readSidecar(p);
  } catch (err) {
    yield { kind: "failed", label: p, reason: reason(err) };
    return;
  }
  yield* readBuffer(p, fs.readFileSync(p), opts, meta);
}

/** NAME.meta.json beside NAME.txt / NAME.html (the ../shared/eval format). */
function readSidecar(file: string): Partial<ReportRecord> {
  const side = file.replace(/\.[^./\\]+$/, "") + ".meta.json";
  if (side === file || !fs.existsSync(side)) return {};
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(fs.readFileSync(side, "utf8"));
  } catch (err) {
    throw new IngestError(`unreadable sidecar ${path.basename(side)}: ${(err as Error).message}`);
  }
  if (!m || typeof m !== "object" || Array.isArray(m)) throw new IngestError(`sidecar ${path.basename(side)} is not a JSON object`);
  return recordFields(m);
}

const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

/** The metadata fields of a record or sidecar object ({url, title, publisher, published, language, sourceKey}). */
export function recordFields(m: Record<string, unknown>): Partial<ReportRecord> {
  const lang = str(m.language);
  const out: Partial<ReportRecord> = {};
  if ("url" in m) out.url = str(m.url);
  if ("title" in m) out.title = str(m.title);
  if ("publisher" in m) out.publisher = str(m.publisher);
  if ("published" in m) out.published = typeof m.published === "number" ? m.published : str(m.published);
  if (lang === "en" || lang === "uk" || lang === "ru") out.language = lang;
  if ("sourceKey" in m) out.sourceKey = str(m.sourceKey);
  return out;
}

/** Any one file's bytes (from disk or an upload) by its name's extension, then by content. */
export async function* readBuffer(label: string, buf: Buffer, opts: ReadOptions = {}, meta: Partial<ReportRecord> = {}): AsyncGenerator<InputEvent> {
  const ext = path.extname(label).toLowerCase();
  let text: string;
  try {
    text = decodeBuffer(buf).text;
  } catch (err) {
    yield { kind: "failed", label, reason: reason(err) };
    return;
  }
  if (text.trim() === "") {
    yield { kind: "failed", label, reason: "empty file (only whitespace)" };
    return;
  }
  if (JSON_EXT.has(ext) || JSONL_EXT.has(ext)) {
    yield* readJsonText(label, text, opts);
    return;
  }
  if (FEED_EXT.has(ext) || (looksLikeFeed(text) && !/<html[\s>]/i.test(text.slice(0, 4096)))) {
    yield* readFeedText(label, text, opts);
    return;
  }
  const kind = opts.sourceKind ?? "file";
  try {
    if (/\.x?html?$/.test(ext) || /^\s*(<!doctype html|<html[\s>])/i.test(text)) {
      const r = readHtml(text, meta.url ?? null);
      yield { kind: "report", label, record: { ...r, ...defined(meta), sourceKind: kind } };
    } else {
      yield { kind: "report", label, record: { text, ...meta, sourceKind: kind } };
    }
  } catch (err) {
    yield { kind: "failed", label, reason: reason(err) };
  }
}

function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

function* jsonRecords(label: string, data: unknown, opts: ReadOptions): Generator<InputEvent> {
  // Anything shaped around a "messages" key is taken as a Telegram export, so a
  // broken one gets the export's own error rather than "record has no text".
  if (isTelegramExport(data) || (data && typeof data === "object" && !Array.isArray(data) && "messages" in data)) {
    let t;
    try {
      t = parseTelegramExport(data, { username: opts.telegramUsername });
    } catch (err) {
      yield { kind: "failed", label, reason: reason(err) };
      return;
    }
    for (const r of t.records) yield { kind: "report", label: `${label}#${String(r.sourceKey).split("/").pop()}`, record: { ...r, sourceKind: opts.sourceKind ?? "telegram" } };
    if (t.skipped) yield { kind: "skipped", label, reason: "Telegram service messages or messages without text", count: t.skipped };
    return;
  }
  const list = Array.isArray(data) ? data : data && typeof data === "object" && Array.isArray((data as { reports?: unknown }).reports) ? (data as { reports: unknown[] }).reports : [data];
  for (let i = 0; i < list.length; i++) yield jsonRecord(list.length > 1 || Array.isArray(data) ? `${label}[${i}]` : label, list[i], opts);
}

function jsonRecord(label: string, r: unknown, opts: ReadOptions): InputEvent {
  if (!r || typeof r !== "object" || Array.isArray(r)) return { kind: "failed", label, reason: "not a record (expected {url, title, publisher, published, text})" };
  const o = r as Record<string, unknown>;
  if (typeof o.text !== "string" || o.text.trim() === "") return { kind: "failed", label, reason: "record has no text" };
  return { kind: "report", label, record: { text: o.text, ...recordFields(o), sourceKind: opts.sourceKind ?? "json" } };
}

function* readJsonText(label: string, text: string, opts: ReadOptions, lines = JSONL_EXT.has(path.extname(label).toLowerCase())): Generator<InputEvent> {
  if (lines) {
    const lines = text.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) yield* jsonLine(`${label}:${i + 1}`, lines[i], opts);
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    yield { kind: "failed", label, reason: `not valid JSON (${(err as Error).message})` };
    return;
  }
  yield* jsonRecords(label, data, opts);
}

function* jsonLine(label: string, line: string, opts: ReadOptions): Generator<InputEvent> {
  if (line.trim() === "") return;
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (err) {
    yield { kind: "failed", label, reason: `not valid JSON (${(err as Error).message})` };
    return;
  }
  yield jsonRecord(label, data, opts);
}

/** JSON Lines streamed from disk: memory stays flat however long the file. */
async function* readJsonl(file: string, opts: ReadOptions): AsyncGenerator<InputEvent> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (line.length > MAX_LINE_BYTES) {
      yield { kind: "failed", label: `${file}:${n}`, reason: `line too long (${mb(line.length)}; the cap is ${mb(MAX_LINE_BYTES)})` };
      continue;
    }
    yield* jsonLine(`${file}:${n}`, n === 1 ? line.replace(/^\uFEFF/, "") : line, opts);
  }
}

async function* readFeedText(label: string, xml: string, opts: ReadOptions): AsyncGenerator<InputEvent> {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    yield { kind: "failed", label, reason: reason(err) };
    return;
  }
  if (feed.items.length === 0) {
    yield { kind: "skipped", label, reason: "feed has no items", count: 1 };
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const itemLabel = `${label} item ${i + 1}${item.link ? ` (${item.link})` : ""}`;
    const base = { title: item.title, published: item.published, publisher: feed.title, sourceKind: opts.sourceKind ?? ("feed" as const) };
    if (!item.link) {
      if (item.summary) yield { kind: "report", label: itemLabel, record: { ...base, text: item.summary } };
      else yield { kind: "failed", label: itemLabel, reason: "feed item has neither a link nor text" };
      continue;
    }
    for await (const ev of readUrl(item.link, opts, true)) {
      if (ev.kind !== "report") yield { ...ev, label: itemLabel };
      // The page's own metadata is usually better; the feed fills the gaps.
      else yield { ...ev, label: itemLabel, record: { ...ev.record, title: ev.record.title ?? item.title, published: ev.record.published ?? item.published, publisher: ev.record.publisher ?? feed.title, sourceKind: base.sourceKind } };
    }
  }
}

async function* readUrl(url: string, opts: ReadOptions, fromFeed = false): AsyncGenerator<InputEvent> {
  let got;
  try {
    got = await fetchText(url, opts.fetch);
  } catch (err) {
    yield { kind: "failed", label: url, reason: reason(err) };
    return;
  }
  const ct = got.contentType.toLowerCase();
  const kind = opts.sourceKind ?? "url";
  try {
    if (!fromFeed && (/(rss|atom)\+xml|\/xml/.test(ct) || (!/html/.test(ct) && looksLikeFeed(got.text)))) {
      yield* readFeedText(url, got.text, opts);
    } else if (/json/.test(ct)) {
      yield* readJsonText(url, got.text, opts, /ndjson|jsonl/.test(ct) || /\.jsonl$/.test(new URL(got.url).pathname));
    } else if (/html|xhtml/.test(ct) || /^\s*(<!doctype html|<html[\s>])/i.test(got.text)) {
      const r = readHtml(got.text, got.url);
      yield { kind: "report", label: url, record: { ...r, url: got.url, sourceKind: kind } };
    } else {
      if (got.text.trim() === "") throw new IngestError("empty response");
      yield { kind: "report", label: url, record: { text: got.text, url: got.url, sourceKind: kind } };
    }
  } catch (err) {
    yield { kind: "failed", label: url, reason: reason(err) };
  }
}
