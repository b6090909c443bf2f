// The demo organisations' evidence. Northside Mind is strong, with many lived-experience voices;
// Harbour Recovery is part of the way there; Elm House is starting out, mostly with policies.
// Dates are fixed, within the two years before 23 November 2026. Names are invented.
import type { EvidenceSource, EvidenceType } from "@/lib/evidence/labels";

export type DemoEvidence = {
  organisation: string;
  by: "admin" | "member";
  title: string;
  type: EvidenceType;
  source: EvidenceSource;
  date: string;
  description?: string;
  /** Present when the item names a person who agreed to it being kept. */
  consentNote?: string;
  link?: string;
  account?: string;
  file?: { filename: string; lines: string[] };
  criteria: string[];
};

const NORTHSIDE: DemoEvidence[] = [
  { organisation: "northside-mind", by: "admin", title: "Peer panel minutes, March 2026", type: "MEETING_MINUTES", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-03-12",
    description: "The members' peer panel reviewed the new support plan template and chose questions for the manager's interviews.",
    file: { filename: "peer-panel-minutes-2026-03.pdf", lines: ["Present: 7 panel members (paid £15 an hour), Grace Adeyemi (manager), Liam Walsh (notes)", "Chair: Rosa, panel member", "1. Support plan template, draft 3: members asked for a 'what matters to me' box at the top. Agreed.", "2. Interviews for the new service manager: the panel wrote four of the eight questions.", "3. Budget: the panel agreed to spend £600 of its £2,000 on an evening peer group.", "Actions: Grace to send the final template to the panel by 31 March."] },
    criteria: ["1.2.a", "1.2.c", "1.3.b", "5.2.a", "5.3.a"] },
  { organisation: "northside-mind", by: "admin", title: "Peer panel terms of reference and payment policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-09-01",
    file: { filename: "peer-panel-terms-and-payment.pdf", lines: ["Panel members are paid £15 an hour, in cash or voucher, or not at all if they prefer.", "We explain how payment may affect welfare benefits and offer a free, independent benefits check.", "Members can step back at any time and come back when they are ready. Nobody has to explain why.", "Written with the first panel in August 2025; reviewed every year by the panel."] },
    criteria: ["1.2.c"] },
  { organisation: "northside-mind", by: "member", title: "Amara's story: a plan in my own words", type: "STORY", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-05-14",
    consentNote: "Signed consent form dated 14 May 2026, kept in Amara's file. Amara chose to use her first name and can withdraw at any time.",
    account: "When I first came, my old plan was all about my diagnosis and what could go wrong. My peer worker asked me what a good week looks like. We wrote my plan together, in my words: seeing my sister on Sundays, getting back to the allotment, and what helps when I can't sleep. I have a copy and I decide who sees it. It is the first plan that sounds like me.",
    criteria: ["1.1.a", "6.1.b", "6.2.b", "6.2.c"] },
  { organisation: "northside-mind", by: "member", title: "Members' feedback survey 2026", type: "SERVICE_USER_FEEDBACK", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-07-31",
    description: "Anonymous survey, designed with the peer panel. 62 members replied.",
    file: { filename: "members-survey-2026.csv", lines: ["question,agree,not sure,disagree", "I feel treated as a person, not a diagnosis,55,5,2", "I know the name of my worker and how to contact them,58,3,1", "I know who to contact when my worker is away,47,9,6", "You told us what changed after last year's survey,44,12,6"] },
    criteria: ["1.1.c", "1.2.b", "3.1.c", "4.1.c", "5.1.a", "5.1.c", "5.2.c"] },
  { organisation: "northside-mind", by: "member", title: "Carers' forum notes, June 2026", type: "MEETING_MINUTES", source: "CARER", date: "2026-06-18",
    file: { filename: "carers-forum-2026-06.txt", lines: ["Twelve carers came. The forum is planned and chaired by carers; staff take notes.", "Carers asked for an evening session for those who work. Agreed from September.", "Carers reviewed the new carers' information pack and asked for a page on carer's assessments.", "Next meeting: carers to plan a peer support morning."] },
    criteria: ["2.1.b", "2.1.c", "2.2.a", "2.2.c"] },
  { organisation: "northside-mind", by: "member", title: "What Dev told us about the carers' forum", type: "CARER_FEEDBACK", source: "CARER", date: "2026-08-05",
    consentNote: "Dev agreed by email on 5 August 2026 to his words and first name being used as evidence.",
    account: "Dev cares for his son. He said: \"Before the forum I thought I was the only one. Now we plan the sessions ourselves and I've learnt more from other carers than from any leaflet. Staff actually listen when I tell them what I've noticed at home.\"",
    criteria: ["2.2.b", "2.2.c"] },
  { organisation: "northside-mind", by: "admin", title: "Support plan template, designed with members", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2026-03-31",
    file: { filename: "support-plan-template.pdf", lines: ["Section 1: What matters to me (in my own words)", "Section 2: What I am good at and what I enjoy", "Section 3: My goals, and who helps me with them", "Section 4: Who I want you to share information with, and what", "Designed with the peer panel, January to March 2026."] },
    criteria: ["1.1.a", "1.2.a", "6.1.c", "6.2.a"] },
  { organisation: "northside-mind", by: "admin", title: "Training record: Seeing the person", type: "TRAINING_RECORD", source: "ORGANISATION", date: "2026-02-27",
    description: "Course co-delivered by two members with lived experience. Includes reception and admin staff.",
    file: { filename: "training-seeing-the-person.csv", lines: ["staff group,staff,completed", "Support workers,14,14", "Peer support workers,4,4", "Reception and admin,3,3", "Managers,2,2"] },
    criteria: ["1.1.b", "3.2.c", "4.1.b"] },
  { organisation: "northside-mind", by: "member", title: "Members on the interview panel for our new manager", type: "OBSERVATION", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-04-22",
    account: "Three peer panel members sat on the interview panel with an equal vote. They wrote half the questions and ran a short activity with each candidate. The panel's first choice was appointed.",
    criteria: ["5.3.a", "1.3.b"] },
  { organisation: "northside-mind", by: "admin", title: "Impact report 2025", type: "OTHER", source: "ORGANISATION", date: "2025-12-10",
    link: "https://northside-mind.example.org/impact-report-2025",
    description: "Written with members. Includes 'You said, we did' and what went wrong this year.",
    criteria: ["1.1.c", "4.1.a", "6.3.b"] },
  { organisation: "northside-mind", by: "admin", title: "Mock visit by an Expert by Experience", type: "OBSERVATION", source: "EXPERT_BY_EXPERIENCE", date: "2026-09-16",
    account: "I visited the drop-in for a morning. Every worker told me their name and role. The 'Who's who' board has photos and is in easy read. A member who is Deaf had a BSL interpreter booked for her review; staff said they never ask family to interpret.",
    criteria: ["5.1.b", "3.1.a", "3.1.b", "5.2.b"] },
  { organisation: "northside-mind", by: "member", title: "Information-sharing consent form", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-11-03",
    file: { filename: "information-sharing-consent.pdf", lines: ["We ask before we share anything about you, and explain who will see it and why.", "You choose, person by person, what we can share. You can change your mind at any time.", "There are rare times we must share without asking, such as if a child is at risk. We will tell you if we can."] },
    criteria: ["6.1.a", "2.1.a"] },
  { organisation: "northside-mind", by: "admin", title: "Peer support worker job description", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-06-20",
    file: { filename: "peer-support-worker-jd.txt", lines: ["Salary: £24,500 (same band as support workers).", "Essential: your own lived experience of mental health problems, and willingness to draw on it.", "Lived experience is treated as expertise in shortlisting, pay and promotion."] },
    criteria: ["1.3.a", "4.2.c"] },
];

