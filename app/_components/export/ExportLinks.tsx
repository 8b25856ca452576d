import { filtersToQuery, type Filters } from "@/lib/queries/filters";
import { EXPORT_INFO, EXPORT_KINDS } from "@/lib/export/catalog";

// Download links for the four exports under the page's current filters. No
// client code: plain links, so it renders in server components and works
// without JavaScript. Place it anywhere the filters are known:
//   <ExportLinks filters={filters} />
export function ExportLinks({ filters, title = "Download these incidents" }: { filters: Filters; title?: string }) {
  const q = filtersToQuery(filters);
  return (
    <nav className="export-links" aria-label="Exports" data-testid="export-links" style={{ margin: "0.5rem 0 1rem" }}>
      <span className="muted small">{title}: </span>
      {EXPORT_KINDS.map((kind, i) => {
        const f = EXPORT_INFO[kind];
        return (
          <span key={kind}>
            {i > 0 ? " · " : ""}
            <a href={`/api/export/${f.file}${q}`} download data-testid={`export-${kind}`}>
              {f.title}
            </a>
          </span>
        );
      })}
      <span>
        {" · "}
        <a href={`/api/incidents${q}`} data-testid="export-api">
          JSON API
        </a>
      </span>
      <span className="muted small">
        {" "}
        (<a href="/data">what the columns mean</a>)
      </span>
    </nav>
  );
}

export default ExportLinks;
