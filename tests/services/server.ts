// A local HTTP server on 127.0.0.1 for the fetch paths: an article page, a
// feed pointing at it, a slow URL, a redirect loop and a bounded redirect chain.
import http from "node:http";
import type { AddressInfo } from "node:net";

export const ARTICLE_HTML = (title: string, body: string) => `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="og:site_name" content="Local Wire"><meta property="article:published_time" content="2025-03-02T07:15:00Z">
<script>window.tracking = true;</script></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1><p>${body}</p><p>Officials said rescue work continued through the morning and more details would follow later.</p></article>
<footer>Copyright Local Wire</footer></body></html>`;

export async function startServer() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    switch (url.pathname) {
      case "/article":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(ARTICLE_HTML("Strike on the city", "Overnight 6 killed in UA-63 on 2025-03-02 by RU, the governor said."));
        return;
      case "/article2":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(ARTICLE_HTML("Second report", "Later 8 killed in UA-63 on 2025-03-02 by RU, the regional head said."));
        return;
      case "/feed.xml":
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire feed</title>
<item><title>Strike on the city</title><link>${base}/article</link><pubDate>Sun, 02 Mar 2025 07:15:00 GMT</pubDate></item>
<item><title>Second</title><link>${base}/article2</link><pubDate>Sun, 02 Mar 2025 12:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>${base}/missing</link></item></channel></rss>`);
        return;
      case "/slow":
        // Never answers within the test's timeout; closed when the client gives up.
        setTimeout(() => res.end("late"), 10_000).unref();
        return;
      case "/loop":
        res.writeHead(302, { location: "/loop" });
        res.end();
        return;
      case "/hop":
        res.writeHead(301, { location: "/article" });
        res.end();
        return;
      case "/ua":
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        res.end(`The request came from ${req.headers["user-agent"]}.`);
        return;
      case "/big":
        res.writeHead(200, { "content-type": "text/plain" });
        res.end("x".repeat(300_000));
        return;
      case "/notfeed.xml":
        res.writeHead(200, { "content-type": "application/rss+xml" });
        res.end("<rss><channel><title>broken</channel>");
        return;
      default:
        res.writeHead(404);
        res.end("not found");
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))) };
}
