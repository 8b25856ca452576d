// http(s) fetching for URLs and feed items: a timeout for the whole request
// (headers and body), a size cap enforced while streaming, a User-Agent that
// says who we are, and redirects followed by hand so the count is bounded.
import iconv from "iconv-lite";
import { IngestError } from "../errors";
import { decodeBuffer } from "./decode";

export const USER_AGENT = "Strikewatch/0.1 (research ingest of public war reports; +https://github.com/strikewatch/strikewatch)";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}
export const FETCH_DEFAULTS = { timeoutMs: 15_000, maxBytes: 10 * 1024 * 1024, maxRedirects: 5 };

export interface Fetched {
  url: string; // after redirects
  contentType: string;
  text: string;
}

export async function fetchText(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...opts };
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new IngestError(`not a valid URL`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      if (current.protocol !== "http:" && current.protocol !== "https:") throw new IngestError(`unsupported URL scheme ${current.protocol}`);
      let res: Response;
      try {
        res = await fetch(current, { redirect: "manual", signal: controller.signal, headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml,text/plain;q=0.9,*/*;q=0.5" } });
      } catch (err) {
        if (controller.signal.aborted) throw new IngestError(`timed out after ${timeoutMs / 1000} s`);
        throw new IngestError(`fetch failed: ${(err as Error & { cause?: Error }).cause?.message ?? (err as Error).message}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel();
        if (hop >= maxRedirects) throw new IngestError(`too many redirects (more than ${maxRedirects})`);
        current = new URL(res.headers.get("location")!, current);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new IngestError(`HTTP ${res.status} ${res.statusText}`.trim());
      }
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new IngestError(`too large (${declared} bytes, the cap is ${maxBytes})`);
      }
      const buf = await readCapped(res, maxBytes, controller.signal, timeoutMs);
      const contentType = res.headers.get("content-type") ?? "";
      return { url: current.toString(), contentType, text: decodeWithCharset(buf, contentType) };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new IngestError(`too large (more than ${maxBytes} bytes, the cap)`);
      chunks.push(Buffer.from(chunk));
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    if (signal.aborted) throw new IngestError(`timed out after ${timeoutMs / 1000} s`);
    throw new IngestError(`download failed: ${(err as Error).message}`);
  }
  return Buffer.concat(chunks);
}

/** A charset the server declares wins over sniffing (except that a BOM is always right). */
function decodeWithCharset(buf: Buffer, contentType: string): string {
  const cs = /charset="?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase();
  const bom = buf[0] === 0xef || buf[0] === 0xff || buf[0] === 0xfe;
  if (cs && !bom && cs !== "utf-8" && cs !== "utf8" && iconv.encodingExists(cs)) {
    if (buf.length === 0) throw new IngestError("empty response");
    return iconv.decode(buf, cs);
  }
  return decodeBuffer(buf).text;
}
