// Country identifiers the exports need: ISO 3166-1 numeric (ACLED `iso`),
// alpha-3 (ACLED event ids), ACLED's and UCDP's country names.
export interface CountryCodes {
  numeric: number;
  alpha3: string;
  name: string;
  /** UCDP names states as Gleditsch & Ward do. */
  ucdpName: string;
  /** ACLED actor names for the state's military. */
  military: string;
}

const COUNTRIES: Record<string, CountryCodes> = {
  UA: { numeric: 804, alpha3: "UKR", name: "Ukraine", ucdpName: "Ukraine", military: "Military Forces of Ukraine (2019-)" },
  RU: { numeric: 643, alpha3: "RUS", name: "Russia", ucdpName: "Russia (Soviet Union)", military: "Military Forces of Russia (2000-)" },
  BY: { numeric: 112, alpha3: "BLR", name: "Belarus", ucdpName: "Belarus (Byelorussia)", military: "Military Forces of Belarus (1994-)" },
  MD: { numeric: 498, alpha3: "MDA", name: "Moldova", ucdpName: "Moldova", military: "Military Forces of Moldova" },
  RO: { numeric: 642, alpha3: "ROU", name: "Romania", ucdpName: "Rumania", military: "Military Forces of Romania" },
  PL: { numeric: 616, alpha3: "POL", name: "Poland", ucdpName: "Poland", military: "Military Forces of Poland" },
  GE: { numeric: 268, alpha3: "GEO", name: "Georgia", ucdpName: "Georgia", military: "Military Forces of Georgia" },
};

export function countryCodes(alpha2: string): CountryCodes {
  return COUNTRIES[alpha2] ?? { numeric: 0, alpha3: alpha2, name: alpha2, ucdpName: alpha2, military: `Military Forces of ${alpha2}` };
}
