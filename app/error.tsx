"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Sorry, something went wrong on our side</h1>
      <p>Nothing you saved has been lost. Try again in a moment.</p>
      <button type="button" onClick={reset} className="underline text-link cursor-pointer">Try again</button>
    </>
  );
}
