export default function Loading() {
  return <p className="map-loading" role="status" aria-live="polite">Loading figures…</p>;
}
