import { ADVICE_LINKS } from "@/lib/payments/notice-text";

type Props = {
  id: string;
  title: string;
  sentences: string[];
  /** The pointer to advice, for the assessor's own notice. */
  advice?: string | undefined;
  /** A closing line, e.g. for the scheme admin: it is the assessor's choice. */
  footer?: string | undefined;
};

/**
 * The gentle notice about weekly limits: an inset panel, not an error, because nothing is wrong.
 * The assessor's version points to independent welfare-rights advice as plain links.
 */
export function LimitsNotice({ id, title, sentences, advice, footer }: Props) {
  if (sentences.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} className="border-l-8 border-brand bg-panel p-4 mb-8 max-w-3xl">
      <h2 id={`${id}-title`} className="text-xl mt-0 mb-3">{title}</h2>
      {sentences.map((s) => (
        <p key={s}>{s}</p>
      ))}
      {advice ? (
        <>
          <p>{advice} Advisers are independent and free:</p>
          <ul className="list-disc pl-6 mb-4">
            {ADVICE_LINKS.map((l) => (
              <li key={l.href}><a href={l.href}>{l.label}</a></li>
            ))}
          </ul>
        </>
      ) : null}
      {footer ? <p className="mb-0">{footer}</p> : null}
    </section>
  );
}
