import { getDb } from "@/lib/db/client";
import { handleIncidents } from "@/lib/api/handlers";

// Cursor-paged incident feed; see lib/queries/feed.ts and /api-docs.
export function GET(req: Request) {
  return handleIncidents(getDb(), req);
}
