// Elm House's first assessment, nearly two years ago: the foundations were in place (level 1) and
// little had been designed with residents yet. Its evidence from then lives only in the request's
// snapshot (the library has moved on, and its renewal self-assessment is under way), so nothing
// here touches the current self-assessment or library.
import type { DemoClaim, DemoVisitContent } from "@/lib/seed/demo-visit-types";

const LEVEL_1: Record<string, [string, string]> = {
  "1.1.a": ["Residents' plans we saw opened with 'what matters to me'.", "Residents' plans record what matters to them."],
  "1.1.b": ["Every staff member, including the night team, had done person-centred training.", "All staff do person-centred training at induction."],
  "1.1.c": ["The monthly house meeting asks residents how they are treated, and the notes show replies.", "The house meeting asks residents how they feel treated."],
  "2.1.a": ["Staff record who residents want involved and what may be shared, and review it every three months.", "We ask who matters to each resident and what to share."],
  "2.1.b": ["The families' information sheet gives crisis numbers and explains carer's assessments.", "Families get an information sheet on arrival."],
  "2.1.c": ["Families are asked for their views once a year, with a short reply about changes.", "A yearly families' questionnaire."],
  "3.1.a": ["Communication needs are asked at admission and flagged on the file.", "We ask about communication needs at admission."],
  "3.1.b": ["Interpreters are booked by the house; staff said family are never asked to interpret.", "We book professional interpreters."],
  "3.1.c": ["The manager has compared residents with the Leeds West population.", "We compare residents with the local population."],
  "4.1.a": ["Residents who drink are not turned away; the admission policy says so.", "Nobody is refused because of drink or drugs."],
  "4.1.b": ["Admission asks about physical health and drink and drugs, without judgement.", "Admission covers physical health and substances."],
  "4.1.c": ["Links with the local drug and alcohol service and a GP practice are in place.", "We work with the local recovery service."],
  "5.1.a": ["Every resident knew their key worker and who covers when they are away.", "Every resident has a named key worker."],
  "5.1.b": ["Staff wear badges and introduced themselves to us and to residents.", "Staff wear name badges."],
  "5.1.c": ["Residents are introduced to a new key worker before a change.", "We introduce a new key worker before any change."],
  "6.1.a": ["Staff ask before sharing and record the answer.", "We ask before sharing and record the answer."],
  "6.1.b": ["Residents are told how to see their file and add their view.", "Residents can see their file."],
  "6.1.c": ["Referral information is read before admission, so residents do not start again.", "We read referral information before admission."],
};

const NOT_YET: Record<number, [level2: string, level3: string]> = {
  1: ["Residents have not yet helped design plans or the way staff get to know them.", "No paid lived-experience roles or shared decisions yet."],
  2: ["Families are informed but have not helped design anything yet.", "No carers' group or paid carer roles."],
  3: ["No co-design with local communities yet.", "No leadership roles for people from different communities."],
  4: ["No co-design of joined-up support with partner services.", "No shared decisions with partners."],
  5: ["Residents have not helped shape how key working works.", "Residents do not help choose staff yet."],
  6: ["Residents do not yet write their own records.", "No oversight of records with residents."],
};

function build(): Pick<DemoVisitContent, "answers" | "ratings"> {
  const answers: Record<string, [DemoClaim, string?]> = {};
  const ratings: DemoVisitContent["ratings"] = {};
  for (let statement = 1; statement <= 6; statement++) {
    for (const level of [1, 2, 3]) {
      for (const letter of ["a", "b", "c"]) {
        const code = `${statement}.${level}.${letter}`;
        const level1 = LEVEL_1[code];
        if (level1) {
          ratings[code] = ["MET", level1[0]];
          answers[code] = ["YES", level1[1]];
        } else {
          ratings[code] = ["NOT_MET", NOT_YET[statement]![level === 2 ? 0 : 1]];
          answers[code] = ["NOT_YET"];
        }
      }
    }
  }
  return { answers, ratings };
}

export const ELM_HOUSE_FIRST: DemoVisitContent = {
  evidence: [
    { by: "admin", title: "Residents' handbook", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", daysBeforeVisit: 120, decision: "ACCEPTED",
      account: "The handbook every resident is given: the house, their key worker, how to see their file, and who to contact at night.", criteria: ["5.1.a", "6.1.a", "6.1.b", "3.1.a"] },
    { by: "member", title: "House meeting notes, spring", type: "MEETING_MINUTES", source: "PEOPLE_WHO_USE_SERVICE", daysBeforeVisit: 60, decision: "ACCEPTED",
      account: "Eight residents came. They asked for a later curfew at weekends, which was agreed, and for fresh fruit in the kitchen.", criteria: ["1.1.c"] },
    { by: "admin", title: "Induction training record", type: "TRAINING_RECORD", source: "ORGANISATION", daysBeforeVisit: 200, decision: "ACCEPTED",
      account: "All eleven staff completed induction, including person-centred support and non-judgemental practice.", criteria: ["1.1.b", "4.1.b"] },
    { by: "admin", title: "Support plan template", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", daysBeforeVisit: 300, decision: "ACCEPTED",
      account: "Opens with 'what matters to me' and 'who I want involved'.", criteria: ["1.1.a", "2.1.a"] },
    { by: "admin", title: "Families' information sheet", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", daysBeforeVisit: 150, decision: "ACCEPTED",
      account: "Crisis numbers, visiting, and how to ask for a carer's assessment.", criteria: ["2.1.b", "2.1.c"] },
    { by: "admin", title: "Admissions and partnership policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", daysBeforeVisit: 400, decision: "ACCEPTED",
      account: "Nobody is refused because of drink or drugs; links with the local recovery service and GP.", criteria: ["4.1.a", "4.1.c", "6.1.c"] },
  ],
  ...build(),
  coAssessorNotes: {
    1: "Agree: solid foundations, little co-design yet.",
    2: "Families are informed rather than involved.",
    3: "Needs are met; communities are not yet involved.",
    4: "Nobody turned away.",
    5: "Key working is clear.",
    6: "Careful with information; residents do not write their records.",
  },
  conversations: Object.fromEntries(
    [1, 2, 3, 4, 5, 6].map((n) => [
      n,
      [
        { people: 4, carers: n === 2 ? 2 : 0, staff: 2, how: "Chats in the lounge and kitchen", notes: "Residents felt safe and knew their key workers." },
        { people: 2, carers: 0, staff: 1, how: "One-to-one chats", notes: "Residents would like more say in how the house is run." },
      ],
    ]),
  ),
};
