import { describe, expect, it } from "vitest";
import { redact } from "@/lib/feedback/redact";

const r = (text: string, organisationName?: string) => redact(text, organisationName === undefined ? {} : { organisationName });

describe("redacting contact details", () => {
  it("replaces email addresses, including ones spelled out to dodge filters", () => {
    expect(r("Email me on sam.jones+care@example.co.uk please")).toBe("Email me on [email] please");
    expect(r("write to sam @ gmail.com")).toBe("write to [email]");
    expect(r("It is sam.jones at gmail dot com")).toBe("It is [email]");
    expect(r("sam(at)hotmail(dot)com")).toBe("[email]");
  });

  it("replaces UK phone numbers however they are spaced", () => {
    for (const phone of ["07700 900123", "07700900123", "+44 7700 900 123", "(0113) 245 6789", "0113-245-6789", "0113 2456789"]) {
      expect(r(`Ring ${phone} any time`)).toBe("Ring [phone number] any time");
    }
  });

  it("replaces an NHS number, which looks like a phone number", () => {
    expect(r("My NHS number is 485 777 3456")).toBe("My NHS number is [phone number]");
  });

  it("keeps short numbers such as ages, counts and years", () => {
    expect(r("I waited 3 weeks in 2025 and I am 42.")).toBe("I waited 3 weeks in 2025 and I am 42.");
  });

  it("replaces postcodes in capitals or not, with or without the space", () => {
    expect(r("I live near LS6 2AB.")).toBe("I live near [address].");
    expect(r("post it to ls11 5ab")).toBe("post it to [address]");
    expect(r("Code: BD10ST")).toBe("Code: [address]");
  });

  it("replaces house numbers with their street", () => {
    expect(r("I live at 14 Park Road, Leeds")).toBe("I live at [address], Leeds");
    expect(r("come to 3a harehills lane")).toBe("come to [address]");
    expect(r("She is at 27 Cliff Mount View now")).toBe("She is at [address] now");
  });

  it("replaces a named street without a number", () => {
    expect(r("The office on Roundhay Road is nice.")).toBe("The office on [address] is nice.");
  });

  it("replaces web addresses and social media handles", () => {
    expect(r("See https://example.com/me?x=1, it explains.")).toBe("See [link], it explains.");
    expect(r("my page is www.facebook.com/sam.jones.")).toBe("my page is [link].");
    expect(r("my blog is samjones.co.uk")).toBe("my blog is [link]");
    // "at" before an address reads as a spelled-out email: over-redacted, and nothing left behind.
    expect(r("find me at samjones.co.uk")).toBe("find [email]");
    expect(r("message @sam_j99 on there")).toBe("message [link] on there");
  });
});

