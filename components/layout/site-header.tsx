import Link from "next/link";
import { getCurrentActor } from "@/lib/access/actor";
import { navigationFor } from "@/lib/auth/navigation";
import { SignOutButton } from "@/components/layout/sign-out-button";

export async function SiteHeader() {
  const actor = await getCurrentActor();
  const links = actor ? navigationFor(actor.memberships) : [];
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto max-w-5xl px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href="/" className="text-white visited:text-white text-xl font-bold no-underline mr-auto">
          Coproduction Quality Mark
        </Link>
        {actor ? (
          <>
            <span className="text-white">
              Signed in as <strong>{actor.name}</strong>
            </span>
            <SignOutButton />
          </>
        ) : (
          <Link href="/sign-in" className="text-white visited:text-white font-bold">Sign in</Link>
        )}
      </div>
      <nav aria-label="Main" className="bg-brand">
        <ul className="mx-auto max-w-5xl px-4 flex flex-wrap gap-x-6 list-none m-0 py-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="text-white visited:text-white font-bold">{link.label}</Link>
            </li>
          ))}
          <li>
            <Link href="/standard" className="text-white visited:text-white font-bold">The standard</Link>
          </li>
          <li>
            <Link href="/register" className="text-white visited:text-white font-bold">The register</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
