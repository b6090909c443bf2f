import type { ReactNode } from "react";
import type { PointView } from "@/lib/moderation/check-view";

type Props = {
  points: PointView[];
  /** What goes under each point: a remove button, the moderator's response form, or nothing. */
  renderActions?: (point: PointView, index: number) => ReactNode;
  /** Whether to show the moderator's responses (once there are any to show). */
  showResponses: boolean;
};

/** The organisation's factual-accuracy points, numbered, each with what is wrong, its evidence and the response. */
export function PointsList({ points, renderActions, showResponses }: Props) {
  return (
    <ol className="list-none p-0 m-0 mb-8">
      {points.map((point, index) => (
        <li key={point.id} className="border-l-4 border-border pl-4 mb-6">
          <h3 className="text-lg mt-0 mb-2">
            Point {index + 1}: {point.statementNumber ? `statement ${point.statementNumber}` : "the whole report"}
          </h3>
          <dl className="mb-2">
            <dt className="font-bold">What is wrong</dt>
            <dd className="ml-0 mb-2 whitespace-pre-line">{point.whatIsWrong}</dd>
            <dt className="font-bold">Evidence that existed at the visit</dt>
            <dd className="ml-0 mb-2 whitespace-pre-line">{point.evidence}</dd>
            {showResponses ? (
              <>
                <dt className="font-bold">The scheme team&apos;s response</dt>
                <dd className="ml-0 mb-2 whitespace-pre-line">{point.response || "Not answered yet."}</dd>
              </>
            ) : null}
          </dl>
          {renderActions?.(point, index)}
        </li>
      ))}
    </ol>
  );
}
