// What the three demo providers have written in their self-assessments: a claim and an account
// for each criterion they have answered, in their own voice. Kept in step with the demo
// improvement plans (lib/seed/demo-plan.ts), so that what an organisation says it does here
// matches the actions it still has open there.
//
// - Northside Mind has answered everything and marked every statement ready, so a demo user can
//   ask for an assessment. Level 3 is honest: a mix of yes, partly and not yet.
// - Harbour Recovery is part-way through; statements 1 and 4 are ready.
// - Elm House has only just started.

export type DemoAnswer = { code: string; claim: "NOT_YET" | "PARTLY" | "YES"; account: string };

export type DemoProviderSlug = "northside-mind" | "harbour-recovery" | "elm-house";

export type DemoSelfAssessment = { answers: DemoAnswer[]; readyStatements: number[] };

const northsideMind: DemoSelfAssessment = {
  readyStatements: [1, 2, 3, 4, 5, 6],
  answers: [
    // 1. More than a diagnosis
    {
      code: "1.1.a",
      claim: "YES",
      account:
        "Every support plan opens with a 'My plan, my words' page where the person writes, or tells us, what matters to them, what they're good at and what they want to work towards. Our peer support coordinator reads ten plans a quarter against a short checklist, and in the spring members' survey 84% said their plan sounded like them.",
    },
    {
      code: "1.1.b",
      claim: "YES",
      account:
        "Everyone who works or volunteers here, from reception and finance to group facilitators, does our half-day 'Person first' session within three months of starting. Two members of the Tuesday peer panel co-deliver it and talk about times they felt treated as a label. The training log shows all 38 staff and 21 regular volunteers are up to date.",
    },
    {
      code: "1.1.c",
      claim: "YES",
      account:
        "Twice a year we run a short 'Do we see you?' survey in groups and online, and the comments box at reception is there all year round. What people said and what we changed goes on the 'You said, we did' board and in the members' newsletter; the last round asked for first names instead of reference numbers on letters, and that change has been made.",
    },
    {
      code: "1.2.a",
      claim: "YES",
      account:
        "Our welcome conversation and plan template were redesigned from scratch over six sessions with eight members of the Tuesday peer panel and an independent facilitator. We were honest at the start that some safety questions had to stay, but panel members chose the opening questions and their order, and the session notes show whose ideas ended up where.",
    },
    {
      code: "1.2.b",
      claim: "YES",
      account:
        "Link workers in all three teams keep a 'what's on' list of peer groups, allotment sessions, college courses and volunteering, and every review starts by asking what the person enjoys. Last year 140 members tried something new through us, and strengths are a standing item in monthly supervision.",
    },
    {
      code: "1.2.c",
      claim: "YES",
      account:
        "Since September, peer panel members have been paid £15 an hour under a written payment policy, or can choose vouchers or expenses only. Before they start, each person gets a role agreement, the contact for an independent welfare-rights adviser and the promise that they can step back and rejoin without reapplying. So far everyone has been paid within ten working days.",
    },
    {
      code: "1.3.a",
      claim: "YES",
      account:
        "We employ seven peer support workers and a lived experience lead who sits on the senior team, and lived experience is essential in all of those job descriptions. Peer workers get monthly supervision from a senior peer worker, and two have been promoted in the last two years.",
    },
    {
      code: "1.3.b",
      claim: "PARTLY",
      account:
        "Members sit on the interview panel for every manager's post, and the peer panel decides how to spend a £6,000 improvement fund each year (this year it paid for a quiet room and two evening groups). There are no places for members on our board yet, and the panel doesn't co-chair the quarterly service review; both are in our improvement plan.",
    },
    {
      code: "1.3.c",
      claim: "YES",
      account:
        "Three coproduction champions, one in each team, have half a day a week set aside for the role. With peer panel members we've run four workshops for other Leeds providers, including an honest account of our first members' survey, which went nowhere because we never reported back.",
    },

    // 2. Family and friends
    {
      code: "2.1.a",
      claim: "YES",
      account:
        "At the welcome conversation we ask who matters in the person's life and fill in a 'Who can we talk to?' sheet together, noting what can be shared with each of them. It's looked at again at every six-monthly review and after any crisis, and our last file check found it filled in on 46 of 50 files.",
    },
    {
      code: "2.1.b",
      claim: "YES",
      account:
        "Carers get our welcome pack, which covers how we work, who to ring out of hours or in a crisis, their right to a carer's assessment and where to find local carers' support. It comes in easy read and large print, and Liam Walsh, who leads our work with carers, checks it every six months; the date of the last check is printed on the back.",
    },
    {
      code: "2.1.c",
      claim: "YES",
      account:
        "Carers fill in their own survey each autumn, separate from the members' one, and we hold a listening session at the carers' coffee morning. Results go out in a carers' update letter. This year carers asked to be able to reach us in the evening, so there's now a Wednesday evening phone slot.",
    },
    {
      code: "2.2.a",
      claim: "PARTLY",
      account:
        "In October we held an evening with the carers' group to hear what information families actually want from us, and their ideas are shaping the next carers' pack. Carers haven't yet helped design how they're involved in planning support or the help we offer them, so we wouldn't call this co-design yet.",
    },
    {
      code: "2.2.b",
      claim: "YES",
      account:
        "When a member agrees, carers are invited to planning and review meetings in all three teams, and the review form has a 'What the carer tells us' section. Carers took part in just over half of last year's reviews, and at the coffee morning they tell us they feel listened to rather than tolerated.",
    },
    {
      code: "2.2.c",
      claim: "YES",
      account:
        "The carers' coffee morning meets on the first Saturday of every month, and carers plan it themselves, choosing the topics and inviting speakers. We cover the room, the refreshments and a small outings fund, and any carer who wants one can have a one-to-one wellbeing check-in.",
    },
    {
      code: "2.3.a",
      claim: "NOT_YET",
      account:
        "Not yet: carers have no seat on the board and the coffee morning group doesn't hold a budget. We'd like to give the group its own budget next year and make room for a carer trustee when the board changes the constitution.",
    },
    {
      code: "2.3.b",
      claim: "NOT_YET",
      account:
        "Not yet. Carers sometimes share their experience at staff training, but we don't pay carer peer workers or carer trainers. A sessional carer trainer post is going into our next funding bid.",
    },
    {
      code: "2.3.c",
      claim: "PARTLY",
      account:
        "We're part of the North East Leeds carers' network with the local carers' centre and two GP practices, and we've shared our 'Who can we talk to?' sheet with them. Only one other service has taken it up so far, and we haven't yet written up what we've learnt for others to use.",
    },

    // 3. Heard and included
    {
      code: "3.1.a",
      claim: "YES",
      account:
        "Every welcome conversation asks about communication and information needs. They're recorded and flagged on the front screen of our database so they carry through to letters, texts and group bookings, and a quarterly report picks up any that haven't been met.",
    },
    {
      code: "3.1.b",
      claim: "YES",
      account:
        "We book professional interpreters, including BSL interpreters, through the council's interpreting contract, and members never pay. Our policy says family members only interpret if the person insists after being offered a professional, and children never do; reception keeps a card explaining how to book.",
    },
    {
      code: "3.1.c",
      claim: "YES",
      account:
        "Each year we compare members' age, ethnicity, gender and postcode with census figures for North East Leeds; it shows we reach too few young men and too few people from Pakistani and Bangladeshi communities in Harehills and Gipton. Two Harehills community groups and a young men's football project have told us what gets in the way.",
    },
    {
      code: "3.2.a",
      claim: "YES",
      account:
        "'Tea and Talk', our group for South Asian women, was designed with a Harehills women's group: they chose the community centre, the school-hours slot and the languages (Urdu, Punjabi and English). The women who designed it were paid for their time and still meet our team each quarter to decide what changes.",
    },
    {
      code: "3.2.b",
      claim: "PARTLY",
      account:
        "A reading group of members checks every easy read and plain English leaflet before it goes out, and involvement meetings follow ground rules the peer panel wrote, with a 'words we use' sheet for challenging jargon. Translated information lags behind: the group timetable and welcome leaflet aren't yet in Urdu or Polish, and that work is under way with members who speak them.",
    },
    {
      code: "3.2.c",
      claim: "YES",
      account:
        "'Culture, identity and you', our equality training, was written with members from Black, South Asian, Eastern European and LGBTQ+ communities, and two of them co-deliver it. All staff take it when they start and again every two years, and the feedback forms ask staff what they'll do differently.",
    },
    {
      code: "3.3.a",
      claim: "PARTLY",
      account:
        "Our lived experience lead and three of our seven peer workers are from Black and South Asian communities, and the equality group has £2,000 a year to spend as it chooses. The board and senior team, though, are mostly white and don't yet reflect North East Leeds; we're planning the next trustee recruitment with the equality group to change that.",
    },
    {
      code: "3.3.b",
      claim: "YES",
      account:
        "Five community-run groups meet in our building for free, including a Polish-speaking peer group and an LGBTQ+ walking group. We give them small grants and facilitation training, they decide how they run, and we help when they ask.",
    },
    {
      code: "3.3.c",
      claim: "NOT_YET",
      account:
        "Not yet. We've passed the reading group's easy read checklist to a couple of services informally, but we haven't offered other organisations any structured help.",
    },

    // 4. More than one challenge
    {
      code: "4.1.a",
      claim: "YES",
      account:
        "Nobody is turned away from our groups or one-to-one support because they drink, use drugs or have a physical health condition. Our 'no wrong door' policy asks staff to stay with someone until they've been handed over to the right service, and the referral log shows no refusals on those grounds in the last year.",
    },
    {
      code: "4.1.b",
      claim: "YES",
      account:
        "The welcome conversation and every review ask about physical health, sleep, drink and drugs, money and housing, in a matter-of-fact way. All front-line staff have done training on talking about drink and drugs without judgement, and the review feedback form asks members whether they felt judged.",
    },
    {
      code: "4.1.c",
      claim: "YES",
      account:
        "We have named contacts at the city's drug and alcohol service, four local GP practices, a housing advice team and a money advice charity, and we meet them every quarter. Our annual survey asks members how those referrals went, which is how we learnt people wanted money advice on site; there's now a fortnightly drop-in at our Chapel Allerton base.",
    },
    {
      code: "4.2.a",
      claim: "PARTLY",
      account:
        "Members who have used both mental health and drug or alcohol services helped us design a shared handover form with the local drug and alcohol service. They haven't yet had a say in joint assessments or shared plans, which each service still does its own way.",
    },
    {
      code: "4.2.b",
      claim: "YES",
      account:
        "Staff can offer shorter or longer sessions, meet in a café or on a walk, and keep in touch by text instead of meetings; the person's choice is written in their plan. Link workers carry naloxone and know the basics of harm reduction, and the Walk and Talk group in Roundhay Park was started with members who wanted to get more active.",
    },
    {
      code: "4.2.c",
      claim: "YES",
      account:
        "Several of our peer support workers bring their own experience of drink, drugs or long-term physical conditions, and anyone can ask to be matched with a peer worker who understands. We also host a weekly mutual aid recovery meeting on Thursday evenings that's open to all.",
    },
    {
      code: "4.3.a",
      claim: "NOT_YET",
      account:
        "Not yet: joint decisions with the drug and alcohol service are made by managers on both sides, and there's no shared budget. We've suggested a joint steering group that includes members, starting next year.",
    },
    {
      code: "4.3.b",
      claim: "PARTLY",
      account:
        "With two housing providers we reviewed the rules that barred people from groups if they'd been drinking, and two of those rules have gone. We haven't yet written up what we learnt, including the changes that didn't work, or shared it beyond the three organisations.",
    },
    {
      code: "4.3.c",
      claim: "PARTLY",
      account:
        "Two trainers with lived experience of more than one challenge are paid to co-deliver our course on talking about drink and drugs without judgement. So far they only train our own staff, although the drug and alcohol service has asked about having them train its team too.",
    },

    // 5. Knowing who is responsible
    {
      code: "5.1.a",
      claim: "YES",
      account:
        "Every member gets a 'Your team' card with their link worker's name, photo, direct number and who to contact when they're away. At each review we check people know who their worker is, and in last quarter's check 92% did.",
    },
    {
      code: "5.1.b",
      claim: "YES",
      account:
        "Staff introduce themselves by first name and role and wear large-print name badges in a design members picked. A photo board of all staff and volunteers hangs in reception and is on our website, and the office manager updates it whenever someone joins or leaves.",
    },
    {
      code: "5.1.c",
      claim: "YES",
      account:
        "When a link worker changes, we tell the person at least two weeks ahead wherever we can, and the old and new workers meet them together. The new worker reads the plan beforehand, and feedback after a change tells us most people didn't feel they had to start again.",
    },
    {
      code: "5.2.a",
      claim: "YES",
      account:
        "'What you can expect from your worker' was written by the Tuesday peer panel and staff together over three workshops. It covers how workers introduce themselves, how a change of worker is handled and how quickly we call back, and the members' survey asks whether it matches people's experience.",
    },
    {
      code: "5.2.b",
      claim: "YES",
      account:
        "Our relationships and boundaries guide was agreed with members and says staff can share their interests, a bit about their weekend or relevant experience when it helps. Monthly reflective practice gives staff space to talk about where the lines are. Members often tell us our staff feel like real people.",
    },
    {
      code: "5.2.c",
      claim: "YES",
      account:
        "Every quarter we report how often named workers change, team by team, and the senior team acts where it's high; last year that meant smaller caseloads in the Seacroft team. Staff have monthly supervision, free counselling and a protected wellbeing hour each week, and staff turnover is the lowest it has been in five years.",
    },
    {
      code: "5.3.a",
      claim: "YES",
      account:
        "Two trained members sit on every interview panel with their scores counted the same as anyone else's, and they help write the values questions. They're paid for the preparation and the interview day, and panel records show their scores have changed the outcome more than once.",
    },
    {
      code: "5.3.b",
      claim: "YES",
      account:
        "Members co-lead a reflective practice session with each team every quarter, and members' feedback is part of every staff annual review. Staff found it daunting at first, so we agreed a fair process with staff representatives, and reviews now record changes people have made because of it.",
    },
    {
      code: "5.3.c",
      claim: "PARTLY",
      account:
        "When members move on to the community mental health team, we agree a named contact with them for most transfers. It doesn't always happen when a move is quick, and we haven't yet helped partners with how they introduce themselves or keep workers the same.",
    },

    // 6. A story to tell
    {
      code: "6.1.a",
      claim: "YES",
      account:
        "Our 'Your information' leaflet explains in plain English who sees what and why, and staff go through it at the welcome conversation. The person's answer goes on a consent screen that must be completed before any referral can be sent, and the leaflet is honest about the rare times we have to share to keep someone safe.",
    },
    {
      code: "6.1.b",
      claim: "YES",
      account:
        "Members are told at the start, and on our website, that they can read their notes, and any worker will help them ask. Requests are answered within a month, usually much sooner, and anyone can add their own comments to their record on a 'my view' page.",
    },
    {
      code: "6.1.c",
      claim: "YES",
      account:
        "Referral information is read before the welcome conversation, and our form opens with 'Here's what we already know: is it right?' rather than asking everything again. The members' survey asks whether people had to repeat their story, and the share saying they didn't rose from 61% to 79% over two years.",
    },
    {
      code: "6.2.a",
      claim: "YES",
      account:
        "The peer panel redesigned our consent form last year: instead of one 'share or don't share' box, people now choose what can go to whom, such as their GP, a carer or another service. Panel members tried it out with new members first, and the survey shows most people understand what they've agreed to.",
    },
    {
      code: "6.2.b",
      claim: "PARTLY",
      account:
        "Crisis plans are written with the person, in their words, and they sign them and keep a copy. What's missing is a short 'my story' document that members own and can take to other services; we're agreeing the format with members and aim to have it in use by March.",
    },
    {
      code: "6.2.c",
      claim: "YES",
      account:
        "Members who share their stories for talks, funding bids or our website sign a permission form they can withdraw at any time, and they're paid for their time. Our lived experience lead meets them before and after, and we let them know what their story helped to change.",
    },
    {
      code: "6.3.a",
      claim: "NOT_YET",
      account:
        "Not yet: our records and information policy is written by managers and approved by the board. We plan to ask the peer panel to help set up a records group that can change the rules, not just comment on them.",
    },
    {
      code: "6.3.b",
      claim: "PARTLY",
      account:
        "When something goes wrong with someone's information, we tell them, apologise, and a peer panel member joins the review alongside staff. We don't yet publish what went wrong and what changed; a yearly summary is planned for the annual report.",
    },
    {
      code: "6.3.c",
      claim: "NOT_YET",
      account:
        "Not yet. We have information-sharing agreements with the drug and alcohol service and two GP practices, but members didn't help design them and there's no shared tool. Once the 'my story' document is working here, we'll offer it to partners.",
    },
  ],
};

