"use server";
// Upload files: .txt, .html, .json / .jsonl records, RSS/Atom feeds, Telegram
// result.json. Each file goes through the same readers and ingest service as
// `npm run ingest`; one bad file is reported and the rest are stored.
// Next caps a server action's request at 1 MB by default: larger batches
// belong to the CLI.
import path from "node:path";
import { revalidatePath } from "next/cache";
import { authorizeAdminMutation } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ingestEvents, emptySummary } from "@/lib/services/batch";
import { readBuffer, recordFields, MAX_JSON_BYTES, MAX_REPORT_BYTES } from "@/lib/services/readers";
import type { ActionState } from "@/app/admin/_actions/run";
import { collectFailures, describeBatch } from "./summary";

const MAX_FILES = 50;

export async function uploadFilesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const at = Date.now();
  const auth = await authorizeAdminMutation();
  if (!auth.ok) return { ok: false, message: auth.error, at };
  if (!(formData instanceof FormData)) return { ok: false, message: "the request did not carry a form", at };
  const files = formData.getAll("files").filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && (f as File).name !== "");
  if (files.length === 0) return { ok: false, message: "choose at least one file", fieldErrors: { files: "choose at least one file" }, at };
  if (files.length > MAX_FILES) return { ok: false, message: `at most ${MAX_FILES} files at a time`, at };
  const username = String(formData.get("telegramUsername") ?? "").trim() || null;

  const failures: string[] = [];
  const total = emptySummary();
  const db = getDb();
  // NAME.meta.json sidecars uploaded beside NAME.txt / NAME.html are metadata, not reports.
  const sidecars = new Map<string, Record<string, unknown>>();
  for (const f of files) {
    const name = path.basename(f.name);
    if (!/\.meta\.json$/i.test(name)) continue;
    try {
      const m = JSON.parse(await f.text());
      if (m && typeof m === "object" && !Array.isArray(m)) sidecars.set(name.replace(/\.meta\.json$/i, ""), m);
      else throw new Error("not a JSON object");
    } catch (err) {
      total.failed++;
      failures.push(`${name}: unreadable sidecar (${(err as Error).message})`);
    }
  }
  for (const f of files) {
    const name = path.basename(f.name);
    if (/\.meta\.json$/i.test(name)) continue;
    const side = sidecars.get(name.replace(/\.[^.]+$/, ""));
    const cap = /\.json$/i.test(name) ? MAX_JSON_BYTES : MAX_REPORT_BYTES;
    if (f.size > cap) {
      total.failed++;
      failures.push(`${name}: file too large (${Math.round(f.size / 1048576)} MB; the cap is ${cap / 1048576} MB)`);
      continue;
    }
    const buf = Buffer.from(await f.arrayBuffer());
    const s = await ingestEvents(db, readBuffer(name, buf, { telegramUsername: username }, side ? recordFields(side) : {}), { onOutcome: collectFailures(failures) });
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += s[k];
  }
  if (total.new + total.updated > 0) revalidatePath("/", "layout");
  return { ok: total.failed === 0, message: describeBatch(total, failures), at };
}
