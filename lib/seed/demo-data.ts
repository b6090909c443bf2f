// The demo world: a scheme, five providers, a commissioning body and their people. Every
// account's password is DEMO_PASSWORD, as the README says.
import type { OrganisationKind, Role } from "@/generated/prisma/enums";
import type { ServiceKind } from "@/lib/organisations/service-kinds";

export const DEMO_PASSWORD = "demo-password-1";

export type DemoOrganisation = {
  slug: string;
  kind: OrganisationKind;
  name: string;
  serviceType: string | null;
  serviceKinds: ServiceKind[];
  area: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    slug: "leeds-coproduction-quality-mark",
    kind: "SCHEME",
    name: "Leeds Coproduction Quality Mark",
    serviceType: null,
    serviceKinds: [],
    area: "Leeds",
    contactName: "Priya Shah",
    contactEmail: "scheme@cqm.demo.test",
    contactPhone: "0113 496 0100",
  },
  {
    slug: "northside-mind",
    kind: "PROVIDER",
    name: "Northside Mind",
    serviceType: "Community mental health support and peer groups",
    serviceKinds: ["Community mental health support", "Peer support"],
    area: "Leeds North East",
    contactName: "Grace Adeyemi",
    contactEmail: "hello@northside-mind.demo.test",
    contactPhone: "0113 496 0211",
  },
  {
    slug: "harbour-recovery",
    kind: "PROVIDER",
    name: "Harbour Recovery",
    serviceType: "Drug and alcohol recovery with mental health support",
    serviceKinds: ["Drug and alcohol recovery", "Community mental health support"],
    area: "Leeds South and East",
    contactName: "Tom Gallagher",
    contactEmail: "info@harbour-recovery.demo.test",
    contactPhone: "0113 496 0322",
  },
  {
    slug: "elm-house",
    kind: "PROVIDER",
    name: "Elm House",
    serviceType: "Supported housing and crisis recovery house",
    serviceKinds: ["Supported housing", "Crisis and recovery houses"],
    area: "Leeds West",
    contactName: "Sunita Patel",
    contactEmail: "office@elm-house.demo.test",
    contactPhone: "0113 496 0433",
  },
  {
    slug: "riverside-peer-support",
    kind: "PROVIDER",
    name: "Riverside Peer Support",
    serviceType: "Peer support groups and a recovery college",
    serviceKinds: ["Peer support", "Employment, education and training"],
    area: "Leeds Inner",
    contactName: "Joy Mensah",
    contactEmail: "hello@riverside-peer.demo.test",
    contactPhone: "0113 496 0655",
  },
  {
    slug: "aire-valley-carers",
    kind: "PROVIDER",
    name: "Aire Valley Carers Centre",
    serviceType: "Support for carers of people with mental health problems",
    serviceKinds: ["Carers' support"],
    area: "Leeds North West",
    contactName: "Peter Lindqvist",
    contactEmail: "team@aire-valley-carers.demo.test",
    contactPhone: "0113 496 0766",
  },
  {
    slug: "leeds-place-commissioning",
    kind: "COMMISSIONER",
    name: "West Yorkshire ICB – Leeds Place",
    serviceType: null,
    serviceKinds: [],
    area: "Leeds",
    contactName: "Helen Okafor",
    contactEmail: "commissioning@leeds-icb.demo.test",
    contactPhone: "0113 496 0544",
  },
];

export type DemoAccount = { email: string; name: string; organisationSlug: string; role: Role };

const providerAccounts = (slug: string, admin: string, member: string): DemoAccount[] => [
  { email: `admin@${slug}.demo.test`, name: admin, organisationSlug: slug, role: "ORG_ADMIN" },
  { email: `member@${slug}.demo.test`, name: member, organisationSlug: slug, role: "ORG_MEMBER" },
];

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "scheme.admin@demo.test", name: "Priya Shah", organisationSlug: "leeds-coproduction-quality-mark", role: "SCHEME_ADMIN" },
  // A second scheme admin who took no part in the demo awards, so they may decide a review.
  { email: "reviewer@demo.test", name: "Samira Khan", organisationSlug: "leeds-coproduction-quality-mark", role: "SCHEME_ADMIN" },
  { email: "assessor.one@demo.test", name: "Dawn Hughes", organisationSlug: "leeds-coproduction-quality-mark", role: "ASSESSOR" },
  { email: "assessor.two@demo.test", name: "Marcus Bell", organisationSlug: "leeds-coproduction-quality-mark", role: "ASSESSOR" },
  { email: "commissioner@demo.test", name: "Helen Okafor", organisationSlug: "leeds-place-commissioning", role: "COMMISSIONER" },
  ...providerAccounts("northside-mind", "Grace Adeyemi", "Liam Walsh"),
  ...providerAccounts("harbour-recovery", "Tom Gallagher", "Aisha Rahman"),
  ...providerAccounts("elm-house", "Sunita Patel", "Owen Price"),
  ...providerAccounts("riverside-peer-support", "Joy Mensah", "Callum Reid"),
  ...providerAccounts("aire-valley-carers", "Peter Lindqvist", "Hannah Brooks"),
];
