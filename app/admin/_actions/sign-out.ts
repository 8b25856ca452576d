"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { originProblem } from "@/lib/auth/request";
import { signOutCurrent } from "@/lib/auth/session";
import type { ActionState } from "./run";

export async function signOutAction(_prev: ActionState, _formData: FormData): Promise<ActionState> {
  // A cross-site page must not be able to sign the admin out either.
  const problem = originProblem(await headers());
  if (problem) return { ok: false, message: problem, at: Date.now() };
  await signOutCurrent();
  redirect("/admin/sign-in");
}
