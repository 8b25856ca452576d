// The steps every admin server action takes, in order: same-origin request and
// a live session (checked here, inside the action: a layout or proxy check
// can be bypassed by posting to the action directly), then zod on the form,
// then the service. Refusals come back as a message, never as a half-change.
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { authorizeAdminMutation, type AdminIdentity } from "@/lib/auth/session";
import { AdminError } from "@/lib/services/admin/errors";
import { parseForm } from "@/lib/validation/common";
import type { FieldErrors } from "@/lib/validation/incident";

export interface ActionState {
  ok: boolean;
  message: string | null;
  fieldErrors?: FieldErrors;
  /** Changes on every answer so the same message twice is still announced. */
  at?: number;
}

export const initialState: ActionState = { ok: false, message: null };

export async function runAdminAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  fn: (data: z.infer<S>, admin: AdminIdentity) => Promise<string>,
): Promise<ActionState> {
  const at = Date.now();
  const auth = await authorizeAdminMutation();
  if (!auth.ok) return { ok: false, message: auth.error, at };
  if (!(formData instanceof FormData)) return { ok: false, message: "the request did not carry a form", at };
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) {
    const fields = Object.keys(parsed.fieldErrors);
    const only = fields.length === 1 ? parsed.fieldErrors[fields[0]] : null;
    return { ok: false, message: only ? `${fields[0]}: ${only}` : "nothing was saved: check the fields marked below", fieldErrors: parsed.fieldErrors, at };
  }
  try {
    const message = await fn(parsed.data, auth.admin);
    // Public pages and exports read the same rows: refresh them all.
    revalidatePath("/", "layout");
    return { ok: true, message, at };
  } catch (err) {
    if (err instanceof AdminError) return { ok: false, message: err.message, fieldErrors: err.field ? { [err.field]: err.message } : undefined, at };
    console.error("admin action failed", err);
    return { ok: false, message: "the change failed on the server and nothing was saved; try again", at };
  }
}
