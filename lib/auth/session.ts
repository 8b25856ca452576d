// The admin session as seen from Next: server components, server actions and
// route handlers all call these, each checking on its own (a layout or proxy
// check alone can be bypassed by posting to an action directly).
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { SESSION_COOKIE } from "./config";
import { originProblem, secureCookies } from "./request";
import { findSession, revokeSession, type AdminIdentity } from "./sessions";

export type { AdminIdentity } from "./sessions";

/** The signed-in admin, or null. Cached per request: layout and page share one lookup. */
export const getAdminSession = cache(async (): Promise<AdminIdentity | null> => {
  const jar = await cookies();
  return findSession(getDb(), jar.get(SESSION_COOKIE)?.value);
});

/** Server components: the admin, or a redirect to the sign-in page. */
export async function requireAdmin(): Promise<AdminIdentity> {
  const admin = await getAdminSession();
  if (!admin) redirect("/admin/sign-in");
  return admin;
}

export type AdminCheck = { ok: true; admin: AdminIdentity } | { ok: false; status: 401 | 403; error: string };

/**
 * Server actions and mutating route handlers: same-origin request AND a live
 * session, or an error to show (never a redirect, so callers can return it).
 */
export async function authorizeAdminMutation(): Promise<AdminCheck> {
  const problem = originProblem(await headers());
  if (problem) return { ok: false, status: 403, error: problem };
  const admin = await getAdminSession();
  if (!admin) return { ok: false, status: 401, error: "you are not signed in (or your session expired): sign in again" };
  return { ok: true, admin };
}

/** Like requireAdmin, for route handlers reading admin-only data: an error instead of a redirect. */
export async function authorizeAdminRead(): Promise<AdminCheck> {
  const admin = await getAdminSession();
  if (!admin) return { ok: false, status: 401, error: "you are not signed in (or your session expired): sign in again" };
  return { ok: true, admin };
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "lax", secure: secureCookies(), path: "/", expires: expiresAt });
}

/** Revoke the current session server-side and drop the cookie. */
export async function signOutCurrent(): Promise<void> {
  const jar = await cookies();
  await revokeSession(getDb(), jar.get(SESSION_COOKIE)?.value);
  jar.delete({ name: SESSION_COOKIE, path: "/" });
}
