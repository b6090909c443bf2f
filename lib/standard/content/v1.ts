import type { FrameworkContent } from "./types";

/**
 * Version 1 of the coproduction standard, built on the six Leeds mental health
 * "I Statements" (written and tested by Together We Can Experts by Experience
 * and adopted by the Leeds Mental Health Framework Programme Board).
 *
 * Levels follow the engagement ladder:
 * - level 1: the foundations are in place, and people who use the service are
 *   asked for their views and told what changed;
 * - level 2: people with lived experience design things together with staff,
 *   and the practice is part of everyday work in every team;
 * - level 3: people with lived experience share power and leadership
 *   (decisions, paid roles, budgets, running the organisation), and the
 *   organisation helps others to do the same.
 *
 * Moving up a level means still meeting every criterion of the levels below.
 */
export const frameworkV1: FrameworkContent = {
  title: "Coproduction Standard – Leeds I Statements, v1",
  statements: [
    // ---------------------------------------------------------------------
    // 1. More than a diagnosis
    // ---------------------------------------------------------------------
    {
      number: 1,
      text: "I am more than a mental health diagnosis. Treat me like an individual human being.",
      explanation:
        "The organisation sees each person as a whole human being, with their own history, strengths, interests and hopes, not as a diagnosis or a case. Support is built around what matters to the person and what they can already do. Coproducing this means people with lived experience help decide how the organisation gets to know people, how plans are written and how staff are trained, and they are valued and paid for the expertise they bring.",
      easyRead:
        "I am a person. I am not just my illness. Get to know me. Ask me what matters to me. Help me use the things I am good at.",
      criteria: [
        {
          code: "1.1.a",
          level: 1,
          text: "Each person's support plan records what matters to them, their strengths and their own goals in their own words, not only their diagnosis and risks.",
          easyRead:
            "My plan says what matters to me. It says what I am good at. It uses my own words.",
          guidance:
            "Plans should read as being about a person, with their hopes and interests, not a list of symptoms and risks. A template with a strengths box left empty or filled with stock phrases does not count.",
          evidenceExamples: [
            "A sample of support plans, shared with the person's permission, showing their own words, strengths and goals",
            "The support plan template and the guidance staff use to fill it in",
            "Feedback from people who use the service on whether their plan sounds like them",
          ],
        },
        {
          code: "1.1.b",
          level: 1,
          text: "All staff, including reception, admin and support staff, are trained to see and treat people as individuals, and the training includes real experiences of people who use services.",
          easyRead:
            "All staff learn to treat me as a person. The training uses real stories from people who use services.",
          guidance:
            "Look for training that every staff group has taken, not only clinical staff, and that uses real experiences as well as theory. A course on the training plan that few staff have attended does not count.",
          evidenceExamples: [
            "Training records showing which staff groups have completed the training",
            "Training materials that include the experiences of people who use services, used with their permission",
            "Staff describing to the assessor how the training changed the way they work",
          ],
        },
        {
          code: "1.1.c",
          level: 1,
          text: "The organisation regularly asks people who use the service whether they feel treated as an individual, and tells them what it has changed as a result.",
          easyRead:
            "The service asks me if I feel treated as a person. Then it tells me what it changed.",
          guidance:
            "Asking is the start, and level 1 also needs a clear 'you said, we did' loop that people can see. A survey whose results nobody acts on or reports back does not count.",
          evidenceExamples: [
            "Survey or feedback results about being treated as an individual, with the dates they were collected",
            "A 'you said, we did' notice, newsletter or web page showing changes made after feedback",
            "People who use the service telling an Expert by Experience that they know how to give their views",
          ],
        },
        {
          code: "1.2.a",
          level: 2,
          text: "People with lived experience co-design the way the organisation gets to know people, including the first conversation, the assessment and the support plan template.",
          easyRead:
            "People who have used services help design how staff get to know me. This includes the forms and the first meeting.",
          guidance:
            "Co-design means people with lived experience shape the design from the start and share decisions about it, with enough time, preparation and skilled facilitation, not that they comment on a finished draft. The organisation should be honest about what can and cannot be changed, and assessors need to hear from the people involved as well as see the documents.",
          evidenceExamples: [
            "Notes of co-design sessions showing ideas from people with lived experience that are in the final forms",
            "The current assessment and plan templates, with a record of who designed them",
            "People with lived experience who took part telling an Expert by Experience how their ideas were used",
          ],
        },
        {
          code: "1.2.b",
          level: 2,
          text: "Staff in every team routinely build on people's strengths and skills, for example by linking them with peer support, volunteering, learning or community groups that match their interests.",
          easyRead:
            "Staff help me use what I am good at. They help me find groups, learning or volunteering I will enjoy.",
          guidance:
            "This is the assets-based approach: starting from what people can do and want to do, and helping them grow those skills. It must be everyday practice across teams, shown in what people who use the service say, not one project or one keen worker.",
          evidenceExamples: [
            "People who use the service describing to an Expert by Experience how staff helped them use their skills or interests",
            "Records of peer support, volunteering or learning that people have been linked with",
            "Team meeting or supervision notes where building on people's strengths is discussed",
          ],
        },
        {
          code: "1.2.c",
          level: 2,
          text: "People with lived experience who help shape the service are treated as partners with expertise: they are prepared and supported, paid fairly under a clear payment policy that includes welfare-benefits advice, and able to step back and return when their mental health changes.",
          easyRead:
            "People who help shape the service get paid fairly. They get help to keep their benefits safe. They can take a break if they are unwell.",
          guidance:
            "Look for prompt, open payment, a choice of payment, vouchers or expenses only, and signposting to independent welfare-rights advice so nobody's benefits are put at risk. Unpaid involvement that relies on goodwill, or payment with no benefits advice, does not meet this criterion.",
          evidenceExamples: [
            "Payment and expenses policy for people with lived experience, with welfare-benefits advice",
            "Records showing people were paid on time for involvement work",
            "People with lived experience telling an Expert by Experience whether they felt prepared, supported and fairly paid",
            "Role agreements that explain what the role is, its boundaries and how to take a break and come back",
          ],
        },
        {
          code: "1.3.a",
          level: 3,
          text: "The organisation employs people with lived experience in paid roles, such as peer support workers and lived-experience leads, and treats lived experience as expertise in recruitment, pay and promotion.",
          easyRead:
            "The service pays people who have used services to work there. Their experience counts as a skill.",
          guidance:
            "Look for lived experience named as essential or desirable in job descriptions, fair pay, a real route to promotion, and supervision that supports peer workers in their role. A single token post, or peer roles with no supervision or progression, does not count.",
          evidenceExamples: [
            "Job descriptions that ask for lived experience as essential or desirable",
            "Workforce information showing paid lived-experience roles at different grades",
            "Peer workers telling an Expert by Experience how their experience is valued and supported",
          ],
        },
        {
          code: "1.3.b",
          level: 3,
          text: "People who use the service share the big decisions, with places on the board or its committees, a say in choosing senior staff, and control of a budget for improvements.",
          easyRead:
            "People who use the service help make the big decisions. They help run the service. They help choose managers. They decide how some money is spent.",
          guidance:
            "Power must be real and visible: people with lived experience can change decisions, not just comment on them. A single seat with no vote, no support and no papers in a form people can read is tokenism.",
          evidenceExamples: [
            "Board or committee minutes showing decisions changed by members with lived experience",
            "Recruitment panel records that include people who use the service",
            "A budget held by a group of people who use the service, with what they chose to spend it on",
            "Members with lived experience telling an Expert by Experience how much say they really have",
          ],
        },
        {
          code: "1.3.c",
          level: 3,
          text: "The organisation supports coproduction champions with time to do the role, and helps other services treat people as individuals by sharing what it has learnt, including its mistakes, alongside people with lived experience.",
          easyRead:
            "The service has champions who help others work together with people. It shares what went well and what went wrong.",
          guidance:
            "Look for champions with protected time and support, and learning shared openly with other organisations, presented together with people with lived experience. A glossy case study that only tells success stories does not show leadership.",
          evidenceExamples: [
            "Role descriptions and protected time for coproduction champions",
            "Talks, workshops or guides for other organisations, delivered together with people who use the service",
            "A partner organisation describing how this help changed its practice",
            "People with lived experience who co-presented telling an Expert by Experience about their part in it",
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 2. Family and friends
    // ---------------------------------------------------------------------
    {
      number: 2,
      text: "I may rely on family and friends to stay well. Give them support, information and respect.",
      explanation:
        "Many people rely on family, friends and other carers to stay well, and those people need support, clear information and respect in their own right. The organisation should recognise carers, involve them in the way the person wants, and be clear about what it can and cannot share. Coproducing this means carers and people who use the service together design how carers are informed, involved and supported.",
      easyRead:
        "My family and friends help me stay well. Help them too. Give them information they understand. Listen to them. Ask me what I want you to share with them.",
      criteria: [
        {
          code: "2.1.a",
          level: 1,
          text: "Staff ask each person who the important people in their life are, and record and regularly review the person's permission about what can be shared with each of them.",
          easyRead:
            "Staff ask me who is important to me. They ask what I want to share with them. They write it down and check again later.",
          guidance:
            "Permission should be specific to each person and each kind of information, and checked again over time, especially after a crisis. A refusal to share is not a reason to shut carers out: staff can still listen to carers and give general information.",
          evidenceExamples: [
            "A sample of records, shared with permission, showing named important people and what the person agreed to share",
            "The permission form and the policy on reviewing it",
            "People who use the service telling an Expert by Experience whether they were asked what to share and with whom",
          ],
        },
        {
          code: "2.1.b",
          level: 1,
          text: "Carers and family members are given clear information about the service, how to get urgent help, their right to a carer's assessment and local support for carers.",
          easyRead:
            "My family get clear information. They know how to get help fast if I am very unwell. They know where carers can get help.",
          guidance:
            "Information should be up to date, easy to find and available in easy read, large print and community languages. A leaflet that is out of date, or that is only on a website, is not enough.",
          evidenceExamples: [
            "The carers' information pack, with the date it was last checked",
            "Urgent and crisis contact information given to carers",
            "Records of referrals to carer's assessments or local carers' support",
          ],
        },
        {
          code: "2.1.c",
          level: 1,
          text: "Carers are asked for their views on the service at least once a year and told what has changed as a result.",
          easyRead:
            "The service asks my family what they think. Then it tells them what it changed.",
          guidance:
            "Carers' views should be gathered in their own right, separately from those of people who use the service, and the results reported back. Complaints alone do not count as asking carers.",
          evidenceExamples: [
            "Carers' survey results and the 'you said, we did' response",
            "Minutes of a carers' forum showing a change the forum asked for",
            "Carers telling an Expert by Experience that they know how to give their views",
          ],
        },
        {
          code: "2.2.a",
          level: 2,
          text: "Carers and people who use the service co-design the carers' information, the way carers are involved in planning support and the help offered to carers.",
          easyRead:
            "Families and people who use the service help make the information for carers. They help plan how families are included.",
          guidance:
            "Both voices matter, and how carers are involved must respect the wishes of the person who uses the service. Look for carers and people who use the service shaping the work from the start, with their time paid or expenses covered, and hear it from them directly.",
          evidenceExamples: [
            "Notes of co-design sessions with carers and people who use the service, showing their ideas in the final version",
            "The carers' information pack, showing who helped write it",
            "Carers telling an Expert by Experience what they changed and whether it made a difference",
          ],
        },
        {
          code: "2.2.b",
          level: 2,
          text: "Every team routinely invites carers to planning and review meetings when the person agrees, and staff listen to and record what carers know.",
          easyRead:
            "If I say yes, my family are asked to come to my meetings. Staff listen to what my family know about me.",
          guidance:
            "This should be normal practice in all teams, not something that depends on one worker. Assessors need to hear from carers and people who use the service that it happens, not just see a policy.",
          evidenceExamples: [
            "Carers describing to an Expert by Experience how they were included in planning and reviews",
            "A sample of support plans, shared with permission, recording carers' views",
            "A check of carer involvement across teams, with the actions taken",
          ],
        },
        {
          code: "2.2.c",
          level: 2,
          text: "The organisation supports carers' own wellbeing, including peer support where carers share what they know with each other and plan the sessions themselves.",
          easyRead:
            "Families get support for themselves too. Carers can meet other carers and help each other.",
          guidance:
            "Peer support lets carers give as well as receive, and share knowledge that staff do not have. A carers' group run by staff with no say from carers, or one that stops when one worker leaves, does not meet this.",
          evidenceExamples: [
            "Notes of a carers' peer support group showing carers plan the sessions",
            "Carers telling an Expert by Experience how the support helps them",
            "Records of emotional support, breaks or other help offered to carers",
          ],
        },
        {
          code: "2.3.a",
          level: 3,
          text: "Carers and people who use the service share decisions about support for carers, with carer representatives on the board or a carers' group that holds a budget and can hold the organisation to account.",
          easyRead:
            "Families help make the big decisions about support for carers. They decide how some money is spent.",
          guidance:
            "Look for carers with real influence, such as a vote, a budget or the power to ask for a change and get an answer. The carers' voice must sit alongside, never replace, the voice of people who use the service.",
          evidenceExamples: [
            "Board or committee minutes showing decisions shaped by carer representatives",
            "Records of a carers' budget and what carers chose to spend it on",
            "Carer representatives telling an Expert by Experience how much influence they have",
          ],
        },
        {
          code: "2.3.b",
          level: 3,
          text: "The organisation pays people with experience of caring, such as carer peer workers or carer trainers, to support other carers and to help train staff in working with families.",
          easyRead:
            "The service pays carers to help other carers. Carers help teach staff how to work with families.",
          guidance:
            "Carers in these roles should be paid fairly and supported, with welfare-benefits advice where needed and flexibility around their caring role. Relying on unpaid carer goodwill does not meet this level.",
          evidenceExamples: [
            "Job descriptions or agreements for carer peer workers or carer trainers",
            "Staff training delivered together with carers, with attendance records",
            "Carers in paid roles telling an Expert by Experience about their pay and support",
          ],
        },
        {
          code: "2.3.c",
          level: 3,
          text: "The organisation works with carers' organisations and other services to improve support for carers beyond its own walls, sharing its learning openly.",
          easyRead:
            "The service helps other services support families better. It shares what it has learnt.",
          guidance:
            "Leadership means carers and the organisation together helping other services to change, for example through shared carers' information or joint training. Going to a network meeting is not enough on its own.",
          evidenceExamples: [
            "Joint work with a carers' organisation or other services, with what changed as a result",
            "Materials or training shared with other organisations, written together with carers",
            "Carers describing to an Expert by Experience changes they have seen in other services",
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 3. Heard and included, whatever my identity
    // ---------------------------------------------------------------------
    {
      number: 3,
      text: "I want to be heard and included, regardless of my identity. Offer me accessible and culturally competent support.",
      explanation:
        "Everyone should be able to use the service and be heard, whatever their ethnicity, faith, language, gender, sexuality, age or disability. The organisation meets people's communication needs, as the Accessible Information Standard requires, and offers support that respects their culture and identity. Coproducing this means people with lived experience from different communities, especially those the service hears from least, help shape the service and how it reaches and includes people.",
      easyRead:
        "Listen to me, whoever I am. Give me information I can understand. Respect my culture, my faith and who I am.",
      criteria: [
        {
          code: "3.1.a",
          level: 1,
          text: "The organisation asks about, records, flags and meets each person's communication and information needs, in line with the Accessible Information Standard.",
          easyRead:
            "Staff ask how I like to get information. They write it down. Then they do it every time.",
          guidance:
            "The standard asks services to find out, record, flag, share with permission and meet each person's needs. Recording a need that staff then ignore does not count.",
          evidenceExamples: [
            "A sample of records, shared with permission, showing communication needs recorded and flagged",
            "Letters or information sent in the format people asked for, such as easy read, large print or email",
            "The organisation's Accessible Information Standard policy and staff guidance",
            "People who use the service telling an Expert by Experience whether their communication needs are met",
          ],
        },
        {
          code: "3.1.b",
          level: 1,
          text: "Professional interpreters, including British Sign Language interpreters, are available free of charge, and staff do not rely on family members, and never on children, to interpret.",
          easyRead:
            "I can have an interpreter if I need one. This includes sign language. It is free. My family do not have to do it.",
          guidance:
            "Staff should know how to book an interpreter quickly and allow extra time in appointments. Using a relative to interpret should only ever be the person's informed choice, never the usual way.",
          evidenceExamples: [
            "The interpreting policy and booking records",
            "Staff explaining to the assessor how they book an interpreter",
            "Appointment records showing extra time when an interpreter was used",
          ],
        },
        {
          code: "3.1.c",
          level: 1,
          text: "The organisation compares who uses the service with the local population, and asks the communities it hears from least what gets in the way.",
          easyRead:
            "The service checks who uses it and who does not. It asks groups it does not see much what stops them.",
          guidance:
            "Equality information should lead to questions and action, not sit in a report. Asking community groups for their views is enough at this level, as long as the organisation acts on what it hears.",
          evidenceExamples: [
            "Equality information compared with local population figures",
            "Notes of conversations with community groups about what stops people using the service",
            "An action plan responding to what communities said",
          ],
        },
        {
          code: "3.2.a",
          level: 2,
          text: "People from the communities the service serves, including those it hears from least, co-design culturally competent support and how the service reaches people, meeting where and when suits them and paid for their time.",
          easyRead:
            "People from different communities help plan the support. The service meets them in places that suit them. It pays them for their time.",
          guidance:
            "Co-design should happen with communities, not just about them, and may mean going to people rather than asking them to come to formal meetings. Assessors need to hear from the community members and people who use the service who took part.",
          evidenceExamples: [
            "Notes of co-design work with community groups, showing what changed as a result",
            "People who use the service from different communities describing to an Expert by Experience whether support respects their culture and identity",
            "Payment records for community members' time",
          ],
        },
        {
          code: "3.2.b",
          level: 2,
          text: "Accessible information and meetings are routine: easy read, plain English and translated information is checked with the people it is for, and involvement meetings use agreed ground rules and shared plain language so everyone can take part.",
          easyRead:
            "Information is easy to understand. People who need easy read help check it. Meetings use plain words so everyone can join in.",
          guidance:
            "Look for information tested with the people it is for, and meetings where nobody is shut out by jargon, short forms, format or timing. A single easy-read leaflet does not show that accessibility is part of everyday work.",
          evidenceExamples: [
            "Easy-read or translated information with a record of who checked it",
            "Ground rules and a plain-words list agreed by a group that includes people who use the service",
            "Observation by an Expert by Experience of a meeting where people with different needs took part fully",
          ],
        },
        {
          code: "3.2.c",
          level: 2,
          text: "Staff training on culture, identity, discrimination and communication needs is designed and delivered together with people with lived experience from different communities, and is refreshed regularly.",
          easyRead:
            "Staff learn about different cultures and ways of life. People from those communities help teach them.",
          guidance:
            "Training should include lived experience of racism, homophobia, transphobia, disability discrimination and other barriers, told by people who choose to share it and are paid for their time. A one-off online module does not count.",
          evidenceExamples: [
            "Training materials showing who designed and delivered them",
            "Training records showing staff attendance and refresher dates",
            "People who use the service from different communities telling an Expert by Experience whether staff understand their culture and identity",
          ],
        },
        {
          code: "3.3.a",
          level: 3,
          text: "People from a range of communities hold leadership and decision-making roles, such as board places, paid lived-experience posts and an equality group with a budget, and the organisation's leaders reflect the communities it serves.",
          easyRead:
            "People from many different communities help lead the service. They help make the big decisions.",
          guidance:
            "Look for people from a range of communities with real power, not one person expected to speak for a whole community. Decisions they shaped should be visible in minutes and in the service itself.",
          evidenceExamples: [
            "Board and workforce diversity information compared with the local population",
            "Minutes showing decisions shaped by an equality or community group",
            "People with lived experience on the group telling an Expert by Experience how much say they have",
          ],
        },
        {
          code: "3.3.b",
          level: 3,
          text: "The organisation funds and works alongside community and peer-led groups to provide support, acting as a facilitator that shares money, rooms and training rather than delivering everything itself.",
          easyRead:
            "The service helps community groups give support too. It shares money, rooms and training with them.",
          guidance:
            "This is about handing over resources and trust on terms the groups help set, so that communities can support their own members. Signposting to a group with no partnership behind it does not count.",
          evidenceExamples: [
            "Partnership agreements or grants to community and peer-led groups",
            "Minutes or notes showing the groups helped set the terms of the partnership",
            "People who use the service telling an Expert by Experience about support they got through a community group",
          ],
        },
        {
          code: "3.3.c",
          level: 3,
          text: "The organisation helps other services become more accessible and culturally competent, for example by sharing resources and training made with communities, or its practice on meeting communication needs.",
          easyRead:
            "The service helps other services be easier to use for everyone. It shares things it made with different communities.",
          guidance:
            "Look for resources made with communities being used by others, with credit and payment for the people who made them. Learning from what went wrong should be shared too.",
          evidenceExamples: [
            "Resources or training shared with other organisations, with evidence they are used",
            "Feedback from partner organisations on the help they received",
            "People with lived experience who helped make the resources telling an Expert by Experience how they were credited and paid",
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 4. More than a mental health challenge
    // ---------------------------------------------------------------------
    {
      number: 4,
      text: "I may be facing more than just a mental health challenge (e.g. substances including alcohol or a physical condition). Respond to these creatively and without judgement.",
      explanation:
        "People often face several things at once, such as drug or alcohol use, a physical health condition, debt, housing problems or past trauma. The organisation should respond to the whole person without judgement, work closely with other services so nobody is turned away or passed around, and find creative ways to help. Coproducing this means people with lived experience of more than one challenge help design joined-up support and help staff understand what it is like.",
      easyRead:
        "I may have more than one problem. I may use drugs or alcohol. I may have a health condition. Do not judge me. Help me with all of it. Do not send me away.",
      criteria: [
        {
          code: "4.1.a",
          level: 1,
          text: "The organisation has a 'no wrong door' approach, so nobody is turned away because of drug or alcohol use or a physical condition, and staff help people reach the right support.",
          easyRead:
            "The service does not turn me away because I drink or use drugs. If it cannot help, it helps me find who can.",
          guidance:
            "Look for clear policy and practice that nobody is shut out for using substances or for having a physical condition, with a warm handover when another service is needed. Telling someone to come back when they are sober, or handing over a bare phone number, does not meet this.",
          evidenceExamples: [
            "Referral and eligibility policies showing no exclusion for substance use or physical health",
            "Records of referrals and handovers to other services, with follow-up",
            "Staff describing to the assessor what they do when someone arrives drunk, high or physically unwell",
          ],
        },
        {
          code: "4.1.b",
          level: 1,
          text: "Staff ask about physical health, drug and alcohol use and other parts of people's lives at assessment and review, and are trained to respond without judgement.",
          easyRead:
            "Staff ask about my body, drugs, alcohol and my life. They do not judge me.",
          guidance:
            "Questions should be asked in a way that helps rather than blames, and staff should know the basics of harm reduction and physical health checks. Training on paper that staff cannot describe does not count.",
          evidenceExamples: [
            "Assessment and review forms covering physical health and substance use",
            "Training records on substance use, harm reduction and physical health",
            "Feedback from people who use the service on whether they felt judged",
          ],
        },
        {
          code: "4.1.c",
          level: 1,
          text: "The organisation has working links with local drug and alcohol, physical health, housing and money advice services, and asks people how well these links work for them.",
          easyRead:
            "The service knows other local services that can help me. It asks me if they worked for me.",
          guidance:
            "Links should be named and working, with contacts people can actually use. An out-of-date list of services does not count.",
          evidenceExamples: [
            "Agreements or named contacts with drug and alcohol, GP, housing and money advice services",
            "Feedback from people who use the service about being referred to other services",
            "A list of local services with the date it was last checked",
          ],
        },
        {
          code: "4.2.a",
          level: 2,
          text: "People who have faced more than one challenge co-design how the organisation and its partner services work together, including shared assessments, shared plans and handovers.",
          easyRead:
            "People who have had more than one problem help plan how services work together. This stops me falling through the gaps.",
          guidance:
            "Look for people with lived experience shaping how services join up, with their ideas visible in how referrals and shared plans now work. Assessors need to hear from the people involved, not only read the plan.",
          evidenceExamples: [
            "Notes of co-design work with people with lived experience of substance use or physical health conditions, showing what changed",
            "Joint working agreements with partner services that include changes people asked for",
            "People who use the service describing to an Expert by Experience how services worked together for them",
          ],
        },
        {
          code: "4.2.b",
          level: 2,
          text: "Staff routinely offer creative and flexible support, such as longer or shorter appointments, meeting people where they are, harm reduction and help with physical health, decided together with the person.",
          easyRead:
            "Staff try new ways to help me. They can meet me in a place that suits me. We decide together what will help.",
          guidance:
            "Creative means changing the service to fit the person rather than expecting the person to fit the service. Assessors need to hear examples from people who use the service of flexible support that worked for them.",
          evidenceExamples: [
            "People who use the service telling an Expert by Experience about flexible or creative support they received",
            "Case examples, shared with permission, of support changed to fit a person's needs",
            "Service rules reviewed with people who use the service to remove barriers that were not needed",
          ],
        },
        {
          code: "4.2.c",
          level: 2,
          text: "Peer support from people with lived experience of substance use, physical health conditions or other challenges is part of the service and open to anyone who wants it.",
          easyRead:
            "I can talk to someone who has been through the same things. They understand and do not judge.",
          guidance:
            "Peer support networks pass on knowledge that staff cannot. Peer supporters should be trained, supervised and paid or fairly rewarded, with welfare-benefits advice where needed.",
          evidenceExamples: [
            "The peer support offer and how people are told about it",
            "Records of peer supporters' training, supervision and pay",
            "People who use the service telling an Expert by Experience what peer support has meant to them",
          ],
        },
        {
          code: "4.3.a",
          level: 3,
          text: "People with lived experience of more than one challenge share decisions with partner services about how joined-up support is planned and paid for, for example through a joint board or a shared budget.",
          easyRead:
            "People who have had more than one problem help decide how services work together. They help decide how money is spent.",
          guidance:
            "Look for people with lived experience who have a real vote or budget in joint decisions, are supported to take part and are paid for their time. Being invited to one partnership meeting to tell their story does not count.",
          evidenceExamples: [
            "Minutes of a joint board or partnership group showing decisions shaped by members with lived experience",
            "Records of a shared budget and how people with lived experience helped decide its use",
            "People with lived experience on the group telling an Expert by Experience how much influence they have",
          ],
        },
        {
          code: "4.3.b",
          level: 3,
          text: "The organisation leads work with other local services to remove rules that shut out people with more than one need, and shares what it has learnt, including what did not work.",
          easyRead:
            "The service helps other services stop turning people away. It shares what worked and what did not.",
          guidance:
            "Look for evidence that other services changed because of this work and that people with lived experience led it alongside staff. Learning from mistakes shared openly counts as much as success stories.",
          evidenceExamples: [
            "Changes to other services' rules or referral criteria that the organisation helped bring about",
            "Reports or presentations written with people with lived experience and shared with other services",
            "People who use the service describing to an Expert by Experience the difference the changes made",
          ],
        },
        {
          code: "4.3.c",
          level: 3,
          text: "People with lived experience of more than one challenge are paid to deliver training for staff in the organisation and in partner services.",
          easyRead:
            "People who have been through it teach staff here and in other services. They are paid for it.",
          guidance:
            "Training led by people with lived experience changes attitudes and reduces judgement. It should be paid and prepared together, with a debrief and emotional support for trainers who share personal experience.",
          evidenceExamples: [
            "Training plans and records showing delivery by people with lived experience",
            "Payment records for trainers with lived experience",
            "Trainers with lived experience telling an Expert by Experience how they were prepared and supported",
            "Staff feedback on how the training changed their practice",
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 5. A named person, and human too
    // ---------------------------------------------------------------------
    {
      number: 5,
      text: "I will know the name of the person responsible for my support. Show me that you are a human being too.",
      explanation:
        "Each person should know who is responsible for their support, how to contact them, and what happens when that worker is away or leaves. Staff should build warm, honest relationships and share something of themselves where it is right to, within clear and fair boundaries. Coproducing this means people who use the service help shape how workers are introduced, how changes of worker are handled and what a good relationship looks like.",
      easyRead:
        "Tell me the name of my worker. Tell me how to contact them. Be kind and be real with me. Tell me if my worker is going to change.",
      criteria: [
        {
          code: "5.1.a",
          level: 1,
          text: "Every person is told the name, role and contact details of the worker responsible for their support and who to contact when that worker is away, and the organisation checks that people know.",
          easyRead:
            "I know the name of my worker. I know how to contact them. I know who to call if they are away.",
          guidance:
            "This should be written down, given to the person and checked again when things change. Assessors should test it by asking people who use the service, not only by reading records.",
          evidenceExamples: [
            "Letters, cards or plans showing the named worker and their contact details",
            "A sample of records, shared with permission, showing a named worker for each person",
            "People who use the service telling an Expert by Experience the name of their worker",
          ],
        },
        {
          code: "5.1.b",
          level: 1,
          text: "Staff introduce themselves by name and role when they first meet someone, wear name badges that are easy to read, and the organisation shows people who its staff are, for example with photos.",
          easyRead:
            "Staff tell me their name when we meet. They wear a name badge I can read. I can see photos of the staff.",
          guidance:
            "Simple things matter: names, readable badges, a staff photo board or web page. Staff who do not introduce themselves, or badges that show only a job title, do not meet this.",
          evidenceExamples: [
            "Observation by an Expert by Experience of staff introducing themselves",
            "A staff photo board, web page or leaflet",
            "Feedback from people who use the service about knowing who staff are",
          ],
        },
        {
          code: "5.1.c",
          level: 1,
          text: "When a person's named worker changes, the person is told in advance where possible, is introduced to the new worker and does not have to start again.",
          easyRead:
            "If my worker changes, I am told early. I meet my new worker. I do not have to start again.",
          guidance:
            "Changes of worker should be planned with a proper handover, and explained honestly when they are sudden. A letter with a new name and no introduction does not count.",
          evidenceExamples: [
            "Guidance on handing over when a worker changes",
            "Records, shared with permission, of handovers and introductions to new workers",
            "People who use the service telling an Expert by Experience how a change of worker was handled",
          ],
        },
        {
          code: "5.2.a",
          level: 2,
          text: "People who use the service co-design how relationships with staff work, including how workers are introduced, how changes of worker are handled and what people can expect from their worker.",
          easyRead:
            "People who use the service help decide what a good worker does. They help plan what happens when workers change.",
          guidance:
            "Look for a 'what you can expect from your worker' agreement written with people who use the service and used in every team. Assessors need to hear from people who use the service that it matches their experience.",
          evidenceExamples: [
            "A 'what you can expect from your worker' agreement showing who wrote it",
            "Notes of co-design sessions with people who use the service",
            "People who use the service telling an Expert by Experience whether their experience matches the agreement",
          ],
        },
        {
          code: "5.2.b",
          level: 2,
          text: "Staff are supported to share something of themselves where it is right to, such as interests or relevant experience, within clear and fair boundaries agreed with people who use the service.",
          easyRead:
            "Staff can share a little about themselves. They are kind and real. There are clear rules that keep everyone safe.",
          guidance:
            "Being human is not about breaking boundaries: it is about warmth, honesty and meeting as equals, which blurs the line between staff and the people they support. Boundaries rules written only to protect staff, or that forbid any personal warmth, do not meet this.",
          evidenceExamples: [
            "Guidance on relationships and boundaries agreed with people who use the service",
            "Supervision or reflective practice notes about relationships and boundaries",
            "People who use the service describing to an Expert by Experience how staff are warm and real with them",
          ],
        },
        {
          code: "5.2.c",
          level: 2,
          text: "The organisation routinely checks how often people's named worker changes and acts on it, and staff have the time, supervision and emotional support they need to build lasting relationships.",
          easyRead:
            "The service checks how often workers change. Staff get support so they can stay and get to know me.",
          guidance:
            "Lasting relationships depend on staff who are supported and not overloaded. Assessors need to hear from people who use the service and from staff, as well as see the figures.",
          evidenceExamples: [
            "Figures on how often named workers change, with the action taken",
            "Staff supervision and wellbeing support records",
            "People who use the service telling an Expert by Experience how long they have had the same worker",
          ],
        },
        {
          code: "5.3.a",
          level: 3,
          text: "People who use the service help choose staff, sitting on interview panels with an equal say and helping set the values and questions used to choose them.",
          easyRead:
            "People who use the service help choose new staff. What they think counts as much as anyone else.",
          guidance:
            "Equal say means their scores or views count as much as any other panel member's, with preparation and payment for their time. Meeting candidates for a chat with no effect on the decision does not count.",
          evidenceExamples: [
            "Recruitment records showing people who use the service on panels, with their scores counted",
            "Interview questions written with people who use the service",
            "Panel members with lived experience telling an Expert by Experience how their views affected decisions",
          ],
        },
        {
          code: "5.3.b",
          level: 3,
          text: "People who use the service have a real part in how staff learn and grow, for example through feedback that counts in staff reviews and reflective practice sessions they co-lead.",
          easyRead:
            "People who use the service help staff learn. What they say about staff is listened to.",
          guidance:
            "Look for feedback from people who use the service shaping how staff develop, handled fairly and with support for staff. Feedback that is collected and then ignored does not count.",
          evidenceExamples: [
            "Staff review templates that include feedback from people who use the service",
            "Records of reflective practice sessions co-led by people with lived experience",
            "Staff and people who use the service describing to an Expert by Experience how the feedback is used",
          ],
        },
        {
          code: "5.3.c",
          level: 3,
          text: "The organisation agrees with other services who is responsible for a person when they move between services, and helps partners improve how they introduce themselves and keep people's workers the same.",
          easyRead:
            "The service helps other services do this well too. When I move between services, I know who my worker is.",
          guidance:
            "Look for a named contact agreed at every handover between services, and for the organisation helping partners improve. Learning should be shared with people with lived experience, including what went wrong.",
          evidenceExamples: [
            "Handover agreements with other services naming the responsible worker",
            "Training or guides shared with partner organisations",
            "People who use the service telling an Expert by Experience whether they knew who was responsible for them when they moved between services",
          ],
        },
      ],
    },

    // ---------------------------------------------------------------------
    // 6. A story to tell
    // ---------------------------------------------------------------------
    {
      number: 6,
      text: "I have a story to tell. Share information effectively, with my permission, so I don't have to repeat myself.",
      explanation:
        "Each person's story belongs to them. The organisation should ask permission before sharing information, share it well with the right people so nobody has to keep repeating painful experiences, and let people see and correct what is written about them. Coproducing this means people who use the service help decide how information is recorded and shared, and their stories are used only with their permission and on their terms.",
      easyRead:
        "My story belongs to me. Ask me before you share it. Share it well so I do not have to tell it again and again. Let me see what you write about me.",
      criteria: [
        {
          code: "6.1.a",
          level: 1,
          text: "Staff ask each person's permission before sharing their information, explain who will see it and why, record the answer, and explain the rare times information must be shared without permission.",
          easyRead:
            "Staff ask me before they share my story. They tell me who will see it and why. They tell me when they must share it.",
          guidance:
            "Permission should be informed and specific, explained in plain words and checked again over time. The rare times information must be shared to keep people safe should be explained honestly at the start.",
          evidenceExamples: [
            "The permission form and information-sharing policy, written in plain English",
            "A sample of records, shared with permission, showing the person's answer recorded",
            "People who use the service telling an Expert by Experience whether they were asked before information was shared",
          ],
        },
        {
          code: "6.1.b",
          level: 1,
          text: "People are told how to see what is written about them, and can ask for mistakes to be corrected or their own view to be added.",
          easyRead:
            "I can see what staff write about me. I can ask them to fix mistakes. I can add what I think.",
          guidance:
            "People have a legal right to see their records. Look for a simple process that people know about and staff help with, not a form hidden on a website.",
          evidenceExamples: [
            "Information for people about how to see their records",
            "Records of requests and how quickly they were answered",
            "Examples, shared with permission, of a person's own view added to their record",
          ],
        },
        {
          code: "6.1.c",
          level: 1,
          text: "When someone is referred in or moves between teams, the information they have already given is passed on and read, and the organisation asks people whether they still had to repeat their story.",
          easyRead:
            "When I move to a new team, my story goes with me. Staff read it first. I do not have to tell it all again.",
          guidance:
            "Look for referral and handover processes that pass on the right information with permission, and staff who read it before meeting the person. Assessment forms that ask every question again regardless do not meet this.",
          evidenceExamples: [
            "Referral and handover procedures",
            "Assessment forms that start from information already held",
            "Feedback from people who use the service about how often they had to repeat their story",
          ],
        },
        {
          code: "6.2.a",
          level: 2,
          text: "People who use the service co-design how permission is asked and how information is shared, including a simple way for each person to choose what is shared and with whom.",
          easyRead:
            "People who use the service help design how staff ask permission. I can choose what is shared and who sees it.",
          guidance:
            "Look for permission forms and processes that people with lived experience shaped and that give real choice. Assessors need to hear from people who use the service that they understand and control what is shared.",
          evidenceExamples: [
            "Permission forms showing who designed them",
            "Notes of co-design sessions with people who use the service, showing their ideas in the final process",
            "People who use the service telling an Expert by Experience that they understand and control what is shared",
          ],
        },
        {
          code: "6.2.b",
          level: 2,
          text: "People routinely write or help write their own records, such as their support plan, a crisis plan and an 'about me' document they own, and choose who sees them.",
          easyRead:
            "I help write my own plan. I can write my story in my own words. I decide who sees it.",
          guidance:
            "This should be open to anyone who wants it, in a format that suits them. A document staff fill in for the person without checking it with them does not count.",
          evidenceExamples: [
            "'About me' documents, shared with permission, written by people who use the service",
            "Crisis plans written together with the person and agreed by them",
            "People who use the service telling an Expert by Experience how they used their own document with other services",
          ],
        },
        {
          code: "6.2.c",
          level: 2,
          text: "When people share their stories to help improve or promote the service, they do so by choice, with permission they can take back, emotional support before and after, and payment for their time.",
          easyRead:
            "If I tell my story to help the service, it is my choice. I can change my mind. I get support. I get paid.",
          guidance:
            "Nobody should feel they owe their story to the service, and stories must never be used as a tick-box. Look for permission, the right to withdraw, a debrief, payment, and the changes those stories led to.",
          evidenceExamples: [
            "Permission and withdrawal forms for using people's stories",
            "Records of support offered before and after sharing a story, and of payment made",
            "People who use the service who shared their stories telling an Expert by Experience how they were treated",
          ],
        },
        {
          code: "6.3.a",
          level: 3,
          text: "People who use the service share decisions about how information is recorded, stored and shared, through a group that oversees records and information in which members with lived experience can change the rules.",
          easyRead:
            "People who use the service help make the rules about what staff write down. They help decide who sees it.",
          guidance:
            "Look for people with lived experience with real power over the rules on information, not just being told about them. Minutes should show their decisions, including when they said no.",
          evidenceExamples: [
            "Minutes of the records or information group showing changes made by members with lived experience",
            "The information-sharing policy, showing who wrote and approved it",
            "Members with lived experience telling an Expert by Experience how much say they have",
          ],
        },
        {
          code: "6.3.b",
          level: 3,
          text: "People with lived experience review mistakes and complaints about information alongside staff, and the organisation openly publishes what went wrong and what it changed.",
          easyRead:
            "Sometimes staff share things they should not. People who use the service help check what went wrong. The service tells everyone what it changed.",
          guidance:
            "Being open about mistakes builds trust. The person affected should always be told and offered an apology, and the learning should be shared without blame.",
          evidenceExamples: [
            "Reviews of information mistakes or complaints that include people with lived experience",
            "Published summaries of what was learnt and what changed",
            "People who use the service telling an Expert by Experience whether they trust how their information is handled",
          ],
        },
        {
          code: "6.3.c",
          level: 3,
          text: "The organisation works with other local services so that people tell their story once, using information-sharing agreements and shared 'about me' tools designed with people who use services.",
          easyRead:
            "The service works with other services so I tell my story once. They share it safely when I say yes.",
          guidance:
            "Look for shared agreements and tools made with people who use services and used by more than one service. Leading means other services have taken them up, not just been told about them.",
          evidenceExamples: [
            "Information-sharing agreements with other services, designed with people who use services",
            "A shared 'about me' document or passport used by other services",
            "People who use the service telling an Expert by Experience that they did not have to repeat their story when they moved between services",
          ],
        },
      ],
    },
  ],
};
