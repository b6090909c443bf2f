/** Tells someone their unsaved text was put back, so they know to save it. */
export function DraftRestoredNotice({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <div role="status" className="border-l-8 border-brand bg-panel p-4 mb-6">
      <p className="mb-0 font-bold">We have put back what you typed before but had not saved. Check it, then save.</p>
    </div>
  );
}
