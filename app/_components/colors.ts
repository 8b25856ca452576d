// Fixed colours (Okabe–Ito, colour-blind safe), the same as --ru/--ua/--unknown
// in app/globals.css. SVG attributes cannot read CSS variables, so charts and
// map markers take them from here.
export const ATTACKER_COLORS: Record<string, string> = { RU: "#d55e00", UA: "#0072b2", unknown: "#999999" };
export const ATTACKER_LABELS: Record<string, string> = { RU: "Russia", UA: "Ukraine", unknown: "Unknown" };
export const attackerColor = (a: string | null | undefined) => ATTACKER_COLORS[a ?? "unknown"] ?? ATTACKER_COLORS.unknown;
export const attackerLabel = (a: string | null | undefined) => ATTACKER_LABELS[a ?? "unknown"] ?? a ?? "Unknown";

/**
 * Launched vs downed, killed vs injured: Okabe–Ito hues the attacker colours
 * do not use (no orange, no blue), so no chart suggests a side.
 */
export const LAUNCHED = "#cc79a7";
export const DOWNED = "#009e73";
export const KILLED = "#000000";
export const INJURED = "#cc79a7";

/** Sequential shading (viridis, light to dark), readable for all colour visions and in greyscale. */
export const SHADES = ["#fde725", "#7ad151", "#22a884", "#2a788e", "#414487", "#440154"];
export const NO_DATA = "#eceff3";
