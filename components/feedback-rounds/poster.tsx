import { formatIsoDate, type IsoDate } from "@/lib/dates";
import { FEEDBACK_QUESTIONS } from "@/lib/feedback/questions";

// One A4 page, portrait, with nothing of the site around it.
const PRINT_CSS = `
@page { size: A4 portrait; margin: 15mm; }
@media print {
  body > header, body > footer, body > a, nav, .no-print { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .feedback-poster { border: none !important; margin: 0 !important; padding: 0 !important; min-height: 260mm; break-inside: avoid; }
  .feedback-poster .qr-code { width: 85mm !important; }
}
`;

type Props = { organisationName: string; services: string; endsOn: IsoDate; url: string; shortLink: string; qrSvg: string };

/** The poster: big, plain words, the QR code and the short link to type. */
export function Poster({ organisationName, services, endsOn, url, shortLink, qrSvg }: Props) {
  return (
    <>
      <style>{PRINT_CSS}</style>
      <section aria-labelledby="poster-heading" className="feedback-poster border-4 border-brand p-8 text-center mb-8">
        <h1 id="poster-heading" className="text-6xl mb-4">Tell us what you think</h1>
        <p className="text-2xl mx-auto mb-2">
          About <strong>{organisationName}</strong>
        </p>
        <p className="text-xl mx-auto mb-6">{services}</p>
        <div
          role="img"
          aria-label={`QR code. Scan it with your phone's camera to open ${shortLink}`}
          className="qr-code mx-auto mb-4 w-64 max-w-full"
          // Drawn by the qrcode library on the server from our own address: no user input.
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <p className="text-xl mx-auto mb-1">Scan the code with your phone camera, or type:</p>
        <p className="text-3xl font-bold mx-auto mb-6 break-all">
          <a href={url} className="text-ink visited:text-ink">{shortLink}</a>
        </p>
        <ul className="text-2xl text-left inline-block list-disc pl-8 mb-4">
          <li className="mb-2">It is anonymous: we do not ask your name</li>
          <li className="mb-2">There are {FEEDBACK_QUESTIONS.length} short questions</li>
          <li className="mb-2">Carers and family can answer too</li>
          <li className="mb-2">You can answer until {formatIsoDate(endsOn)}</li>
        </ul>
      </section>
    </>
  );
}
