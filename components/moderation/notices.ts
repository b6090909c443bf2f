// The confirmations shown after a moderation action, from the `done` value the server actions
// redirect with. Unknown values show nothing, so a crafted link cannot put words on the page.

const ADMIN: Record<string, string> = {
  sent: "The report has been sent to the organisation for a factual-accuracy check. We have emailed its administrators.",
  responded: "Your response to the point has been saved.",
  awarded: "The award has been issued and the visit closed. We have emailed the organisation's administrators.",
  closed: "The assessment has been closed without an award. We have emailed the organisation's administrators.",
};

const ORGANISATION: Record<string, string> = {
  added: "Your point has been added. You can add another, or send your response when you are ready.",
  removed: "The point has been removed.",
  sent: "Your response has been sent to the scheme team. They will answer each point before deciding on your award.",
  "no-errors": "Thank you. You have told the scheme team the report has no factual errors.",
};

const pick = (table: Record<string, string>, done: string | string[] | undefined) => (typeof done === "string" && Object.hasOwn(table, done) ? table[done]! : null);

export const adminNotice = (done: string | string[] | undefined) => pick(ADMIN, done);
export const organisationNotice = (done: string | string[] | undefined) => pick(ORGANISATION, done);
