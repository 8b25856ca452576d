"use client";
// Error boundary for every page: a plain message, a retry, no stack trace.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. The database may be busy or unreachable; trying again often helps.</p>
      {error.digest && <p className="muted small">Reference: {error.digest}</p>}
      <p><button type="button" onClick={reset}>Try again</button> <a href="/">Back to the overview</a></p>
    </section>
  );
}
