export default function NotFound() {
  return (
    <section className="card">
      <h1>Not found</h1>
      <p>There is no such page, incident, report or region. It may have been merged into another incident or removed.</p>
      <p><a href="/incidents">Browse incidents</a> · <a href="/">Overview</a></p>
    </section>
  );
}
