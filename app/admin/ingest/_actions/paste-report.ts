"use server";
// Paste one report: text plus its url, publisher, published date and title.
// Same-origin request and a live admin session are checked here, inside the
// action (a page check alone can be bypassed by posting to the action).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizeAdminMutation } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { IngestError } from "@/lib/services/errors";
import { ingestReport } from "@/lib/services/ingest";
import type { ActionState } from "@/app/admin/_actions/run";

const MAX_TEXT = 200_000; // characters: a long live page; bigger goes through the CLI

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const schema = z.object({
  text: z.string("paste the report's text").trim().min(1, "paste the report's text").max(MAX_TEXT, `at most ${MAX_TEXT} characters; use npm run ingest for longer files`),
  url: z.preprocess(blank, z.url({ protocol: /^https?$/, error: "an http(s) address such as https://example.org/story" }).max(2000).optional()),
  publisher: z.preprocess(blank, z.string().trim().max(200, "at most 200 characters").optional()),
  title: z.preprocess(blank, z.string().trim().max(500, "at most 500 characters").optional()),
  published: z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, "a date (YYYY-MM-DD) or date and time")
      .refine((s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : `${s}Z`)), "not a calendar date")
      .optional(),
  ),
  language: z.preprocess(blank, z.enum(["en", "uk", "ru"], "en, uk or ru (or leave it to detection)").optional()),
});

export async function pasteReportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const at = Date.now();
  const auth = await authorizeAdminMutation();
  if (!auth.ok) return { ok: false, message: auth.error, at };
  if (!(formData instanceof FormData)) return { ok: false, message: "the request did not carry a form", at };
  const raw = Object.fromEntries(["text", "url", "publisher", "title", "published", "language"].map((k) => [k, formData.get(k) ?? undefined]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${String(issue.path[0] ?? "form")}: ${issue.message}`, fieldErrors: { [String(issue.path[0] ?? "form")]: issue.message }, at };
  }
  const d = parsed.data;
  // A time typed in the form is Kyiv time, as the dashboard's days are.
  const published = d.published && d.published.length > 10 ? kyivLocalToDate(d.published) : d.published ?? null;
  try {
    const r = await ingestReport(getDb(), { text: d.text, url: d.url ?? null, publisher: d.publisher ?? null, title: d.title ?? null, published, language: d.language ?? null, sourceKind: "form" });
    revalidatePath("/", "layout");
    const what = r.status === "unchanged" ? `unchanged: this text is already stored as article #${r.articleId}` : `${r.status}: article #${r.articleId}, ${r.claims} claims on ${r.incidentIds.length} incidents`;
    return { ok: true, message: what, at };
  } catch (err) {
    if (err instanceof IngestError) return { ok: false, message: err.message, at };
    console.error("paste ingest failed", err);
    return { ok: false, message: "storing the report failed on the server and nothing was saved; try again", at };
  }
}

/** "YYYY-MM-DDTHH:MM" on a Kyiv wall clock -> the instant (Kyiv is UTC+2 or +3 depending on the season). */
function kyivLocalToDate(s: string): Date {
  const asUtc = new Date(`${s.length === 16 ? s + ":00" : s}Z`);
  const kyivWall = new Date(asUtc.toLocaleString("en-US", { timeZone: "Europe/Kyiv" }) + " UTC");
  return new Date(asUtc.getTime() - (kyivWall.getTime() - asUtc.getTime()));
}
