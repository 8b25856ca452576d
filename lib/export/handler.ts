// Export route handler: validate the dashboard filters, then stream.
import type { Db } from "@/lib/db/client";
import { OPEN_HEADERS, badRequest, parseQuery, serverError } from "@/lib/api/params";
import { filterQuery } from "@/lib/api/schemas";
import { filterOnly } from "@/lib/api/filters";
import { EXPORTS, downloadName, type ExportKind } from "./formats";
import { textStream } from "./stream";

export function handleExport(db: Db, req: Request, kind: ExportKind): Response {
  try {
    const q = parseQuery(filterQuery, new URL(req.url).searchParams);
    if (!q.ok) return badRequest(q);
    const f = filterOnly(q.data);
    const format = EXPORTS[kind];
    return new Response(textStream(format.chunks(db, f)), {
      headers: {
        "content-type": format.contentType,
        "content-disposition": `attachment; filename="${downloadName(format, f)}"`,
        "cache-control": "no-store",
        // Tells proxies (nginx) not to hold the stream back until it ends.
        "x-accel-buffering": "no",
        ...OPEN_HEADERS,
      },
    });
  } catch (err) {
    return serverError(err);
  }
}
