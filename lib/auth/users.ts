import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { hashPassword, passwordProblem } from "./password";
import { revokeUserSessions } from "./sessions";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "email is too long")
  .pipe(z.email("not an email address"));

export class AdminUserError extends Error {}

/** Create an admin, or with `reset` set a new password for an existing one (its sessions end). */
export async function createAdminUser(db: Db, rawEmail: string, password: string, opts: { reset?: boolean } = {}) {
  const parsed = emailSchema.safeParse(rawEmail);
  if (!parsed.success) throw new AdminUserError(`${JSON.stringify(rawEmail)}: ${parsed.error.issues[0].message}`);
  const email = parsed.data;
  const problem = passwordProblem(password);
  if (problem) throw new AdminUserError(problem);
  const passwordHash = await hashPassword(password);
  const existing = await db.adminUser.findUnique({ where: { email } });
  if (existing && !opts.reset) throw new AdminUserError(`an admin ${email} already exists (use --reset to set a new password)`);
  if (existing) {
    await db.adminUser.update({ where: { id: existing.id }, data: { passwordHash, failedAttempts: 0, lockedUntil: null } });
    await revokeUserSessions(db, existing.id);
    return { id: existing.id, email, created: false };
  }
  const user = await db.adminUser.create({ data: { email, passwordHash } });
  return { id: user.id, email, created: true };
}
