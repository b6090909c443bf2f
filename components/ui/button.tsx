import Link from "next/link";
import type { ComponentProps } from "react";

const variants = {
  primary: "bg-success text-white shadow-[0_2px_0_#002d18] hover:bg-[#005a30]",
  secondary: "bg-panel text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]",
  warning: "bg-error text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]",
} as const;

type Variant = keyof typeof variants;
const base = "inline-block px-4 py-2 font-bold text-lg no-underline cursor-pointer disabled:opacity-50 disabled:cursor-not-allowed mb-4";

export function Button({ variant = "primary", className = "", ...props }: ComponentProps<"button"> & { variant?: Variant }) {
  return <button className={`${base} ${variants[variant]} ${className}`} {...props} />;
}

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={`${base} ${variants[variant]} visited:text-inherit ${className}`} {...props} />;
}
