import { formatDate, type IsoDate } from "@/lib/improvement-plan/dates";
import { SummaryList } from "@/components/ui/summary-list";

export type SavedAction = { version: number; description: string; owner: string; dueDate: IsoDate; status: "OPEN" | "DONE" };

/** What someone else saved while this person was editing, so they can merge the two by hand. */
export function SavedActionPanel({ saved }: { saved: SavedAction }) {
  return (
    <section aria-labelledby="saved-now-title" className="border-l-8 border-brand bg-panel p-4 mb-6">
      <h2 id="saved-now-title" className="mt-0 text-xl">What is saved now</h2>
      <SummaryList
        rows={[
          { key: "What", value: saved.description },
          { key: "Who", value: saved.owner },
          { key: "Due", value: formatDate(saved.dueDate) },
          { key: "Status", value: saved.status === "DONE" ? "Done" : "Open" },
        ]}
      />
      <p className="mb-0">Your text is still in the form below. Saving it will replace what is saved now.</p>
    </section>
  );
}