describe("redacting names", () => {
  it("replaces the name after 'my name is' and similar, with a surname", () => {
    expect(r("Hello, my name is Sam Jones and I go on Tuesdays.")).toBe("Hello, my name is [name] and I go on Tuesdays.");
    expect(r("I'm called jo and staff are kind")).toBe("I'm called [name] and staff are kind");
    expect(r("My son's name is Oliver.")).toBe("My son's name is [name].");
    expect(r("He is known as Big Tony.")).toBe("He is known as [name].");
  });

  it("replaces names after titles and keeps the title", () => {
    expect(r("Dr Okafor listened.")).toBe("Dr [name] listened.");
    expect(r("Ask for dr smith or Mrs. O'Brien.")).toBe("Ask for dr [name] or Mrs. [name].");
    expect(r("The best was Nurse Patel.")).toBe("The best was Nurse [name].");
  });

  it("does not take a word after a spelled-out title unless it is capitalised", () => {
    expect(r("Nurse was kind. I miss my family.")).toBe("Nurse was kind. I miss my family.");
  });

  it("replaces capitalised words in the middle of a sentence and merges a full name", () => {
    expect(r("My worker Dawn Hughes is lovely.")).toBe("My worker [name] is lovely.");
    expect(r("I told Kowalczyk about it")).toBe("I told [name] about it");
    expect(r("ask for Mary-Jane on nights")).toBe("ask for [name] on nights");
  });

  it("keeps possessives and contractions readable", () => {
    expect(r("It was Kowalczyk's idea and I'm glad.")).toBe("It was [name]'s idea and I'm glad.");
  });

  it("catches common first names even at the start of a sentence or in capitals", () => {
    expect(r("Priya was kind. Sam helped too.")).toBe("[name] was kind. [name] helped too.");
    expect(r("thank you JOHN")).toBe("thank you [name]");
    expect(r("Tariq's group helped.")).toBe("[name]'s group helped.");
  });

  it("takes a full name at the start of a sentence, even when the first name is uncommon or an everyday word", () => {
    expect(r("Dawn Smith at 12 Canal Road helped me, ring 07700 900999")).toBe("[name] at [address] helped me, ring [phone number]");
    expect(r("Great team. Zbigniew Nowak listened.")).toBe("Great team. [name] listened.");
    expect(r("The Wednesday group was good.")).toBe("The Wednesday group was good.");
  });

  it("agrees with the comments the demo data shows as redacted", () => {
    expect(r("The Wednesday group Sam runs helped me feel heard")).toBe("The Wednesday group [name] runs helped me feel heard");
    expect(r("They rang me when my son missed two groups. Ask for Debbie, she is lovely")).toBe("They rang me when my son missed two groups. Ask for [name], she is lovely");
    expect(r("My key worker Jo calls me back the same day")).toBe("My key worker [name] calls me back the same day");
    expect(r("I always know who my peer worker is. Her number is 07700 900461")).toBe("I always know who my peer worker is. Her number is [phone number]");
  });

  it("keeps I, days, months, the NHS, Leeds and other allowed words", () => {
    const text = "On Monday in May I went to my GP and the NHS in Leeds. I think Mind and the Samaritans helped over Christmas.";
    expect(r(text)).toBe(text);
  });

  it("keeps words in capitals that are not names, such as acronyms", () => {
    expect(r("My CPN and the CMHT were VERY good")).toBe("My CPN and the CMHT were VERY good");
  });

  it("keeps the organisation's own name, even when it looks like a name or a street", () => {
    expect(r("Staff at Harbour Recovery were kind", "Harbour Recovery")).toBe("Staff at Harbour Recovery were kind");
    expect(r("I love Elm House and Harbour", "Elm House")).toBe("I love Elm House and [name]");
    expect(r("Everyone at Cliff Road Centre helped", "Cliff Road Centre")).toBe("Everyone at Cliff Road Centre helped");
    expect(r("the Recovery team helped", "Harbour Recovery")).toBe("the Recovery team helped");
  });

  it("keeps the start of every sentence, after a full stop, question mark, exclamation or new line", () => {
    expect(r("Good service. Kind staff! Would I go back? Yes\nThanks")).toBe("Good service. Kind staff! Would I go back? Yes\nThanks");
  });

  it("over-redacts rather than under-redacts mid-sentence place names", () => {
    expect(r("I go to the cafe in Harehills.")).toBe("I go to the cafe in [name].");
  });
});

describe("redacting in general", () => {
  it("leaves ordinary comments exactly as they were", () => {
    const text = "Staff always ask me what matters to me.\n\nI would like more groups in the evening, and the leaflets are easy to read.";
    expect(r(text)).toBe(text);
  });

  it("handles empty text", () => {
    expect(r("")).toBe("");
  });

  it("handles everything at once", () => {
    expect(r("Hi, I'm called Sam. Ring 07700 900123 or email sam@example.com, or visit 9 Oak Street LS6 2AB. Ask Nurse Ali.")).toBe(
      "Hi, I'm called [name]. Ring [phone number] or email [email], or visit [address] [address]. Ask Nurse [name].",
    );
  });

  it("never leaves any digit of a long number or any part of an email behind", () => {
    const out = r("a 0113 245 6789 b first.last@sub.example.org c");
    expect(out).toBe("a [phone number] b [email] c");
    expect(out).not.toMatch(/\d|example/);
  });
});
