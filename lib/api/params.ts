// Query-string validation for API and export routes: one zod schema per route
// (lib/api/schemas.ts), first problem reported as {error, param} with status 400.
import type { z } from "zod";

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: string; param: string };

/**
 * Unknown and repeated parameters are refused too: a misspelt filter
 * (`?contry=UA`) silently ignored would return everything, which a script
 * would not notice.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): ParseResult<z.output<S>> {
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (!known.has(key)) return { ok: false, param: key, error: `unknown parameter '${key}'; accepted: ${[...known].join(", ")}` };
    if (key in raw) return { ok: false, param: key, error: `'${key}' is given more than once` };
    raw[key] = value;
  }
  return validate(schema, raw);
}

/** Validate an already-collected object (route segment params). */
export function validate<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  const issue = r.error.issues[0];
  const param = String(issue.path[0] ?? "query");
  return { ok: false, param, error: `${param}: ${issue.message}` };
}

// Open data: any web page may read the API and the downloads (no cookies are involved).
export const OPEN_HEADERS = { "access-control-allow-origin": "*" };
const JSON_HEADERS = { "content-type": "application/json; charset=utf-8", ...OPEN_HEADERS };

export function badRequest(r: { error: string; param: string }): Response {
  return new Response(JSON.stringify({ error: r.error, param: r.param }), { status: 400, headers: JSON_HEADERS });
}

export function notFound(error: string, param: string): Response {
  return new Response(JSON.stringify({ error, param }), { status: 404, headers: JSON_HEADERS });
}

/** JSON with the public caching the figures allow: they change whenever a report is ingested. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { ...init, headers: { ...JSON_HEADERS, "cache-control": "no-store", ...init.headers } });
}

/** An unexpected failure is logged and answered as JSON, never as an HTML error page. */
export function serverError(err: unknown): Response {
  console.error("api error:", err);
  return new Response(JSON.stringify({ error: "internal error", param: "" }), { status: 500, headers: JSON_HEADERS });
}
