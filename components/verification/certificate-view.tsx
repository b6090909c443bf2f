import { formatIsoDate } from "@/lib/dates";
import type { Certificate } from "@/lib/certificates/get-certificate";
import { levelMeaning, shortStatement, standingWords } from "@/lib/verification/words";

const levelText = (level: number) => (level > 0 ? `Level ${level}` : "Not yet level 1");

// Printed on A4 landscape with nothing of the site around it.
const PRINT_CSS = `
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body > header, body > footer, .no-print { display: none !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .certificate { min-height: 186mm; break-inside: avoid; margin: 0 !important; }
}
`;

/** The certificate itself: what the PDF says, laid out for screen and print. */
export function CertificateView({ certificate }: { certificate: Certificate }) {
  const lapsed = certificate.standing.standing !== "CURRENT" || certificate.standing.underReview;
  const words = standingWords(certificate.standing, certificate.expiresOn);
  return (
    <>
      <style>{PRINT_CSS}</style>
      <section aria-labelledby="certificate-organisation" className="certificate border-8 border-double border-brand p-8 text-center mb-8">
        <p className="font-bold tracking-widest uppercase mx-auto">Coproduction Quality Mark</p>
        <p className="text-muted mx-auto mb-1">This certifies that</p>
        <h2 id="certificate-organisation" className="text-4xl mt-0 mb-2">{certificate.organisationName}</h2>
        <p className="text-muted mx-auto">{certificate.area}</p>
        <p className="text-2xl font-bold mx-auto mb-2">has been awarded {levelText(certificate.level)}</p>
        <p className="mx-auto">{levelMeaning(certificate.level)}</p>
        {lapsed ? <p className="font-bold mx-auto border-4 border-error p-2">Status on {formatIsoDate(certificate.checkedOn)}: {words.sentence}</p> : null}
        <table className="mx-auto my-4 border-collapse text-left">
          <caption className="sr-only">Level for each I Statement</caption>
          <thead className="sr-only">
            <tr><th scope="col">I Statement</th><th scope="col">Level</th></tr>
          </thead>
          <tbody>
            {certificate.statements.map((s) => (
              <tr key={s.number} className="border-b border-border">
                <th scope="row" className="py-1 pr-6 font-normal">{s.number}. {shortStatement(s.text)}</th>
                <td className="py-1 font-bold whitespace-nowrap">{levelText(s.level)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="font-bold mx-auto mb-1">Issued {formatIsoDate(certificate.issuedOn)}. Valid until {formatIsoDate(certificate.expiresOn)}.</p>
        <p className="text-muted mx-auto">Assessed by Experts by Experience on {formatIsoDate(certificate.visitDate)} against the {certificate.standardTitle}.</p>
        <p className="mx-auto mb-0">
          Verification code <strong className="font-mono">{certificate.code}</strong>. Check this award is still current at
          <br />
          <span className="whitespace-nowrap">{certificate.verifyUrl}</span>
        </p>
      </section>
    </>
  );
}
