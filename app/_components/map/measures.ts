import type { Measure } from "@/lib/queries/regions";

// Shared by server pages and the client map (a "use client" module's exports
// are only references on the server, so plain data lives here).
export const MEASURE_LABELS: Record<Measure, string> = {
  incidents: "Incidents",
  killed: "Killed",
  injured: "Injured",
  dronesLaunched: "Drones launched",
  dronesDowned: "Drones downed",
};