const HARBOUR: DemoEvidence[] = [
  { organisation: "harbour-recovery", by: "admin", title: "No wrong door policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-04-01",
    file: { filename: "no-wrong-door-policy.pdf", lines: ["Nobody is turned away because they use drugs or alcohol or have a physical health condition.", "If we are not the right service, we help the person reach one that is, and check they got there."] },
    criteria: ["4.1.a"] },
  { organisation: "harbour-recovery", by: "member", title: "Assessment form: the whole person", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-10-15",
    file: { filename: "assessment-form.pdf", lines: ["Physical health, medication and GP", "Drug and alcohol use, asked without judgement", "Housing, money and debt", "What you want from us"] },
    criteria: ["4.1.b", "1.1.a"] },
  { organisation: "harbour-recovery", by: "admin", title: "Partnership agreement with Forward Leeds", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-07-08",
    file: { filename: "partnership-agreement.pdf", lines: ["Shared referral route and a named contact in each service.", "Joint review meeting every quarter."] },
    criteria: ["4.1.c"] },
  { organisation: "harbour-recovery", by: "member", title: "Feedback cards, spring 2026", type: "SERVICE_USER_FEEDBACK", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-05-29",
    file: { filename: "feedback-cards-spring-2026.csv", lines: ["comment,theme", "Staff didn't judge me for relapsing,non-judgemental", "Would like evening appointments,flexibility", "Getting to the GP with my worker helped,physical health"] },
    criteria: ["1.1.c", "4.1.c"] },
  { organisation: "harbour-recovery", by: "member", title: "Recovery café notes, August 2026", type: "MEETING_MINUTES", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-08-21",
    file: { filename: "recovery-cafe-2026-08.txt", lines: ["The café is run by people in recovery, with a peer volunteer lead.", "Eighteen people came. Ideas for the autumn: a walking group and a cooking session."] },
    criteria: ["4.2.c"] },
  { organisation: "harbour-recovery", by: "admin", title: "Training record: non-judgemental practice", type: "TRAINING_RECORD", source: "ORGANISATION", date: "2026-01-30",
    file: { filename: "training-non-judgemental-practice.csv", lines: ["staff group,staff,completed", "Recovery workers,11,9", "Reception,2,1"] },
    criteria: ["4.1.b", "1.1.b"] },
  { organisation: "harbour-recovery", by: "member", title: "Feedback on harm reduction support", type: "SERVICE_USER_FEEDBACK", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-06-12",
    account: "A man who uses the service told his worker that shorter, more frequent appointments at the café suited him better than an hour at the office, and that being offered a lift to his liver clinic meant he actually went.",
    criteria: ["4.2.b"] },
  { organisation: "harbour-recovery", by: "admin", title: "Information for families and carers", type: "OTHER", source: "ORGANISATION", date: "2025-11-20",
    link: "https://harbour-recovery.example.org/families",
    criteria: ["2.1.b"] },
  { organisation: "harbour-recovery", by: "member", title: "Named worker letter", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2026-02-10",
    file: { filename: "named-worker-letter.txt", lines: ["Your worker is: [name], [role], [phone].", "When they are away, contact: [name], [phone]."] },
    criteria: ["5.1.a"] },
];

