// Server-side session records. The database holds sha256(token), so a copy of
// it does not yield usable cookies; revocation is a timestamp, kept for audit.
import type { Db } from "@/lib/db/client";
import { authConfig } from "./config";
import { hashToken, newToken, plausibleToken } from "./tokens";

export interface AdminIdentity {
  userId: number;
  email: string;
}

export async function createSession(db: Db, userId: number, ip: string | null, now = new Date()) {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + authConfig().sessionHours * 3_600_000);
  await db.adminSession.create({ data: { tokenHash: hashToken(token), userId, expiresAt, ip, createdAt: now } });
  return { token, expiresAt };
}

/** The admin a cookie token belongs to, if the session is live (not expired, not revoked). */
export async function findSession(db: Db, token: string | undefined | null, now = new Date()): Promise<AdminIdentity | null> {
  if (!plausibleToken(token)) return null;
  const s = await db.adminSession.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: { select: { email: true } } } });
  if (!s || s.revokedAt || s.expiresAt.getTime() <= now.getTime()) return null;
  return { userId: s.userId, email: s.user.email };
}

export async function revokeSession(db: Db, token: string | undefined | null, now = new Date()): Promise<boolean> {
  if (!plausibleToken(token)) return false;
  const r = await db.adminSession.updateMany({ where: { tokenHash: hashToken(token), revokedAt: null }, data: { revokedAt: now } });
  return r.count > 0;
}

/** Sign an admin out everywhere (e.g. after a password change). */
export async function revokeUserSessions(db: Db, userId: number, now = new Date()): Promise<number> {
  const r = await db.adminSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return r.count;
}
