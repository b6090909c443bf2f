/**
 * Shown when someone else saved the evidence first. What was typed stays in the form (and in the
 * tab's draft), so after opening the latest version it is put back to be saved again.
 */
export function StaleNotice({ message, href }: { message: string | undefined; href: string | undefined }) {
  if (!message) return null;
  return (
    <div id="version" tabIndex={-1} className="border-l-8 border-error bg-panel p-4 mb-6">
      <p className="font-bold">{message}</p>
      {/* A full page load, so the form is opened again at the latest version. */}
      {href ? <p className="mb-0"><a href={href}>Open the latest version</a></p> : null}
    </div>
  );
}