const harbourRecovery: DemoSelfAssessment = {
  readyStatements: [1, 4],
  answers: [
    // 1. More than a diagnosis
    {
      code: "1.1.a",
      claim: "YES",
      account:
        "Recovery plans at Harbour start with a section called 'My recovery, my words', where people set out their own goals, strengths and what matters to them before we get to drink, drugs and risk. Team leaders each check five plans a month, and people regularly tell us at reviews that the plan feels like theirs.",
    },
    {
      code: "1.1.b",
      claim: "YES",
      account:
        "All staff, reception and admin included, do our 'Beyond the label' session in their first month. It uses recorded accounts, shared with permission, from people who've used our service about being judged for their drinking or drug use, and the training record shows everyone has completed it.",
    },
    {
      code: "1.1.c",
      claim: "YES",
      account:
        "Every three months we ask people at the recovery café and in one-to-ones whether they feel treated as a person rather than a problem. The answers, and what we've done about them, go on the 'You said, we did' board by reception; most recently we started opening at 9am on Mondays because people said weekends were the hardest.",
    },
    {
      code: "1.2.a",
      claim: "PARTLY",
      account:
        "People who use the service commented on a draft of our new assessment form, and some of their wording made it in. They weren't involved from the start, and our first-appointment questions still need rewriting with them; that work has slipped and is now a priority.",
    },
    {
      code: "1.2.b",
      claim: "YES",
      account:
        "Recovery workers help people get back to things they enjoy and are good at, from the allotment project in Middleton to college courses and volunteering at the recovery café. These links are recorded in the recovery plan, and last year more than 90 people took up volunteering or learning through us.",
    },
    {
      code: "1.2.c",
      claim: "PARTLY",
      account:
        "People who help us shape the service get shopping vouchers and their travel paid, and we provide food at forum meetings. There's no written payment policy yet, we can't pay for people's time, and we haven't been pointing people to welfare-rights advice; a policy is being drafted with the forum.",
    },
    {
      code: "1.3.a",
      claim: "NOT_YET",
      account: "Not yet: we have volunteer peer mentors but no paid peer worker posts. Two part-time peer worker roles are in next year's funding bid.",
    },
    {
      code: "1.3.b",
      claim: "NOT_YET",
      account:
        "Not yet. The big decisions sit with the management team and trustees, and our first step is turning the informal forum into one that meets monthly and reports to the management team.",
    },
    {
      code: "1.3.c",
      claim: "NOT_YET",
      account: "Not yet: nobody has set time as a coproduction champion, and we're still learning ourselves before we could help others.",
    },

    // 2. Family and friends
    {
      code: "2.1.a",
      claim: "YES",
      account:
        "At assessment we ask who the important people in someone's life are and what they're happy for us to share with each of them, using our consent to share form. We check it again at every three-monthly review and whenever someone comes back to the service after a break.",
    },
    {
      code: "2.1.b",
      claim: "YES",
      account:
        "Our family support worker gives families and friends a 'Supporting someone in recovery' leaflet covering how we work, who to call in an emergency, their right to a carer's assessment and where to find local family and carers' support. It's available in easy read and large print and was last checked in September.",
    },
    {
      code: "2.1.c",
      claim: "PARTLY",
      account:
        "Once a year we send families a short questionnaire, and the family support worker follows up by phone. We've not been good at telling them what changed as a result, and we only reach families whose details we already hold.",
    },
    {
      code: "2.2.a",
      claim: "NOT_YET",
      account:
        "Not yet: our family information was written by staff. We'd like families and people who use the service to rewrite it together once the family drop-in is running.",
    },
    {
      code: "2.2.b",
      claim: "PARTLY",
      account:
        "When someone agrees, families are invited to recovery plan reviews, and the form has a box for what they tell us. It happens reliably in the community team but much less in the day programme, which we're raising at team meetings.",
    },
    {
      code: "2.2.c",
      claim: "NOT_YET",
      account:
        "Not yet. Apart from one-to-one time with our family support worker there's nothing just for families, and the monthly drop-in we're planning with two family members has slipped.",
    },

    // 3. Heard and included
    {
      code: "3.1.a",
      claim: "YES",
      account:
        "We ask about communication needs at assessment and flag them on our case system, so letters go out in large print, easy read or as a text reminder as people need. A monthly report shows any needs not met, and Aisha Rahman in our recovery team follows them up.",
    },
    {
      code: "3.1.b",
      claim: "YES",
      account:
        "We pay for professional interpreters, including BSL interpreters, for appointments and groups, by phone or in person. Staff are told at induction not to rely on family members and never to ask children to interpret, and there's a reminder on the wall of every interview room.",
    },
    {
      code: "3.1.c",
      claim: "PARTLY",
      account:
        "Each year we compare who uses the service with local figures, and we know women and people from Black and South Asian communities are under-represented. In September we asked our forum how to be more welcoming to LGBTQ+ people, but we haven't yet gone out to the communities we hear from least to ask what gets in the way.",
    },
    {
      code: "3.2.a",
      claim: "NOT_YET",
      account:
        "Not yet. We need to ask those communities what gets in the way before we can design anything with them; a women-only drop-in in Beeston is one idea we want to test.",
    },
    {
      code: "3.2.b",
      claim: "PARTLY",
      account:
        "Forum members check our main leaflets for plain English before we print them, and forum meetings follow ground rules the members wrote. Our easy read and translated leaflets haven't been checked with the people they're meant for.",
    },
    {
      code: "3.2.c",
      claim: "NOT_YET",
      account:
        "Not yet: staff do an online equality and diversity course that wasn't made with people with lived experience. We want to replace it with training built with the forum and a local community group.",
    },

    // 4. More than one challenge
    {
      code: "4.1.a",
      claim: "YES",
      account:
        "Nobody is turned away because they're still drinking or using, because of their mental health or because of a physical condition; that's the reason Harbour exists. If we aren't the right service, staff make the referral with the person and check it has landed, and every onward referral is logged.",
    },
    {
      code: "4.1.b",
      claim: "YES",
      account:
        "Assessments and reviews cover mental health, physical health, drink and drugs, housing and money. Every member of staff has done training on asking about these without judgement, and feedback shows most people feel able to be honest with us, though some still find the first appointment hard going.",
    },
    {
      code: "4.1.c",
      claim: "YES",
      account:
        "We have named contacts at the community mental health team, two GP practices, a housing advice service and a debt advice charity. Our quarterly feedback asks people how those referrals worked for them, which is how we found housing referrals were far too slow and agreed a quicker route.",
    },
    {
      code: "4.2.a",
      claim: "PARTLY",
      account:
        "We asked people who use both our service and the community mental health team what went wrong at handovers, and their answers changed the joint referral form. They were consulted rather than designing it with us, and we haven't looked at shared assessments or plans yet.",
    },
    {
      code: "4.2.b",
      claim: "YES",
      account:
        "Staff see people at home, in a café or at their GP surgery, offer shorter sessions on hard days, and hand out naloxone and clean equipment with no conditions attached. Our nurse runs a weekly physical health clinic, and how support works is agreed with each person in their recovery plan.",
    },
    {
      code: "4.2.c",
      claim: "YES",
      account:
        "Volunteer peer mentors with their own experience of recovery run the Thursday recovery café and co-facilitate our mutual aid meetings. Anyone using the service can ask for a peer mentor, and around sixty people did last year.",
    },
    {
      code: "4.3.a",
      claim: "NOT_YET",
      account:
        "Not yet: planning with partner services is done by managers. We'd like people with lived experience of more than one challenge to have a place on the council's new joint planning group.",
    },
    {
      code: "4.3.b",
      claim: "NOT_YET",
      account:
        "Not yet. We challenge exclusion rules case by case, for example when a group turns someone away for having had a drink, but we haven't led any wider work on it.",
    },
    {
      code: "4.3.c",
      claim: "NOT_YET",
      account:
        "Not yet: peer mentors help with staff induction as volunteers but aren't paid to train. Paying them will be part of the payment policy we're drafting.",
    },

    // 5. Knowing who is responsible
    {
      code: "5.1.a",
      claim: "YES",
      account:
        "Everyone gets their recovery worker's name, direct phone number and who covers when they're away, on a card and by text. At each review we ask people who their worker is, and at the last check almost everyone knew.",
    },
    {
      code: "5.1.b",
      claim: "PARTLY",
      account:
        "Staff introduce themselves by name and role and wear name badges. The badges are small and hard to read, and there are no staff photos in reception or the welcome pack yet; the forum asked for both, and we're putting them in place before Christmas.",
    },
    {
      code: "5.1.c",
      claim: "YES",
      account:
        "When a recovery worker leaves or caseloads change, people are told by phone and letter beforehand and the new worker is introduced at a joint session. The handover note means nobody has to go over their history again.",
    },

    // 6. A story to tell
    {
      code: "6.1.a",
      claim: "YES",
      account:
        "Consent to share is explained at assessment: who will see the information and why. It's recorded before any referral goes out, and staff explain the rare times we'd have to share without consent, such as a serious risk to a child.",
    },
    {
      code: "6.1.b",
      claim: "YES",
      account:
        "Our welcome leaflet tells people they can see what we write about them, and any worker will help them ask. People can add their own comments to their record, and we answer requests within a month.",
    },
    {
      code: "6.1.c",
      claim: "YES",
      account:
        "Referral information is read before the first appointment, and our assessment form is filled in from it so people only confirm or correct what we already have. Our feedback asks whether people had to repeat themselves, and most say they didn't.",
    },
  ],
};

