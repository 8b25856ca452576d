// Every mutating admin server action, called the way Next calls it, with
// next/headers faked: refused without a session, with an expired or revoked
// one, from another origin, and with malformed values; each refusal changes
// nothing in the database.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "../helpers/db";
import { report } from "../services/admin/fixtures";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers(), set: [] as unknown[][] }));
const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (...args: unknown[]) => request.set.push(args),
    delete: (o: { name: string }) => request.cookies.delete(o.name),
  }),
  headers: async () => request.headers,
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/db/client", async (orig) => ({ ...(await orig<object>()), getDb: () => holder.db }));

import { SESSION_COOKIE } from "@/lib/auth/config";
import { createAdminUser } from "@/lib/auth/users";
import { createSession, revokeSession } from "@/lib/auth/sessions";
import { correctIncidentAction } from "@/app/admin/_actions/correct-incident";
import { revertCorrectionAction } from "@/app/admin/_actions/revert-correction";
import { setReviewStatusAction } from "@/app/admin/_actions/set-review-status";
import { excludeClaimAction } from "@/app/admin/_actions/exclude-claim";
import { restoreClaimAction } from "@/app/admin/_actions/restore-claim";
import { moveClaimAction } from "@/app/admin/_actions/move-claim";
import { mergeIncidentsAction } from "@/app/admin/_actions/merge-incidents";
import { splitIncidentAction } from "@/app/admin/_actions/split-incident";
import { hideArticleAction } from "@/app/admin/_actions/hide-article";
import { restoreArticleAction } from "@/app/admin/_actions/restore-article";
import { reextractArticleAction } from "@/app/admin/_actions/reextract-article";
import { signInAction } from "@/app/admin/_actions/sign-in";
import { signOutAction } from "@/app/admin/_actions/sign-out";
import type { ActionState } from "@/app/admin/_actions/run";
import { pasteReportAction } from "@/app/admin/ingest/_actions/paste-report";
import { uploadFilesAction } from "@/app/admin/ingest/_actions/upload-files";

let t: TestDb;
let userId: number;
let ids: { incident: number; other: number; article: number; claim: number; claim2: number; excluded: number; correction: number; hiddenArticle: number; version: number };

const form = (o: Record<string, string | string[]>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(o)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  return fd;
};

/** Everything an admin action could change. */
async function snapshot() {
  const db = t.db;
  return JSON.stringify(await Promise.all([
    db.incident.findMany({ orderBy: { id: "asc" } }), db.claim.findMany({ orderBy: { id: "asc" } }),
    db.article.findMany({ orderBy: { id: "asc" }, select: { id: true, hidden: true, extractorVersion: true } }),
    db.correction.findMany(), db.auditEvent.findMany(), db.incidentAlias.findMany(),
  ]));
}

beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  userId = (await createAdminUser(t.db, "ed@example.org", "a long enough passphrase")).id;
  const a = await report(t.db, "10 killed in UA-63 on 2025-08-01 by RU. 30 drones_launched in UA-63 on 2025-08-01 by RU.");
  const b = await report(t.db, "4 killed in UA-12 on 2025-08-01 by RU.");
  const h = await report(t.db, "9 injured in UA-46 on 2025-08-01 by RU.");
  const claims = await t.db.claim.findMany({ where: { articleId: a.articleId }, orderBy: { id: "asc" } });
  const ex = await t.db.claim.findFirstOrThrow({ where: { articleId: b.articleId } });
  await t.db.claim.update({ where: { id: ex.id }, data: { excluded: true } });
  await t.db.article.update({ where: { id: h.articleId }, data: { hidden: true } });
  const corr = await t.db.correction.create({ data: { incidentId: a.incidentIds[0], field: "killed", oldValue: "10", newValue: "11", reason: "seed", editor: "x" } });
  const inc = await t.db.incident.findUniqueOrThrow({ where: { id: a.incidentIds[0] } });
  ids = { incident: inc.id, other: b.incidentIds[0], article: a.articleId, claim: claims[0].id, claim2: claims[1].id, excluded: ex.id, correction: corr.id, hiddenArticle: h.articleId, version: inc.version };
});
afterAll(async () => t.cleanup());
beforeEach(() => {
  request.cookies.clear();
  request.set = [];
  request.headers = new Headers({ host: "strike.example", origin: "https://strike.example" });
});

