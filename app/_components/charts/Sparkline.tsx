// A tiny inline SVG sparkline (server-rendered, one path: light even for a hundred rows).
export function Sparkline({ values, label, color = "#0b5cad" }: { values: number[]; label: string; color?: string }) {
  const w = 120, h = 24;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const pts = values.map((v, i) => `${(i * step).toFixed(1)},${(h - 1 - (v / max) * (h - 2)).toFixed(1)}`);
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={label} className="sparkline">
      {pts.length > 0 && <path d={`M${pts.join("L")}`} fill="none" stroke={color} strokeWidth={1.5} />}
    </svg>
  );
}
