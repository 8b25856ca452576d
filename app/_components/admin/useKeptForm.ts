"use client";
// Every admin form submits the same way: through onSubmit, not the form's
// `action` alone, because React resets an `action` form after each submission
// and a refused correction or a wrong password would wipe what was typed.
// Without JavaScript the form still posts to the action.
import { useActionState, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/app/admin/_actions/run";

export type FormAction = (prev: ActionState, fd: FormData) => Promise<ActionState>;

/** `before` may stop the submission (a confirm dialog, client-side validation). */
export function useKeptForm(action: FormAction, before?: (fd: FormData) => boolean) {
  const [state, formAction, pending] = useActionState(action, { ok: false, message: null });
  const [, startTransition] = useTransition();
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    if (before && !before(fd)) return;
    startTransition(() => formAction(fd));
  };
  return { state, pending, formProps: { action: formAction, onSubmit } };
}
