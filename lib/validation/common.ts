// Small schemas the admin actions share.
import { z } from "zod";
import { REASON_MAX, fieldErrorsOf, formDataToObject, type ParseResult } from "./incident";

export const idSchema = z.coerce.number("not a number").int("not a whole number").positive("not a valid id").max(2 ** 31 - 1, "not a valid id");
export const reasonSchema = z.string("give a reason").trim().min(3, "give a reason (at least 3 characters)").max(REASON_MAX, `at most ${REASON_MAX} characters`);
/** Optional reason for routine actions (mark reviewed, restore). */
export const optionalReasonSchema = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), reasonSchema.optional());

export function parseForm<T extends z.ZodType>(schema: T, input: FormData | Record<string, unknown>): ParseResult<z.infer<T>> {
  const raw = input instanceof FormData ? formDataToObject(input) : input;
  const r = schema.safeParse(raw);
  if (!r.success) return { ok: false, fieldErrors: fieldErrorsOf(r.error) };
  return { ok: true, data: r.data };
}

export const signInSchema = z.object({
  email: z.string("enter your email").trim().min(1, "enter your email").max(254, "email is too long"),
  password: z.string("enter your password").min(1, "enter your password").max(1024, "password is too long"),
  next: z.string().max(500).optional(),
});
