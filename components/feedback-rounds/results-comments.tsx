import { feedbackQuestion } from "@/lib/feedback/questions";
import type { StatementComments } from "@/lib/feedback/rounds/comment-order";

/** What people wrote, with names and contact details taken out, under the question they answered. */
export function ResultsComments({ groups }: { groups: StatementComments[] }) {
  return (
    <section aria-labelledby="comments-heading">
      <h2 id="comments-heading">What people wrote</h2>
      <p>
        Names and contact details were taken out before anyone could see the comments, so nobody can be recognised from them. The comments are not in the order they were written.
      </p>
      {groups.length === 0 ? <p>Nobody wrote a comment.</p> : null}
      {groups.map((group) => (
        <section key={group.statementNumber} aria-labelledby={`comments-${group.statementNumber}`}>
          <h3 id={`comments-${group.statementNumber}`}>I Statement {group.statementNumber}: {feedbackQuestion(group.statementNumber).question}</h3>
          <ul className="list-none p-0 max-w-prose">
            {group.comments.map((comment, i) => (
              <li key={i} className="border-l-4 border-border pl-4 mb-3">
                {comment}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
