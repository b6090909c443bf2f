import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateWithMagicLink, authenticateWithPassword } from "@/lib/auth/authenticate";
import { loadMembershipSummaries } from "@/lib/auth/memberships";
import { clientIp } from "@/lib/security/client-ip";

// Errors thrown from authorize() reach the client as the `error` code of signIn()'s result.
function signInFailure(code: string): never {
  throw new Error(code);
}

export const authOptions: NextAuthOptions = {
  // next-auth reads NEXTAUTH_SECRET itself; instrumentation.ts has already checked it at start-up.
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "password",
      name: "Email and password",
      credentials: { email: { label: "Email address", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticateWithPassword(
          { email: credentials?.email, password: credentials?.password },
          clientIp(req?.headers),
        );
        return result.ok ? result.user : signInFailure(result.code);
      },
    }),
    CredentialsProvider({
      id: "magic-link",
      name: "Email link",
      credentials: { token: { label: "Token", type: "text" } },
      async authorize(credentials) {
        const result = await authenticateWithMagicLink({ token: credentials?.token });
        return result.ok ? result.user : signInFailure(result.code);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      // Memberships are read fresh so a removed member loses access at their next request.
      const userId = token.sub;
      if (!userId) return session;
      return { ...session, user: { ...session.user, id: userId, memberships: await loadMembershipSummaries(userId) } };
    },
  },
};
