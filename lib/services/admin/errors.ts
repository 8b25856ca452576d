/**
 * A refused admin change; the message is shown as is. `field` names the form
 * field it belongs to, when there is one. Nothing was written when this is thrown.
 */
export class AdminError extends Error {
  constructor(message: string, readonly field?: string, readonly code: "invalid" | "not_found" | "stale" | "conflict" = "invalid") {
    super(message);
    this.name = "AdminError";
  }
}

export const staleMessage = (current: number, yours: number) =>
  `someone changed this incident since you opened it (now version ${current}, your form is version ${yours}): reload the page and apply your change again`;
