// The kinds of service a provider offers, from a fixed list so that the register can filter on
// them. Providers describe themselves in their own words too (Organisation.serviceType).
export const SERVICE_KINDS = [
  "Community mental health support",
  "Peer support",
  "Crisis and recovery houses",
  "Supported housing",
  "Drug and alcohol recovery",
  "Carers' support",
  "Employment, education and training",
  "Advocacy",
  "Young people's services",
  "Older people's services",
] as const;

export type ServiceKind = (typeof SERVICE_KINDS)[number];

export function isServiceKind(value: string): value is ServiceKind {
  return (SERVICE_KINDS as readonly string[]).includes(value);
}
