import { FIELD_LABELS } from "@/lib/fields";
import type { Measure } from "@/lib/queries/regions";

// Shared by server pages and the client map (a "use client" module's exports
// are only references on the server, so plain data lives here).
export const MEASURE_LABELS: Record<Measure, string> = {
  incidents: "Incidents",
  killed: FIELD_LABELS.killed,
  injured: FIELD_LABELS.injured,
  dronesLaunched: FIELD_LABELS.dronesLaunched,
  dronesDowned: FIELD_LABELS.dronesDowned,
};
