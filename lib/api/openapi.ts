// OpenAPI 3.1 document generated from the zod schemas the routes validate
// with (lib/api/schemas.ts): one definition, so the reference cannot drift.
import { z } from "zod";
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { EXPORTS, EXPORT_KINDS } from "@/lib/export/formats";
import {
  errorSchema,
  filterQuery,
  idParam,
  incidentDetailSchema,
  incidentPageSchema,
  incidentsQuery,
  regionsSchema,
  seriesQuery,
  seriesSchema,
} from "./schemas";

const jsonBody = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const badRequest = jsonBody(errorSchema, "A malformed, unknown or repeated parameter: `error` says what, `param` which.");

function build(): OpenAPIRegistry {
  const r = new OpenAPIRegistry();
  r.registerPath({
    method: "get",
    path: "/api/incidents",
    summary: "Incidents, cursor-paged",
    description:
      "Incidents under the dashboard filters in a stable order by (date, id). Follow `nextCursor` until it is null: " +
      "every incident that existed when you started is returned exactly once, even while new reports are ingested.",
    request: { query: incidentsQuery },
    responses: {
      200: {
        ...jsonBody(incidentPageSchema, "One page"),
        headers: z.object({ link: z.string().optional().describe('`<next page URL>; rel="next"` (RFC 8288) while more pages follow') }),
      },
      400: badRequest,
    },
  });
  r.registerPath({
    method: "get",
    path: "/api/incidents/{id}",
    summary: "One incident with its claims and corrections",
    request: { params: idParam },
    responses: { 200: jsonBody(incidentDetailSchema, "The incident"), 400: badRequest, 404: jsonBody(errorSchema, "No such incident") },
  });
  r.registerPath({
    method: "get",
    path: "/api/series",
    summary: "Chart series per day, week or month",
    request: { query: seriesQuery },
    responses: { 200: jsonBody(seriesSchema, "The overview's series"), 400: badRequest },
  });
  r.registerPath({
    method: "get",
    path: "/api/regions",
    summary: "Totals per first-level region",
    request: { query: filterQuery },
    responses: { 200: jsonBody(regionsSchema, "Totals"), 400: badRequest },
  });
  for (const kind of EXPORT_KINDS) {
    const f = EXPORTS[kind];
    r.registerPath({
      method: "get",
      path: `/api/export/${f.file}`,
      summary: `${f.title} download (streamed)`,
      description: "The columns are documented on /data. The file starts arriving at once and is written in batches.",
      request: { query: filterQuery },
      responses: {
        200: { description: f.title, content: { [f.contentType.split(";")[0]]: { schema: z.string() } } },
        400: badRequest,
      },
    });
  }
  r.registerPath({
    method: "get",
    path: "/api/openapi.json",
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: z.looseObject({ openapi: z.string() }) } } } },
  });
  return r;
}

type Json = Record<string, unknown>;

/**
 * Optional filters accept "" as absent, which zod-to-openapi renders as a
 * nullable type; a query parameter cannot be JSON null, so drop that branch.
 */
function denull(schema: Json): Json {
  const out: Json = { ...schema };
  if (Array.isArray(out.type)) {
    const t = out.type.filter((x) => x !== "null");
    out.type = t.length === 1 ? t[0] : t;
  }
  if (Array.isArray(out.enum)) out.enum = out.enum.filter((x) => x !== null);
  if (Array.isArray(out.anyOf)) {
    const branches = (out.anyOf as Json[]).filter((b) => b.type !== "null").map(denull);
    if (branches.length === 1) {
      delete out.anyOf;
      Object.assign(out, branches[0]);
    } else out.anyOf = branches;
  }
  return out;
}

let cached: Json | undefined;

export function openApiDocument(): Json {
  if (cached) return cached;
  const doc = new OpenApiGeneratorV31(build().definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Strikewatch API",
      version: "1.0.0",
      description:
        "Reported strikes, drone and missile counts and casualties in the Russia–Ukraine war, extracted from news reports. " +
        "Every route takes the dashboard's filters as query parameters. Dates are YYYY-MM-DD (Kyiv time), timestamps ISO 8601. " +
        "Errors are JSON `{error, param}`.",
    },
    servers: [{ url: "/" }],
  }) as unknown as Json;
  for (const item of Object.values(doc.paths as Record<string, Record<string, Json>>)) {
    for (const op of Object.values(item)) {
      for (const p of (op.parameters as Json[] | undefined) ?? []) if (p.schema) p.schema = denull(p.schema as Json);
    }
  }
  cached = doc;
  return doc;
}
