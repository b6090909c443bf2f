import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound } from "@/lib/access/or-not-found";
import { requireRole } from "@/lib/access/require-role";
import { formatIsoDate } from "@/lib/dates";
import { SOURCE_LABELS, TYPE_LABELS } from "@/lib/evidence/labels";
import { getProviderProfile } from "@/lib/register/provider-profile";
import { AwardLevels } from "@/components/register/award-levels";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";

export const metadata: Metadata = { title: "Provider" };

type Props = { params: Promise<{ slug: string }> };

export default async function ProviderProfilePage({ params }: Props) {
  const actor = await requireRole("COMMISSIONER", "SCHEME_ADMIN");
  const { slug } = await params;
  const profile = await orNotFound(getProviderProfile(actor, slug));
  const { organisation, current } = profile;
  return (
    <>
      <p><Link href="/commissioner">Back to the register</Link></p>
      <h1>{organisation.name}</h1>
      <SummaryList
        rows={[
          { key: "Area", value: organisation.area },
          { key: "Kinds of service", value: organisation.serviceKinds.length > 0 ? organisation.serviceKinds.join(", ") : "Not given" },
          { key: "In their words", value: organisation.serviceType ?? "Not given" },
        ]}
      />
      <h2>Award</h2>
      {current ? (
        <>
          <SummaryList
            rows={[
              { key: "Level", value: <Tag tone={current.standing.standing === "CURRENT" ? "green" : "yellow"}>{`Level ${current.level}`}</Tag> },
              { key: "Standing", value: current.standing.label },
              { key: "Awarded on", value: formatIsoDate(current.issuedOn) },
              { key: "Expires on", value: formatIsoDate(current.expiresOn) },
              { key: "Verification code", value: <Link href={`/verify/${current.verificationCode}`}>{current.verificationCode}</Link> },
            ]}
          />
          <AwardLevels snapshot={current.snapshot} headingLevel={3} />
        </>
      ) : (
        <p>{profile.assessedWithoutAward ? "Not yet level 1: the organisation has been assessed and did not reach level 1." : "No award: the organisation does not hold an award at the moment."}</p>
      )}
      {profile.history.length > 0 ? (
        <table className="w-full border-collapse mb-8">
          <caption className="text-left text-xl font-bold mb-2">Award history</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Level</th>
              <th scope="col" className="py-2 pr-4">Awarded on</th>
              <th scope="col" className="py-2 pr-4">Expires on</th>
              <th scope="col" className="py-2">Standing</th>
            </tr>
          </thead>
          <tbody>
            {profile.history.map((a) => (
              <tr key={a.id} className="border-b border-border">
                <td className="py-2 pr-4">Level {a.level}</td>
                <td className="py-2 pr-4">{formatIsoDate(a.issuedOn)}</td>
                <td className="py-2 pr-4">{formatIsoDate(a.expiresOn)}</td>
                <td className="py-2">{a.standing.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <h2>Evidence</h2>
      {profile.sharedEvidence === null ? (
        <p>{organisation.name} has not shared its evidence with your organisation. Providers choose which commissioning bodies see their evidence.</p>
      ) : profile.sharedEvidence.length === 0 ? (
        <p>{organisation.name} shares its evidence with you, but has none in its library at the moment.</p>
      ) : (
        <table className="w-full border-collapse mb-8">
          <caption className="text-left text-lg font-bold mb-2">Evidence {organisation.name} shares with you ({profile.sharedEvidence.length})</caption>
          <thead>
            <tr className="border-b-2 border-ink text-left">
              <th scope="col" className="py-2 pr-4">Evidence</th>
              <th scope="col" className="py-2 pr-4">Type</th>
              <th scope="col" className="py-2 pr-4">From</th>
              <th scope="col" className="py-2">Date</th>
            </tr>
          </thead>
          <tbody>
            {profile.sharedEvidence.map((e) => (
              <tr key={e.id} className="border-b border-border align-top">
                <td className="py-2 pr-4">
                  {e.url ? <a href={e.url} rel="noopener noreferrer">{e.title}</a> : e.title}
                  {e.description ? <p className="text-muted mb-0">{e.description}</p> : null}
                  {e.feedbackSummary ? <p className="mb-0 whitespace-pre-line">{e.feedbackSummary}</p> : null}
                </td>
                <td className="py-2 pr-4">{TYPE_LABELS[e.type]}</td>
                <td className="py-2 pr-4">{SOURCE_LABELS[e.source]}</td>
                <td className="py-2">{formatIsoDate(e.evidenceDate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
