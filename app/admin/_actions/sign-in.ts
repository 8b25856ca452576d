"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { clientAddress, originProblem, safeNext } from "@/lib/auth/request";
import { setSessionCookie } from "@/lib/auth/session";
import { revokeSession } from "@/lib/auth/sessions";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { parseForm, signInSchema } from "@/lib/validation/common";
import type { ActionState } from "./run";

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const at = Date.now();
  const h = await headers();
  // Sign-in CSRF (logging a victim into the attacker's account) is refused too.
  const problem = originProblem(h);
  if (problem) return { ok: false, message: problem, at };
  const parsed = parseForm(signInSchema, formData);
  if (!parsed.ok) return { ok: false, message: "enter your email and password", fieldErrors: parsed.fieldErrors, at };
  const r = await attemptSignIn(getDb(), { email: parsed.data.email, password: parsed.data.password, ip: clientAddress(h) });
  if (!r.ok) return { ok: false, message: r.error, at };
  // A session this browser held before ends: one browser, one live session.
  await revokeSession(getDb(), (await cookies()).get(SESSION_COOKIE)?.value);
  await setSessionCookie(r.token, r.expiresAt);
  redirect(safeNext(parsed.data.next));
}
