// Password sign-in with two brakes on guessing, both counting FAILED attempts
// only: a per-account lockout (AdminUser.failedAttempts / lockedUntil) and a
// per-address limit over SignInAttempt rows. Unknown emails get the same
// answers and timing as real ones, so the form does not reveal who is an admin.
import type { Db } from "@/lib/db/client";
import { authConfig } from "./config";
import { dummyHash, verifyPassword, PASSWORD_MAX } from "./password";
import { createSession } from "./sessions";

export type SignInResult =
  | { ok: true; userId: number; email: string; token: string; expiresAt: Date }
  | { ok: false; error: string; retryAfterSeconds?: number };

const BAD_CREDENTIALS = "wrong email or password";

function lockedMessage(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `too many failed sign-ins: try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export async function attemptSignIn(
  db: Db,
  input: { email: string; password: string; ip: string },
  now = new Date(),
): Promise<SignInResult> {
  const cfg = authConfig();
  const email = String(input.email ?? "").trim().toLowerCase().slice(0, 254);
  const password = String(input.password ?? "");
  const ip = input.ip.slice(0, 100);
  const record = (ok: boolean) => db.signInAttempt.create({ data: { email, ip, ok, createdAt: now } });

  // Old attempts only matter inside the windows; keep the table small.
  await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });

  const windowStart = new Date(now.getTime() - cfg.addressWindowMinutes * 60_000);
  const addressFailures = await db.signInAttempt.count({ where: { ip, ok: false, createdAt: { gte: windowStart } } });
  if (addressFailures >= cfg.addressMaxFailures) {
    const oldest = await db.signInAttempt.findFirst({ where: { ip, ok: false, createdAt: { gte: windowStart } }, orderBy: { createdAt: "asc" } });
    const until = new Date((oldest?.createdAt ?? now).getTime() + cfg.addressWindowMinutes * 60_000);
    return { ok: false, error: lockedMessage(until, now), retryAfterSeconds: Math.ceil((until.getTime() - now.getTime()) / 1000) };
  }

  const user = email ? await db.adminUser.findUnique({ where: { email } }) : null;
  const lockMs = cfg.accountLockMinutes * 60_000;

  // Unknown accounts lock the same way (counted from SignInAttempt) so that
  // lockout behaviour does not tell real addresses from made-up ones.
  let lockedUntil: Date | null = user?.lockedUntil ?? null;
  if (!user) {
    const recent = await db.signInAttempt.findMany({
      where: { email, ok: false, createdAt: { gte: new Date(now.getTime() - lockMs) } },
      orderBy: { createdAt: "desc" },
      take: cfg.accountMaxFailures,
    });
    if (recent.length >= cfg.accountMaxFailures) lockedUntil = new Date(recent[0].createdAt.getTime() + lockMs);
  }
  // Refused without testing the password, so not recorded: recording would
  // stretch the lock for as long as someone keeps knocking.
  if (lockedUntil && lockedUntil.getTime() > now.getTime()) {
    return { ok: false, error: lockedMessage(lockedUntil, now), retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) };
  }

  const tooLong = password.length > PASSWORD_MAX;
  const valid = (await verifyPassword(tooLong ? "" : password, user?.passwordHash ?? (await dummyHash()))) && !!user && !tooLong;
  if (!valid || !user) {
    await record(false);
    if (user) {
      // A lock that has run out starts a fresh count.
      const expired = user.lockedUntil !== null && user.lockedUntil.getTime() <= now.getTime();
      const failures = (expired ? 0 : user.failedAttempts) + 1;
      const lock = failures >= cfg.accountMaxFailures;
      await db.adminUser.update({
        where: { id: user.id },
        data: { failedAttempts: lock ? 0 : failures, lockedUntil: lock ? new Date(now.getTime() + lockMs) : expired ? null : user.lockedUntil },
      });
    }
    return { ok: false, error: BAD_CREDENTIALS };
  }

  await record(true);
  await db.adminUser.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null } });
  const session = await createSession(db, user.id, ip, now);
  return { ok: true, userId: user.id, email: user.email, ...session };
}
