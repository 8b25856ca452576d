import type { Totals } from "@/lib/queries/totals";
import { fmt, pct } from "../query";

export function TotalsRow({ t, regional }: { t: Totals; regional: boolean }) {
  const air = regional ? "in this region" : "national counts";
  const items: { label: string; value: string; sub?: string; id: string }[] = [
    { id: "incidents", label: "Strikes", value: fmt(t.incidents), sub: "incidents" },
    { id: "drones-launched", label: "Drones launched", value: fmt(t.dronesLaunched), sub: air },
    { id: "drones-downed", label: "Drones downed", value: fmt(t.dronesDowned), sub: `interception ${pct(t.interceptionRate)}` },
    { id: "missiles-launched", label: "Missiles launched", value: fmt(t.missilesLaunched), sub: air },
    { id: "missiles-downed", label: "Missiles downed", value: fmt(t.missilesDowned), sub: `interception ${pct(t.missileInterceptionRate)}` },
    { id: "killed", label: "Killed", value: fmt(t.killed) },
    { id: "injured", label: "Injured", value: fmt(t.injured) },
  ];
  return (
    <dl className="totals" data-testid="totals">
      {items.map((i) => (
        <div key={i.id} className="total card" data-testid={`total-${i.id}`}>
          <dt>{i.label}</dt>
          <dd><span className="big">{i.value}</span>{i.sub && <span className="muted small">{i.sub}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
