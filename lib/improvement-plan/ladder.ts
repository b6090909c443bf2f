// TLAP's ladder of co-production, in plain English. Pure (no Prisma, no React) so that pages,
// components, services and tests can all share one wording and one ordering.

/** The seven rungs, lowest first. The order matters: a target may not sit below the current rung. */
export const LADDER_RUNGS = ["COERCION", "EDUCATING", "INFORMING", "CONSULTATION", "ENGAGEMENT", "CO_DESIGN", "CO_PRODUCTION"] as const;

/** Mirrors Prisma's `LadderRung` enum; kept here so client components need not import generated code. */
export type LadderRung = (typeof LADDER_RUNGS)[number];

/** TLAP groups the rungs by who holds the power: things done to people, for them, or with them. */
export type LadderStage = "doing to" | "doing for" | "doing with";

export type RungInfo = { label: string; description: string; stage: LadderStage };

export const RUNGS: Record<LadderRung, RungInfo> = {
  COERCION: { label: "Coercion", description: "people take part because they have to, and have no say", stage: "doing to" },
  EDUCATING: { label: "Educating", description: "we help people understand our services, but they have no say in them", stage: "doing to" },
  INFORMING: { label: "Informing", description: "we tell people about decisions we have already made", stage: "doing for" },
  CONSULTATION: { label: "Consultation", description: "we ask people's views, but we decide", stage: "doing for" },
  ENGAGEMENT: { label: "Engagement", description: "people have more chances to give their views and can change some decisions, when we let them", stage: "doing for" },
  CO_DESIGN: { label: "Co-design", description: "people help design services from their own experience, but are not involved in seeing it through", stage: "doing with" },
  CO_PRODUCTION: { label: "Co-production", description: "people who use services and staff work as equals, sharing decisions from design to delivery", stage: "doing with" },
};

export function isLadderRung(value: unknown): value is LadderRung {
  return typeof value === "string" && (LADDER_RUNGS as readonly string[]).includes(value);
}

/** 1 for the lowest rung (coercion) up to 7 for co-production. */
export function rungNumber(rung: LadderRung): number {
  return LADDER_RUNGS.indexOf(rung) + 1;
}

/** Negative when `a` is below `b`, zero when equal, positive when above. */
export function compareRungs(a: LadderRung, b: LadderRung): number {
  return rungNumber(a) - rungNumber(b);
}

/** How many rungs separate where an organisation is from where it wants to be (never negative). */
export function rungsToClimb(current: LadderRung, target: LadderRung): number {
  return Math.max(0, compareRungs(target, current));
}

/** "Consultation: we ask people's views, but we decide" – the label with its plain-English meaning. */
export function describeRung(rung: LadderRung): string {
  return `${RUNGS[rung].label}: ${RUNGS[rung].description}`;
}
