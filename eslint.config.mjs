import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Pages and components reach data only through lib/ services, never the Prisma client.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@prisma/client", "**/generated/prisma/**", "@/generated/**", "@/lib/db", "@/lib/db/*"], message: "Go through the scoped data layer in lib/ instead." },
          ],
        },
      ],
    },
  },
  {
    ignores: [".next/**", ".next-*/**", "generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