const ELM: DemoEvidence[] = [
  { organisation: "elm-house", by: "admin", title: "Confidentiality and information sharing policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-03-01",
    file: { filename: "confidentiality-policy.pdf", lines: ["Staff ask residents before sharing information and record the answer.", "Reviewed by the management team every two years."] },
    criteria: ["6.1.a"] },
  { organisation: "elm-house", by: "admin", title: "Safeguarding adults policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-05-12",
    file: { filename: "safeguarding-policy.pdf", lines: ["Who to contact, and when we must share information without permission."] },
    criteria: [] },
  { organisation: "elm-house", by: "admin", title: "Key worker policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-08-19",
    file: { filename: "key-worker-policy.pdf", lines: ["Every resident has a named key worker from their first day.", "Residents are told who covers when their key worker is away."] },
    criteria: ["5.1.a"] },
  { organisation: "elm-house", by: "member", title: "Accessible information procedure", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2026-01-14",
    file: { filename: "accessible-information.txt", lines: ["At admission we ask about communication needs and record them on the resident's file.", "Easy read house information is available; large print on request."] },
    criteria: ["3.1.a"] },
  { organisation: "elm-house", by: "admin", title: "Interpreting procedure", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2025-11-25",
    file: { filename: "interpreting-procedure.pdf", lines: ["Professional interpreters, including BSL, are booked free of charge.", "Family members are not used as interpreters."] },
    criteria: ["3.1.b"] },
  { organisation: "elm-house", by: "member", title: "Residents' meeting, September 2026", type: "MEETING_MINUTES", source: "PEOPLE_WHO_USE_SERVICE", date: "2026-09-09",
    file: { filename: "residents-meeting-2026-09.txt", lines: ["Six residents came. Residents asked for the kitchen to open later in the evening.", "Staff will look into it and report back at the next meeting."] },
    criteria: ["1.1.c"] },
  { organisation: "elm-house", by: "admin", title: "Staff induction training record", type: "TRAINING_RECORD", source: "ORGANISATION", date: "2026-04-30",
    file: { filename: "induction-training.csv", lines: ["course,staff,completed", "Induction,9,9", "Person-centred support,9,6"] },
    criteria: ["1.1.b"] },
  { organisation: "elm-house", by: "admin", title: "Equality and diversity policy", type: "POLICY_OR_PROCEDURE", source: "ORGANISATION", date: "2024-12-02",
    link: "https://elm-house.example.org/policies/equality",
    criteria: [] },
];

export const DEMO_EVIDENCE: readonly DemoEvidence[] = [...NORTHSIDE, ...HARBOUR, ...ELM];
