import { getDb } from "@/lib/db/client";
import { handleRegions } from "@/lib/api/handlers";

// Totals per first-level region, plus the country-wide figures.
export function GET(req: Request) {
  return handleRegions(getDb(), req);
}
