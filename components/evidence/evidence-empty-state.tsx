import { ButtonLink } from "@/components/ui/button";

/** What evidence is and why people's own voices matter, for an organisation just starting. */
export function EvidenceEmptyState({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  return (
    <div className="border-l-8 border-brand bg-panel p-6 mb-8">
      <h2 className="mt-0">You have not added any evidence yet</h2>
      <p>
        Evidence shows that what you say in your self-assessment really happens. It can be a document, such as a policy
        or the minutes of a meeting, a link to something published, or an account you write down, such as what someone
        told you or what you saw.
      </p>
      <p>
        The strongest evidence comes from the people who use your service and their carers, in their own words: their
        stories, their feedback and the decisions they helped to make. Experts by Experience look for it first. Always
        ask a person before you keep anything that names them.
      </p>
      {canEdit ? <ButtonLink href={`/organisations/${slug}/evidence/new`} className="mb-0">Add your first evidence</ButtonLink> : null}
    </div>
  );
}
