/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets parallel builds (tests, benchmarks) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'geoip-lite'],
  poweredByHeader: false,
  // Ingest batches of 1,000 events can exceed the default 1 MB server-action limit; route
  // handlers enforce their own limits (lib/api/body.ts).
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
};
export default nextConfig;