type Act = (p: ActionState, fd: FormData) => Promise<ActionState>;
const cases: [string, Act, () => Record<string, string | string[]>][] = [
  ["correct incident", correctIncidentAction, () => ({
    incidentId: String(ids.incident), version: String(ids.version), reason: "new figure", date: "2025-08-01", region: "UA-63", place: "", attacker: "RU",
    weapons: ["drone"], dronesLaunched: "30", dronesDowned: "", missilesLaunched: "", missilesDowned: "", killed: "12", injured: "",
  })],
  ["revert correction", revertCorrectionAction, () => ({ correctionId: String(ids.correction), version: String(ids.version), reason: "undo it" })],
  ["mark reviewed", setReviewStatusAction, () => ({ incidentId: String(ids.incident), version: String(ids.version), status: "reviewed" })],
  ["exclude claim", excludeClaimAction, () => ({ claimId: String(ids.claim), reason: "wrong" })],
  ["restore claim", restoreClaimAction, () => ({ claimId: String(ids.excluded) })],
  ["move claim", moveClaimAction, () => ({ claimId: String(ids.claim), toIncidentId: String(ids.other), reason: "elsewhere" })],
  ["merge incidents", mergeIncidentsAction, () => ({ survivorId: String(ids.incident), absorbedId: String(ids.other), reason: "same wave" })],
  ["split incident", splitIncidentAction, () => ({ incidentId: String(ids.incident), claimIds: [String(ids.claim2)], reason: "two strikes" })],
  ["hide article", hideArticleAction, () => ({ articleId: String(ids.article), reason: "unreliable" })],
  ["restore article", restoreArticleAction, () => ({ articleId: String(ids.hiddenArticle) })],
  ["re-extract article", reextractArticleAction, () => ({ articleId: String(ids.article) })],
];

describe.each(cases)("%s", (_name, action, valid) => {
  it("is refused without a session and changes nothing", async () => {
    const before = await snapshot();
    const r = await action({ ok: false, message: null }, form(valid()));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
    expect(await snapshot()).toBe(before);
  });

  it("is refused with an expired or a revoked session", async () => {
    const before = await snapshot();
    const expired = await createSession(t.db, userId, null, new Date(Date.now() - 24 * 3_600_000));
    request.cookies.set(SESSION_COOKIE, expired.token);
    expect(await action({ ok: false, message: null }, form(valid()))).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
    const revoked = await createSession(t.db, userId, null);
    await revokeSession(t.db, revoked.token);
    request.cookies.set(SESSION_COOKIE, revoked.token);
    expect(await action({ ok: false, message: null }, form(valid()))).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
    expect(await snapshot()).toBe(before);
  });

  it("is refused from another origin even with a live session", async () => {
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    request.headers = new Headers({ host: "strike.example", origin: "https://evil.example" });
    const before = await snapshot();
    expect(await action({ ok: false, message: null }, form(valid()))).toMatchObject({ ok: false, message: expect.stringMatching(/another site/) });
    request.headers = new Headers({ host: "strike.example" });
    expect(await action({ ok: false, message: null }, form(valid()))).toMatchObject({ ok: false, message: expect.stringMatching(/did not say/) });
    expect(await snapshot()).toBe(before);
  });

  it("refuses a 10 MB value with a message and changes nothing", async () => {
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    const before = await snapshot();
    const huge = "9".repeat(10_000_000);
    const bad = Object.fromEntries(Object.entries(valid()).map(([k, v]) => [k, typeof v === "string" && k !== "status" ? huge : v]));
    const r = await action({ ok: false, message: null }, form(bad));
    expect(r.ok).toBe(false);
    expect(r.message).toBeTruthy();
    expect(r.message!.length).toBeLessThan(2000);
    expect(await snapshot()).toBe(before);
  });
});

// The ingest engineer's actions (app/admin/ingest) go through the same checks.
const ingestCases: [string, Act, () => FormData][] = [
  ["paste a report", pasteReportAction, () => form({ text: "12 killed in UA-63 on 2025-08-02 by RU.", publisher: "Forged" })],
  ["upload files", uploadFilesAction, () => {
    const fd = new FormData();
    fd.append("files", new File(["12 killed in UA-63 on 2025-08-03 by RU."], "report.txt", { type: "text/plain" }));
    return fd;
  }],
];

