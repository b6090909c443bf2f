"use client";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

type Claim = "NOT_YET" | "PARTLY" | "YES";
type ClaimsContextValue = { claims: Record<string, Claim>; setClaim: (criterionId: string, claim: Claim) => void };

const ClaimsContext = createContext<ClaimsContextValue | null>(null);

/** Holds the claims as they are being chosen, saved or not, so the level preview moves at once. */
export function ClaimsProvider({ initial, children }: { initial: Record<string, Claim>; children: ReactNode }) {
  const [claims, setClaims] = useState(initial);
  const value = useMemo(() => ({ claims, setClaim: (criterionId: string, claim: Claim) => setClaims((c) => ({ ...c, [criterionId]: claim })) }), [claims]);
  return <ClaimsContext.Provider value={value}>{children}</ClaimsContext.Provider>;
}

export function useClaims(): ClaimsContextValue {
  const value = useContext(ClaimsContext);
  if (!value) throw new Error("useClaims must be used inside ClaimsProvider");
  return value;
}
