import { getDb } from "@/lib/db/client";
import { handleSeries } from "@/lib/api/handlers";

// Chart series per day, week or month (the overview's charts).
export function GET(req: Request) {
  return handleSeries(getDb(), req);
}
