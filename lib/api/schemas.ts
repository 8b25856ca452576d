// The zod schemas of the public API: the routes validate their query strings
// with these, and lib/api/openapi.ts generates the OpenAPI document from the
// very same objects, so the documentation cannot drift from the behaviour.
import { z } from "zod";
import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { filterSchema } from "@/lib/queries/filters";
import { MAX_LIMIT } from "@/lib/queries/feed";

extendZodWithOpenApi(z);

const s = filterSchema.shape;

/** The dashboard filters, described for the API reference. Validation is filterSchema's own. */
export const filterQuery = filterSchema.safeExtend({
  from: s.from.describe("First day (YYYY-MM-DD, Kyiv time), inclusive."),
  to: s.to.describe("Last day (YYYY-MM-DD), inclusive."),
  country: s.country.describe("Country where the strike landed (ISO 3166-1 alpha-2)."),
  region: s.region.describe("First-level region (ISO 3166-2, e.g. UA-63, RU-BEL), or 'none' for country-wide figures."),
  attacker: s.attacker.describe("Who attacked: RU, UA, or 'unknown' when the reports do not say."),
  weapon: s.weapon.describe("Incidents that involved this weapon kind."),
  publisher: s.publisher.describe("Incidents with at least one counted claim from this publisher (exact name)."),
  language: s.language.describe("Incidents with at least one counted claim in this language."),
  review: s.review.describe("Review status of the incident."),
});

export const ORDERS = ["asc", "desc"] as const;

export const incidentsQuery = filterQuery.safeExtend({
  cursor: z
    .string()
    .max(200)
    .optional()
    .describe("Opaque cursor from the previous page's `nextCursor`. Keep the other parameters the same."),
  limit: z.coerce
    .number({ error: `a whole number from 1 to ${MAX_LIMIT}` })
    .int("a whole number")
    .min(1)
    .max(MAX_LIMIT, `at most ${MAX_LIMIT}`)
    .default(100)
    .describe(`Page size, 1 to ${MAX_LIMIT}.`),
  order: z.enum(ORDERS).default("desc").describe("By (date, id): 'desc' newest first, 'asc' oldest first."),
});

export const seriesQuery = filterQuery.safeExtend({
  bucket: z.enum(["day", "week", "month"]).default("day").describe("Bucket size; weeks start on Monday."),
});

export const idParam = z.object({
  id: z.coerce.number({ error: "a positive whole number" }).int("a whole number").positive("a positive id").max(Number.MAX_SAFE_INTEGER).describe("Incident id (strikewatch_id)."),
});

// ---- responses ----

const count = z.number().int().nullable();

export const rangeSchema = z
  .object({
    low: z.number().int(),
    best: z.number().int(),
    high: z.number().int(),
    sources: z.number().int().describe("Articles that gave this figure."),
  })
  .openapi("Range", { description: "Spread of one count over the articles reporting it (see /data)." });

/** What every correction in the API carries; the two schemas below add to it. */
const correctionFields = {
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  reason: z.string(),
  editor: z.string().describe("The editor's name (e-mail domain removed)"),
  createdAt: z.string(),
};

export const correctionInForceSchema = z.object(correctionFields).openapi("CorrectionInForce");

export const COUNT_KEYS = ["dronesLaunched", "dronesDowned", "missilesLaunched", "missilesDowned", "killed", "injured"] as const;

export const incidentSchema = z
  .object({
    id: z.number().int(),
    date: z.string().describe("YYYY-MM-DD, Kyiv time"),
    country: z.string(),
    region: z.string().nullable().describe("ISO 3166-2; null = country-wide"),
    regionName: z.string().nullable(),
    place: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    geoPrecision: z.number().int().nullable().describe("1 town, 2 near a town, 3 region only, null country-wide"),
    attacker: z.enum(["RU", "UA"]).nullable(),
    weapons: z.array(z.string()),
    dronesLaunched: count,
    dronesDowned: count,
    missilesLaunched: count,
    missilesDowned: count,
    killed: count,
    injured: count,
    ranges: z.record(z.string(), rangeSchema).describe("Per count field (keys as above) with at least one source"),
    sourceCount: z.number().int(),
    reviewStatus: z.string(),
    version: z.number().int(),
    createdAt: z.string().describe("ISO 8601 timestamp"),
    updatedAt: z.string().describe("ISO 8601 timestamp"),
    extractorVersions: z.array(z.string()).describe("Extractor versions that read the articles behind the figures"),
    correctionsInForce: z.array(correctionInForceSchema).describe("Editor corrections that override derived values (newest per field)"),
  })
  .openapi("Incident");

export const incidentPageSchema = z
  .object({
    data: z.array(incidentSchema),
    nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page."),
    limit: z.number().int(),
    order: z.enum(ORDERS),
  })
  .openapi("IncidentPage");

export const articleRefSchema = z
  .object({
    id: z.number().int(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    published: z.string().nullable().describe("ISO 8601 timestamp"),
    extractorVersion: z.string(),
    hidden: z.boolean(),
    isCurrent: z.boolean(),
  })
  .openapi("ArticleRef");

export const claimSchema = z
  .object({
    id: z.number().int(),
    field: z.string(),
    value: z.number().int().nullable(),
    qualifier: z.string(),
    claimant: z.string().nullable(),
    claimantSide: z.string().nullable(),
    date: z.string(),
    region: z.string().nullable(),
    place: z.string().nullable(),
    attacker: z.string().nullable(),
    weapons: z.array(z.string()),
    language: z.string(),
    quote: z.string().describe("The sentence the figure came from"),
    start: z.number().int().describe("Offset of the figure in the article body (UTF-16 units)"),
    end: z.number().int(),
    excluded: z.boolean(),
    counted: z.boolean().describe("Whether this claim enters the incident's figures (not excluded, article current and not hidden)"),
    article: articleRefSchema,
  })
  .openapi("Claim");

export const correctionSchema = z
  .object({
    id: z.number().int(),
    ...correctionFields,
    inForce: z.boolean().describe("The newest correction of its field: the value that stands"),
  })
  .openapi("Correction");

export const incidentDetailSchema = incidentSchema
  .safeExtend({ claims: z.array(claimSchema), corrections: z.array(correctionSchema) })
  .openapi("IncidentDetail");

export const seriesPointSchema = z.object({ date: z.string(), values: z.record(z.string(), z.number().nullable()) });

export const seriesSchema = z
  .object({
    bucket: z.enum(["day", "week", "month"]),
    incidents: z.array(seriesPointSchema).describe("Incidents per bucket by attacker (RU, UA, unknown)"),
    air: z.array(seriesPointSchema).describe("Drones and missiles launched and downed (national counts unless a region is chosen)"),
    casualties: z.array(seriesPointSchema).describe("Killed and injured"),
  })
  .openapi("Series");

const figures = {
  incidents: z.number().int(),
  killed: count,
  injured: count,
  dronesLaunched: count,
  dronesDowned: count,
  missilesLaunched: count,
  missilesDowned: count,
};

export const regionsSchema = z
  .object({
    regions: z.array(z.object({ code: z.string(), name: z.string(), country: z.string(), ...figures })),
    countryWide: z.array(z.object({ country: z.string(), ...figures })).describe("Figures reported for a whole country (region null)"),
  })
  .openapi("RegionTotals");

export const errorSchema = z
  .object({ error: z.string().describe("What is wrong"), param: z.string().describe("The offending parameter") })
  .openapi("Error");

export type IncidentJson = z.infer<typeof incidentSchema>;
export type IncidentDetailJson = z.infer<typeof incidentDetailSchema>;
