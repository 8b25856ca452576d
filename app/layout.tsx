import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Strikewatch",
  description: "Reported strikes, drone and missile counts and casualties in the Russia–Ukraine war, extracted from news reports and traced to their sources.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">Skip to content</a>
        <header className="site-header">
          <a href="/" className="brand">Strikewatch</a>
          <nav aria-label="Main">
            <a href="/">Overview</a>
            <a href="/map">Map</a>
            <a href="/incidents">Incidents</a>
            <a href="/regions">Regions</a>
            <a href="/articles">Reports</a>
            <a href="/data">Data</a>
            <a href="/admin">Admin</a>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer muted small">
          Figures extracted from news reports; every number links to the sentences it came from. Boundaries: Natural Earth (public domain).
        </footer>
      </body>
    </html>
  );
}
