import Link from "next/link";

export default function CertificateNotFound() {
  return (
    <>
      <h1>We could not find that certificate</h1>
      <p>There is no award with that code. Check each character against the certificate: codes start with CQM and look like CQM-7K3M-9QXD.</p>
      <p>If the code is right and still not found, the certificate may not be genuine. Ask the organisation, or the scheme team, about it.</p>
      <p>
        <Link href="/verify">Enter the code again</Link>
      </p>
    </>
  );
}
