import { openApiDocument } from "@/lib/api/openapi";

// The API reference, rendered on the server from the generated OpenAPI
// document: no client script and no third-party viewer from a CDN.
export const metadata = { title: "API reference · Strikewatch" };

type Json = Record<string, any>;

function refName(ref: string): string {
  return ref.split("/").pop() ?? ref;
}

/** A one-line type for a JSON Schema: "string (YYYY-MM-DD)", "Incident[]", "RU | UA | unknown". */
function typeOf(s: Json | undefined): string {
  if (!s) return "";
  if (s.$ref) return refName(s.$ref);
  if (s.enum) return s.enum.map(String).join(" | ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" or ");
  if (s.type === "array") return `${typeOf(s.items)}[]`;
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object") return `{ [key]: ${typeOf(s.additionalProperties)} }`;
  const t = [s.type].flat().filter(Boolean).join(" | ") || "any";
  const limits = [s.minimum !== undefined && `≥ ${s.minimum}`, s.exclusiveMinimum !== undefined && `> ${s.exclusiveMinimum}`, s.maximum !== undefined && s.maximum < 1e15 && `≤ ${s.maximum}`, s.maxLength !== undefined && `≤ ${s.maxLength} chars`, s.pattern && `pattern ${s.pattern}`]
    .filter(Boolean)
    .join(", ");
  return limits ? `${t} (${limits})` : t;
}

function SchemaTable({ schema }: { schema: Json }) {
  // An extended schema comes as allOf [{$ref: Base}, {properties}].
  const parts: Json[] = [schema, ...((schema.allOf as Json[] | undefined) ?? [])];
  const bases = parts.filter((p) => p.$ref).map((p) => refName(p.$ref));
  const props = parts.flatMap((p) => Object.entries((p.properties ?? {}) as Record<string, Json>));
  const required = new Set<string>(parts.flatMap((p) => p.required ?? []));
  if (props.length === 0) return <p className="muted">{typeOf(schema)}</p>;
  return (
    <div style={{ overflowX: "auto" }}>
      {bases.length > 0 && <p>Every field of {bases.map((b) => <a key={b} href={`#schema-${b}`}>{b}</a>)}, and:</p>}
      <table className="data-table">
        <thead>
          <tr>
            <th>Field</th>
            <th>Type</th>
            <th>Description</th>
          </tr>
        </thead>
        <tbody>
          {props.map(([name, p]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
                {required.has(name) ? "" : "?"}
              </td>
              <td>
                <code>{typeOf(p)}</code>
              </td>
              <td>{p.description ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation({ path, method, op }: { path: string; method: string; op: Json }) {
  const params: Json[] = op.parameters ?? [];
  return (
    <section className="card" id={`${method}-${path}`}>
      <h3>
        <code>
          {method.toUpperCase()} {path}
        </code>
      </h3>
      <p>{op.summary}</p>
      {op.description && <p className="muted">{op.description}</p>}
      {params.length > 0 && (
        <div style={{ overflowX: "auto" }}>
          <table className="data-table">
            <thead>
              <tr>
                <th>Parameter</th>
                <th>In</th>
                <th>Type</th>
                <th>Default</th>
                <th>Description</th>
              </tr>
            </thead>
            <tbody>
              {params.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td>
                    <code>{p.name}</code>
                    {p.required ? " (required)" : ""}
                  </td>
                  <td>{p.in}</td>
                  <td>
                    <code>{typeOf(p.schema)}</code>
                  </td>
                  <td>{p.schema?.default !== undefined ? <code>{String(p.schema.default)}</code> : ""}</td>
                  <td>{p.description ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul>
        {Object.entries(op.responses as Record<string, Json>).map(([code, r]) => (
          <li key={code}>
            <strong>{code}</strong> {r.description}
            {Object.entries((r.content ?? {}) as Record<string, Json>).map(([type, c]) => (
              <span key={type}>
                {" "}
                — <code>{type}</code> {c.schema ? <code>{typeOf(c.schema)}</code> : null}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function ApiDocs() {
  const doc = openApiDocument() as Json;
  const schemas = Object.entries((doc.components?.schemas ?? {}) as Record<string, Json>);
  return (
    <div className="stack">
      <section className="card">
        <h1>{doc.info.title}</h1>
        <p>{doc.info.description}</p>
        <p>
          OpenAPI {doc.openapi} document: <a href="/api/openapi.json">/api/openapi.json</a> (load it into any OpenAPI tool). Columns of the
          downloads: <a href="/data">data dictionary</a>.
        </p>
        <p className="muted small">
          Paging: request <code>/api/incidents?limit=1000</code>, then repeat with <code>cursor=</code> the page&apos;s <code>nextCursor</code>{" "}
          and the same filters until it is <code>null</code>.
        </p>
      </section>
      <h2>Endpoints</h2>
      {Object.entries(doc.paths as Record<string, Record<string, Json>>).flatMap(([path, item]) =>
        Object.entries(item).map(([method, op]) => <Operation key={`${method} ${path}`} path={path} method={method} op={op} />),
      )}
      <h2>Schemas</h2>
      {schemas.map(([name, schema]) => (
        <section className="card" key={name} id={`schema-${name}`}>
          <h3>{name}</h3>
          {schema.description && <p className="muted">{schema.description}</p>}
          <SchemaTable schema={schema} />
        </section>
      ))}
    </div>
  );
}
