// Telegram Desktop channel export (result.json): one report per message.
// Shape: {name, type, id, messages: [{id, type, date, date_unixtime, text, text_entities, edited_unixtime?}]},
// where text is a string or an array of strings and {type, text} entities.
// - published = date_unixtime (an instant; its Kyiv day is what the extractor
//   sees). `date` is the exporting machine's local wall time, so it is ignored.
// - sourceKey = telegram:<channel id>/<message id>: stable across exports, so
//   a re-export stores only new messages (same text = unchanged) and edits
//   (same key, new text = new version).
// - url = https://t.me/<username>/<id> when the username is known: Telegram
//   Desktop does not write it, so it comes from a "username" field if present
//   or from the caller (CLI --telegram-username).
import { IngestError } from "../errors";
import type { ReportRecord } from "../ingest";

export interface TelegramParse {
  channel: string;
  records: ReportRecord[];
  /** service messages and messages without text */
  skipped: number;
}

type Piece = string | { type?: string; text?: unknown };

function messageText(t: unknown): string {
  if (typeof t === "string") return t;
  if (Array.isArray(t)) return (t as Piece[]).map((p) => (typeof p === "string" ? p : typeof p?.text === "string" ? p.text : "")).join("");
  return "";
}

function firstLine(text: string): string {
  const line = text.split("\n", 1)[0].trim();
  return line.length > 120 ? `${line.slice(0, 117).trimEnd()}…` : line;
}

export function isTelegramExport(v: unknown): boolean {
  return !!v && typeof v === "object" && !Array.isArray(v) && Array.isArray((v as { messages?: unknown }).messages) && "id" in (v as object);
}

export function parseTelegramExport(v: unknown, opts: { username?: string | null } = {}): TelegramParse {
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new IngestError("not a Telegram export (expected a JSON object with name, id and messages)");
  const exp = v as Record<string, unknown>;
  if (!Array.isArray(exp.messages)) throw new IngestError("not a Telegram export (no messages array)");
  if (typeof exp.id !== "number" && typeof exp.id !== "string") throw new IngestError("not a Telegram export (no channel id)");
  const channel = typeof exp.name === "string" && exp.name.trim() ? exp.name.trim() : `channel ${exp.id}`;
  const rawUser = opts.username ?? (typeof exp.username === "string" ? exp.username : null);
  const username = rawUser ? rawUser.replace(/^@/, "").replace(/^https?:\/\/t\.me\//, "") : null;
  if (username && !/^[A-Za-z0-9_]{4,32}$/.test(username)) throw new IngestError(`"${username}" is not a Telegram username`);

  const records: ReportRecord[] = [];
  let skipped = 0;
  for (const m of exp.messages as Record<string, unknown>[]) {
    if (!m || typeof m !== "object" || (typeof m.id !== "number" && typeof m.id !== "string")) {
      throw new IngestError("not a Telegram export (a message without an id)");
    }
    const text = messageText(m.text).trim();
    if (m.type !== "message" || text === "") {
      skipped++;
      continue;
    }
    const unix = Number(m.date_unixtime);
    if (!Number.isFinite(unix) || unix <= 0) throw new IngestError(`message ${m.id}: no usable date_unixtime`);
    records.push({
      text,
      published: new Date(unix * 1000),
      publisher: channel,
      // Posts have no title: their first line, shortened, stands in for lists.
      title: firstLine(text),
      url: username ? `https://t.me/${username}/${m.id}` : null,
      sourceKey: `telegram:${exp.id}/${m.id}`,
      sourceKind: "telegram",
    });
  }
  return { channel, records, skipped };
}