const elmHouse: DemoSelfAssessment = {
  readyStatements: [],
  answers: [
    // 1. More than a diagnosis
    {
      code: "1.1.a",
      claim: "PARTLY",
      account:
        "Each resident has a support plan with a 'What's important to me' section. Too many are still written by staff in our words rather than the resident's, and we haven't yet asked residents whether their plan sounds like them.",
    },
    {
      code: "1.1.b",
      claim: "NOT_YET",
      account:
        "Not yet: day support workers do a one-day person-centred course, but night staff and our housing officer haven't, and it doesn't include the experiences of anyone who has lived here. We'd like residents to help us rework it.",
    },
    {
      code: "1.1.c",
      claim: "PARTLY",
      account:
        "Guests leaving the crisis house fill in a short feedback card, and there's a suggestions box in the kitchen. We act on what people say but rarely tell them, so Owen Price, one of our support workers, is holding a residents' meeting in December to ask what people would change, and we'll report back from there.",
    },

    // 5. Knowing who is responsible
    {
      code: "5.1.a",
      claim: "PARTLY",
      account:
        "Residents are told their keyworker's name when they move in, and crisis house guests meet theirs on the first day. Nothing is written down for people and it isn't clear who covers when a keyworker is off; Sunita Patel, our manager, is bringing in keyworker cards in the new year.",
    },
    {
      code: "5.1.b",
      claim: "YES",
      account:
        "Staff introduce themselves by first name and role and wear large, easy-to-read badges. A whiteboard in the hallway shows photos of who is on shift that day, night staff included, and residents say it helps them know who to ask.",
    },
    {
      code: "5.1.c",
      claim: "PARTLY",
      account:
        "When a keyworker changes we tell the resident, but because we're short-staffed it's often at short notice. New keyworkers read the support plan before meeting the person, but there's no joint handover meeting yet.",
    },
  ],
};

export const DEMO_SELF_ASSESSMENTS: Record<DemoProviderSlug, DemoSelfAssessment> = {
  "northside-mind": northsideMind,
  "harbour-recovery": harbourRecovery,
  "elm-house": elmHouse,
};
