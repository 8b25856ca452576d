import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../helpers/db";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { createAdminUser } from "@/lib/auth/users";
import { findSession, revokeSession, revokeUserSessions } from "@/lib/auth/sessions";
import { hashToken } from "@/lib/auth/tokens";

const PW = "a long enough passphrase";
let t: TestDb;
let userId: number;

beforeAll(async () => {
  t = await createTestDb();
  userId = (await createAdminUser(t.db, " Analyst@Example.org ", PW)).id;
});
afterAll(async () => t.cleanup());
beforeEach(async () => {
  await t.db.signInAttempt.deleteMany();
  await t.db.adminSession.deleteMany();
  await t.db.adminUser.update({ where: { id: userId }, data: { failedAttempts: 0, lockedUntil: null } });
});

const at = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

describe("attemptSignIn", () => {
  it("signs in with the right password (email case-insensitive) and stores only the token hash", async () => {
    const r = await attemptSignIn(t.db, { email: "ANALYST@example.org", password: PW, ip: "1.1.1.1" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = await t.db.adminSession.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashToken(r.token));
    expect(rows[0].tokenHash).not.toContain(r.token);
    await expect(findSession(t.db, r.token)).resolves.toEqual({ userId, email: "analyst@example.org" });
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    const a = await attemptSignIn(t.db, { email: "analyst@example.org", password: "nope nope nope", ip: "1.1.1.1" });
    const b = await attemptSignIn(t.db, { email: "nobody@example.org", password: "nope nope nope", ip: "1.1.1.1" });
    expect(a).toEqual({ ok: false, error: "wrong email or password" });
    expect(b).toEqual(a);
  });

  it("locks the account after 5 failures, even for the right password, then unlocks", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 5; i++) {
      const r = await attemptSignIn(t.db, { email: "analyst@example.org", password: `wrong ${i} password`, ip: `2.2.2.${i}` }, at(now, i));
      expect(r.ok).toBe(false);
    }
    const locked = await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "3.3.3.3" }, at(now, 6));
    expect(locked.ok).toBe(false);
    if (!locked.ok) expect(locked.error).toMatch(/try again in 13 minutes/);
    const later = await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "3.3.3.3" }, at(now, 20));
    expect(later.ok).toBe(true);
    expect((await t.db.adminUser.findUniqueOrThrow({ where: { id: userId } })).failedAttempts).toBe(0);
  });

  it("locks unknown accounts the same way", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 5; i++) await attemptSignIn(t.db, { email: "ghost@example.org", password: "x".repeat(12), ip: `4.4.4.${i}` }, at(now, i));
    const r = await attemptSignIn(t.db, { email: "ghost@example.org", password: "x".repeat(12), ip: "4.4.4.9" }, at(now, 6));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/too many failed/) });
  });

  it("limits failed attempts per address across accounts, successes not counted", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 3; i++) expect((await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "5.5.5.5" }, now)).ok).toBe(true);
    for (let i = 0; i < 20; i++) await attemptSignIn(t.db, { email: `user${i}@example.org`, password: "guess guess guess", ip: "5.5.5.5" }, now);
    const blocked = await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "5.5.5.5" }, at(now, 1));
    expect(blocked).toMatchObject({ ok: false, error: expect.stringMatching(/too many failed/) });
    // Another address is not affected, and the window passes.
    expect((await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "6.6.6.6" }, at(now, 1))).ok).toBe(true);
    expect((await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "5.5.5.5" }, at(now, 16))).ok).toBe(true);
  });

  it("refuses a 10 MB password without hashing it", async () => {
    const started = Date.now();
    const r = await attemptSignIn(t.db, { email: "analyst@example.org", password: "x".repeat(10_000_000), ip: "7.7.7.7" });
    expect(r.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe("sessions", () => {
  it("expire, and can be revoked one by one or all at once", async () => {
    const now = new Date("2026-01-01T10:00:00Z");
    const a = await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "1.1.1.1" }, now);
    const b = await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "1.1.1.1" }, now);
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    await expect(findSession(t.db, a.token, at(now, 60))).resolves.not.toBeNull();
    await expect(findSession(t.db, a.token, at(now, 12 * 60 + 1))).resolves.toBeNull();
    await expect(revokeSession(t.db, a.token)).resolves.toBe(true);
    await expect(findSession(t.db, a.token, at(now, 1))).resolves.toBeNull();
    await expect(findSession(t.db, b.token, at(now, 1))).resolves.not.toBeNull();
    await expect(revokeUserSessions(t.db, userId)).resolves.toBe(1);
    await expect(findSession(t.db, b.token, at(now, 1))).resolves.toBeNull();
  });

  it("ignores garbage and unknown tokens", async () => {
    await expect(findSession(t.db, "")).resolves.toBeNull();
    await expect(findSession(t.db, "' OR 1=1 --")).resolves.toBeNull();
    await expect(findSession(t.db, "A".repeat(43))).resolves.toBeNull();
  });
});

describe("createAdminUser", () => {
  it("refuses bad emails, weak passwords and duplicates with a reason", async () => {
    await expect(createAdminUser(t.db, "not-an-email", PW)).rejects.toThrow(/not an email/);
    await expect(createAdminUser(t.db, "x@example.org", "short")).rejects.toThrow(/at least 12/);
    await expect(createAdminUser(t.db, "analyst@example.org", PW)).rejects.toThrow(/already exists/);
  });

  it("resets a password and ends the admin's sessions", async () => {
    const r = await attemptSignIn(t.db, { email: "analyst@example.org", password: PW, ip: "1.1.1.1" });
    if (!r.ok) throw new Error("sign-in failed");
    await createAdminUser(t.db, "analyst@example.org", "another long passphrase", { reset: true });
    await expect(findSession(t.db, r.token)).resolves.toBeNull();
    expect((await attemptSignIn(t.db, { email: "analyst@example.org", password: "another long passphrase", ip: "1.1.1.1" })).ok).toBe(true);
    await createAdminUser(t.db, "analyst@example.org", PW, { reset: true });
  });
});
