// Structural validation of the generated OpenAPI 3.1 document, and a check
// that what it documents is what the routes accept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { handleIncidents, handleRegions, handleSeries } from "@/lib/api/handlers";
import { handleExport } from "@/lib/export/handler";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

type Json = Record<string, any>;
const doc = openApiDocument() as Json;
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

function resolve(ref: string): unknown {
  expect(ref.startsWith("#/")).toBe(true);
  return ref
    .slice(2)
    .split("/")
    .reduce<any>((node, key) => (node === undefined ? undefined : node[key.replace(/~1/g, "/").replace(/~0/g, "~")]), doc);
}

/** Every $ref anywhere in the document points at something. */
function walkRefs(node: unknown, path: string, out: string[]) {
  if (Array.isArray(node)) node.forEach((n, i) => walkRefs(n, `${path}/${i}`, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string" && resolve(v) === undefined) out.push(`${path}: ${v}`);
      else walkRefs(v, `${path}/${k}`, out);
    }
  }
}

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with info and paths", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(typeof doc.info.title).toBe("string");
    expect(typeof doc.info.version).toBe("string");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/incidents", "/api/incidents/{id}", "/api/series", "/api/regions", "/api/export/acled.csv", "/api/export/ucdp.csv", "/api/export/incidents.geojson", "/api/export/claims.csv", "/api/openapi.json"]),
    );
  });

  it("defines every path's parameters, each once, with a schema", () => {
    for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
      expect(path.startsWith("/")).toBe(true);
      for (const [method, op] of Object.entries(item)) {
        expect(METHODS).toContain(method);
        const params: Json[] = (op.parameters ?? []).map((p: Json) => (p.$ref ? resolve(p.$ref) : p));
        const seen = new Set<string>();
        for (const p of params) {
          expect(["query", "path", "header", "cookie"]).toContain(p.in);
          expect(typeof p.name).toBe("string");
          expect(p.schema ?? p.content).toBeDefined();
          expect(seen.has(`${p.in}:${p.name}`)).toBe(false);
          seen.add(`${p.in}:${p.name}`);
          if (p.in === "path") expect(p.required).toBe(true);
          // A query parameter is never JSON null.
          if (p.schema?.type) expect([p.schema.type].flat()).not.toContain("null");
        }
        const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        const declared = params.filter((p) => p.in === "path").map((p) => p.name).sort();
        expect(declared, `${method} ${path}`).toEqual(templated);
        expect(Object.keys(op.responses ?? {}).length).toBeGreaterThan(0);
        for (const [code, res] of Object.entries(op.responses as Record<string, Json>)) {
          expect(code).toMatch(/^([1-5]\d\d|[1-5]XX|default)$/);
          expect(typeof (res.$ref ? (resolve(res.$ref) as Json).description : res.description)).toBe("string");
        }
      }
    }
  });

  it("has no dangling $ref", () => {
    const dangling: string[] = [];
    walkRefs(doc, "#", dangling);
    expect(dangling).toEqual([]);
  });
});

describe("the routes accept what the document says", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t?.cleanup());

  /** A valid sample for a documented parameter schema. */
  function sample(schema: Json): string | undefined {
    if (schema.enum) return String(schema.enum[0]);
    if (schema.anyOf) return sample(schema.anyOf.find((b: Json) => b.enum) ?? schema.anyOf[0]);
    if (schema.pattern === "^\\d{4}-\\d{2}-\\d{2}$") return "2025-01-01";
    if (schema.type === "integer") return String(schema.minimum ?? 1);
    if (schema.type === "string" && !schema.pattern) return "x";
    return undefined;
  }

  const routes: [string, (req: Request) => Response | Promise<Response>][] = [
    ["/api/incidents", (r) => handleIncidents(t.db, r)],
    ["/api/series", (r) => handleSeries(t.db, r)],
    ["/api/regions", (r) => handleRegions(t.db, r)],
    ["/api/export/acled.csv", (r) => handleExport(t.db, r, "acled")],
  ];

  it.each(routes.map(([p]) => p))("%s: every documented query parameter is accepted", async (path) => {
    const handler = routes.find(([p]) => p === path)![1];
    const params: Json[] = doc.paths[path].get.parameters.filter((p: Json) => p.in === "query");
    expect(params.length).toBeGreaterThan(5);
    for (const p of params) {
      if (p.name === "cursor") continue; // only valid when issued by the API
      const v = sample(p.schema);
      expect(v, p.name).toBeDefined();
      const res = await handler(new Request(`http://test${path}?${p.name}=${encodeURIComponent(v!)}`));
      expect(res.status, `${path}?${p.name}=${v}`).toBe(200);
      await res.text();
    }
    // …and nothing undocumented is.
    const res = await handler(new Request(`http://test${path}?undocumented=1`));
    expect(res.status).toBe(400);
  });
});
