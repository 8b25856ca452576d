"use client";
// A small admin form bound to one server action: shows the action's answer
// (or refusal) next to the button. Works without JavaScript too: the form
// posts to the action and the page re-renders with the answer.
import type { ReactNode } from "react";
import { useKeptForm, type FormAction } from "./useKeptForm";

export function ActionForm({
  action, children, submit, danger, className, testId, confirm,
}: {
  action: FormAction;
  children?: ReactNode;
  submit: string;
  danger?: boolean;
  className?: string;
  testId?: string;
  /** Asked before a change that is awkward to undo. */
  confirm?: string;
}) {
  const { state, pending, formProps } = useKeptForm(action, () => !confirm || window.confirm(confirm));
  return (
    <form
      {...formProps}
      className={`action-form ${className ?? ""}`}
      data-testid={testId}
    >
      {children}
      <button type="submit" disabled={pending} className={danger ? "danger" : undefined}>
        {pending ? "…" : submit}
      </button>
      {state.message && (
        <span role={state.ok ? "status" : "alert"} className={state.ok ? "ok-msg" : "err-msg"} key={state.at}>
          {state.message}
          {state.fieldErrors && Object.keys(state.fieldErrors).length > 1 && (
            <ul>
              {Object.entries(state.fieldErrors).map(([k, v]) => (
                <li key={k}>
                  {k}: {v}
                </li>
              ))}
            </ul>
          )}
        </span>
      )}
    </form>
  );
}
