import { getDb } from "@/lib/db/client";
import { handleExport } from "@/lib/export/handler";

// Streamed download under the dashboard filters (see /data for the columns).
export function GET(req: Request) {
  return handleExport(getDb(), req, "claims");
}
