// Bytes to text. Reports arrive as UTF-8 mostly, but Windows exports and old
// Russian / Ukrainian sites still produce UTF-16, Windows-1251, KOI8-R and
// Windows-1252. We decode what we can identify and refuse the rest with a
// reason, rather than store mojibake that the extractor would silently miss.
import iconv from "iconv-lite";
import jschardet from "jschardet";
import { IngestError } from "../errors";

export interface Decoded {
  text: string;
  encoding: string;
}

const MAGIC: [string, number[]][] = [
  ["PDF", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP/Office", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip", [0x1f, 0x8b]],
  ["PNG", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG", [0xff, 0xd8, 0xff]],
  ["GIF", [0x47, 0x49, 0x46, 0x38]],
  ["ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["SQLite", [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  return buf.length >= sig.length && sig.every((b, i) => buf[i] === b);
}

/** UTF-16 without a BOM: ASCII-range text leaves a NUL in every other byte. */
function sniffUtf16(buf: Uint8Array): "utf16le" | "utf16be" | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 32) return null; // too little to tell UTF-16 from binary
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > half * 0.3 && evenNul < half * 0.05) return "utf16le";
  if (evenNul > half * 0.3 && oddNul < half * 0.05) return "utf16be";
  return null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Lower-case Cyrillic letters: right decoding gives mostly lower case, KOI8-R read as 1251 (or back) mostly upper. */
function cyrillicScore(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= "а" && ch <= "я") n++;
  return n;
}

function controlRatio(s: string): number {
  let bad = 0;
  const n = Math.min(s.length, 20_000);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return n ? bad / n : 0;
}

function checked(text: string, encoding: string): Decoded {
  if (controlRatio(text) > 0.02) throw new IngestError(`binary file (control characters in the text after decoding as ${encoding})`);
  return { text, encoding };
}

export function decodeBuffer(buf: Uint8Array): Decoded {
  if (buf.length === 0) throw new IngestError("empty file");
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return checked(b.subarray(3).toString("utf8"), "utf-8 (BOM)");
  if (startsWith(b, [0xff, 0xfe])) return checked(iconv.decode(b.subarray(2), "utf16le"), "utf-16le");
  if (startsWith(b, [0xfe, 0xff])) return checked(iconv.decode(b.subarray(2), "utf16be"), "utf-16be");
  for (const [name, sig] of MAGIC) if (startsWith(b, sig)) throw new IngestError(`binary file (${name}), not a text report`);
  const u16 = sniffUtf16(b);
  if (u16) return checked(iconv.decode(b, u16), u16);
  if (b.includes(0)) throw new IngestError("binary file (contains NUL bytes)");
  try {
    return checked(utf8.decode(b), "utf-8");
  } catch {
    // not UTF-8: try the legacy code pages below
  }
  const guess = jschardet.detect(b.subarray(0, 64 * 1024));
  const enc = (guess.encoding ?? "").toLowerCase();
  if (/cyrillic|1251|koi8|866|8859-5/.test(enc)) {
    // jschardet often names 1251 text "x-mac-cyrillic"; decide between the two common code pages by letter case.
    const w = iconv.decode(b, "win1251");
    const k = iconv.decode(b, "koi8-r");
    return cyrillicScore(k) > cyrillicScore(w) ? checked(k, "koi8-r") : checked(w, "windows-1251");
  }
  if (/1252|8859-1|8859-15|ascii/.test(enc) && guess.confidence >= 0.5) return checked(iconv.decode(b, "win1252"), "windows-1252");
  throw new IngestError(
    `not UTF-8, and the encoding is not one we decode (detector: ${guess.encoding ?? "unknown"}, confidence ${guess.confidence.toFixed(2)}); re-save it as UTF-8`,
  );
}
