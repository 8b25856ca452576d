// Previous / next links under a paged table. Each page builds its own links
// (they keep that page's filters and sort); a single page shows no pager.
export function Pager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label="Pages">
      {page > 1 ? <a href={href(page - 1)} rel="prev">← Previous</a> : <span />}
      <span>Page {page} of {pageCount}</span>
      {page < pageCount ? <a href={href(page + 1)} rel="next">Next →</a> : <span />}
    </nav>
  );
}