describe.each(ingestCases)("ingest: %s", (_name, action, valid) => {
  it("is refused without a session, with an expired one, and from another origin, changing nothing", async () => {
    const before = await snapshot();
    expect(await action({ ok: false, message: null }, valid())).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
    const expired = await createSession(t.db, userId, null, new Date(Date.now() - 24 * 3_600_000));
    request.cookies.set(SESSION_COOKIE, expired.token);
    expect(await action({ ok: false, message: null }, valid())).toMatchObject({ ok: false, message: expect.stringMatching(/not signed in/) });
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    request.headers = new Headers({ host: "strike.example", origin: "https://evil.example" });
    expect(await action({ ok: false, message: null }, valid())).toMatchObject({ ok: false, message: expect.stringMatching(/another site/) });
    expect(await snapshot()).toBe(before);
  });
});

describe("correct incident: malformed values", () => {
  it.each([
    ["a negative count", { killed: "-3" }, "killed", /negative/],
    ["a date in 2099", { date: "2099-01-01" }, "date", /future/],
    ["an unknown region code", { region: "UA-99" }, "region", /not a known region/],
    ["a 10 MB place", { place: "x".repeat(10_000_000) }, "place", /at most/],
    ["no reason", { reason: " " }, "reason", /reason/],
    ["a stale version", { version: "1" }, "form", /someone changed|nothing to save/],
  ])("refuses %s on its field and changes nothing", async (_label, patch, field, msg) => {
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    const before = await snapshot();
    const inc = await t.db.incident.findUniqueOrThrow({ where: { id: ids.incident } });
    const fields = { ...cases[0][2](), version: String(inc.version + (field === "form" ? 5 : 0)), ...(field === "form" ? {} : patch) };
    const r = await correctIncidentAction({ ok: false, message: null }, form(fields));
    expect(r.ok).toBe(false);
    if (field === "form") expect(r.message).toMatch(msg);
    else expect(r.fieldErrors?.[field]).toMatch(msg);
    expect(await snapshot()).toBe(before);
  });

  it("a valid correction goes through, with the admin as editor", async () => {
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    const inc = await t.db.incident.findUniqueOrThrow({ where: { id: ids.incident } });
    const r = await correctIncidentAction({ ok: false, message: null }, form({ ...cases[0][2](), version: String(inc.version) }));
    expect(r).toMatchObject({ ok: true, message: expect.stringMatching(/saved 1 correction: killed/) });
    expect(await t.db.correction.findFirst({ where: { incidentId: ids.incident, newValue: "12" } })).toMatchObject({ editor: "ed@example.org", reason: "new figure" });
  });
});

describe("sign-in and sign-out actions", () => {
  const creds = { email: "ed@example.org", password: "a long enough passphrase" };

  it("refuses a sign-in posted from another site", async () => {
    request.headers = new Headers({ host: "strike.example", origin: "https://evil.example" });
    expect(await signInAction({ ok: false, message: null }, form(creds))).toMatchObject({ ok: false, message: expect.stringMatching(/another site/) });
    expect(request.set).toHaveLength(0);
  });

  it("sets the session cookie and redirects only to admin paths", async () => {
    const err = await signInAction({ ok: false, message: null }, form({ ...creds, next: "//evil.example/" })).catch((e) => e);
    expect(err.digest).toMatch(/NEXT_REDIRECT;replace;\/admin;/);
    expect(request.set[0][0]).toBe(SESSION_COOKIE);
    expect(request.set[0][2]).toMatchObject({ httpOnly: true, sameSite: "lax" });
  });

  it("reports a wrong password without setting a cookie", async () => {
    expect(await signInAction({ ok: false, message: null }, form({ ...creds, password: "not the password" }))).toMatchObject({ ok: false, message: "wrong email or password" });
    expect(request.set).toHaveLength(0);
  });

  it("sign-out from another site is refused; from this site it revokes the session", async () => {
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    request.headers = new Headers({ host: "strike.example", origin: "https://evil.example" });
    expect(await signOutAction({ ok: false, message: null }, form({}))).toMatchObject({ ok: false });
    request.headers = new Headers({ host: "strike.example", origin: "https://strike.example" });
    await expect(signOutAction({ ok: false, message: null }, form({}))).rejects.toMatchObject({ digest: expect.stringContaining("/admin/sign-in") });
    const row = await t.db.adminSession.findFirstOrThrow({ where: { id: { gt: 0 }, revokedAt: { not: null } }, orderBy: { id: "desc" } });
    expect(row.revokedAt).not.toBeNull();
  });
});
