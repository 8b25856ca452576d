// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Several checkouts or test runs can build side by side without clobbering
  // each other's output (tests set NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "jsdom"],
  typescript: { ignoreBuildErrors: false },
  // Telegram exports and HTML pages uploaded through /admin/ingest are larger
  // than Next's 1 MB default; the ingest service applies its own per-file caps.
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
};

module.exports = nextConfig;
