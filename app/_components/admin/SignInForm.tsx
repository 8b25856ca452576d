"use client";
import { useKeptForm, type FormAction } from "./useKeptForm";

export function SignInForm({ action, next }: { action: FormAction; next?: string }) {
  // A wrong password must not also wipe the email.
  const { state, pending, formProps } = useKeptForm(action);
  return (
    <form
      {...formProps}
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
