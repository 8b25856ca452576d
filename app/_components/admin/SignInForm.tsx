"use client";
import { useActionState, useTransition } from "react";
import type { ActionState } from "@/app/admin/_actions/run";

export function SignInForm({ action, next }: { action: (p: ActionState, fd: FormData) => Promise<ActionState>; next?: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  const [, startTransition] = useTransition();
  return (
    <form
      action={formAction}
      // Through onSubmit so a wrong password does not also wipe the email (React resets `action` forms).
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        startTransition(() => formAction(fd));
      }}
      className="admin-form sign-in"
      data-testid="sign-in-form"
    >
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
