// External links from reports: only http(s) addresses become links, so a
// stored "javascript:" url is shown as text and never runs.
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

export function SourceLink({ url, children }: { url: string | null | undefined; children: React.ReactNode }) {
  const href = safeHref(url);
  return href ? <a href={href} rel="noopener noreferrer nofollow" target="_blank">{children}</a> : <>{children}</>;
}
