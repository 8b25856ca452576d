// The Next-facing helpers with next/headers replaced by a fake request.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "../helpers/db";

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers(), setCalls: [] as unknown[] }));
const holder = vi.hoisted(() => ({ db: undefined as unknown }));

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: (...args: unknown[]) => request.setCalls.push(args),
    delete: (o: { name: string }) => request.cookies.delete(o.name),
  }),
  headers: async () => request.headers,
}));
vi.mock("@/lib/db/client", async (orig) => ({ ...(await orig<object>()), getDb: () => holder.db }));

import { authorizeAdminMutation, getAdminSession, requireAdmin, setSessionCookie, signOutCurrent } from "@/lib/auth/session";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createAdminUser } from "@/lib/auth/users";
import { createSession } from "@/lib/auth/sessions";

let t: TestDb;
let userId: number;
beforeAll(async () => {
  t = await createTestDb();
  holder.db = t.db;
  userId = (await createAdminUser(t.db, "ed@example.org", "a long enough passphrase")).id;
});
afterAll(async () => t.cleanup());
beforeEach(() => {
  request.cookies.clear();
  request.headers = new Headers({ host: "strike.example", origin: "https://strike.example" });
  request.setCalls = [];
});

describe("requireAdmin / getAdminSession", () => {
  it("redirects a signed-out visitor to the sign-in page", async () => {
    await expect(getAdminSession()).resolves.toBeNull();
    await expect(requireAdmin()).rejects.toMatchObject({ digest: expect.stringContaining("/admin/sign-in") });
  });

  it("returns the admin for a live session cookie", async () => {
    const { token } = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, token);
    await expect(requireAdmin()).resolves.toEqual({ userId, email: "ed@example.org" });
  });
});

describe("authorizeAdminMutation", () => {
  it("refuses without a session, with an expired one, and after sign-out", async () => {
    await expect(authorizeAdminMutation()).resolves.toMatchObject({ ok: false, status: 401 });
    const old = await createSession(t.db, userId, null, new Date(Date.now() - 13 * 3_600_000));
    request.cookies.set(SESSION_COOKIE, old.token);
    await expect(authorizeAdminMutation()).resolves.toMatchObject({ ok: false, status: 401 });
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    await expect(authorizeAdminMutation()).resolves.toMatchObject({ ok: true });
    await signOutCurrent();
    request.cookies.set(SESSION_COOKIE, live.token); // a copied cookie no longer works
    await expect(authorizeAdminMutation()).resolves.toMatchObject({ ok: false, status: 401 });
  });

  it("refuses a signed-in admin's request from another origin", async () => {
    const live = await createSession(t.db, userId, null);
    request.cookies.set(SESSION_COOKIE, live.token);
    request.headers = new Headers({ host: "strike.example", origin: "https://evil.example" });
    await expect(authorizeAdminMutation()).resolves.toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/another site/) });
  });
});

it("sets an httpOnly SameSite=Lax cookie, Secure in production", async () => {
  const expires = new Date(Date.now() + 1000);
  vi.stubEnv("NODE_ENV", "production");
  await setSessionCookie("tok", expires);
  vi.unstubAllEnvs();
  expect(request.setCalls[0]).toEqual([SESSION_COOKIE, "tok", { httpOnly: true, sameSite: "lax", secure: true, path: "/", expires }]);
});
