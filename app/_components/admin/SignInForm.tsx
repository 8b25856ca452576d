"use client";
import { useActionState } from "react";
import type { ActionState } from "@/app/admin/_actions/run";

export function SignInForm({ action, next }: { action: (p: ActionState, fd: FormData) => Promise<ActionState>; next?: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  return (
    <form action={formAction} className="admin-form sign-in" data-testid="sign-in-form">
      {next && <input type="hidden" name="next" value={next} />}
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required maxLength={254} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required maxLength={1024} />
      </label>
      <button type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
      {state.message && <p role="alert" className="err-msg" key={state.at}>{state.message}</p>}
    </form>
  );
}
