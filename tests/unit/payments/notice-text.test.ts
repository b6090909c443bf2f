import { describe, expect, it } from "vitest";
import { adviceSentence, hoursLimitPhrase, noticeSentence, watchedLimitsSentence, weekSentences } from "@/lib/payments/notice-text";
import type { LimitNotice } from "@/lib/payments/limits";

const hours: LimitNotice = { kind: "HOURS", weekStart: "2026-12-14", visitId: "v1", visitDate: "2026-12-14", total: 1_020, limit: 960, reached: "PAST" };

describe("the assessor's notice", () => {
  it("speaks of a visit still to come as what it would do", () => {
    expect(noticeSentence(hours, "2026-12-01")).toBe("Your visit on 14 December 2026 would take you to 17 hours in that week, past the 16-hour limit you asked us to watch.");
    expect(noticeSentence(hours, "2026-12-14")).toContain("would take you");
    expect(adviceSentence(true)).toBe("You may want to talk to a welfare-rights adviser before the visit.");
  });

  it("speaks of a past visit in the past, and of exactly 16 hours as reaching the limit", () => {
    expect(noticeSentence({ ...hours, total: 960, reached: "AT" }, "2026-12-15")).toBe("Your visit on 14 December 2026 took you to 16 hours in that week, reaching the 16-hour limit you asked us to watch.");
    expect(adviceSentence(false)).toBe("You may want to talk to a welfare-rights adviser.");
  });

  it("words earnings with the amounts", () => {
    expect(noticeSentence({ ...hours, kind: "EARNINGS", total: 21_000, limit: 19_550 }, "2026-12-01")).toBe(
      "Your visit on 14 December 2026 would take your earnings in that week to £210.00, past the £195.50 weekly limit you asked us to watch.",
    );
  });

  it("names a part-hour limit in hours and minutes", () => {
    expect(hoursLimitPhrase(960)).toBe("the 16-hour limit");
    expect(hoursLimitPhrase(450)).toBe("the weekly limit of 7 hours 30 minutes");
  });
});

describe("the scheme admin's notice", () => {
  const limits = { minutes: 960, earningsPence: 19_550 };

  it("says what saving would make the week come to, and nothing when within the limits", () => {
    expect(weekSentences({ minutes: 1_020, earningsPence: 21_000 }, limits, "Dawn Hughes", true)).toEqual([
      "With this payment, Dawn Hughes's work in the week of this visit would come to 17 hours, past the 16-hour limit they asked us to watch.",
      "With this payment, Dawn Hughes's earnings in the week of this visit would come to £210.00, past the £195.50 weekly limit they asked us to watch.",
    ]);
    expect(weekSentences({ minutes: 960, earningsPence: 19_550 }, limits, "Dawn Hughes", false)).toEqual([
      "Dawn Hughes's work in the week of this visit comes to 16 hours, reaching the 16-hour limit they asked us to watch.",
    ]);
    expect(weekSentences({ minutes: 959, earningsPence: 19_550 }, limits, "Dawn Hughes", false)).toEqual([]);
    expect(weekSentences({ minutes: 5_000, earningsPence: 90_000 }, null, "Dawn Hughes", false)).toEqual([]);
  });
});

describe("what the assessor asked us to watch", () => {
  it("reads back each choice", () => {
    const none = { limitMode: "NONE", ownWeeklyMinutes: null, ownWeeklyEarningsPence: null };
    expect(watchedLimitsSentence(none, null)).toBe("You have not asked us to watch any weekly limits.");
    expect(watchedLimitsSentence({ ...none, limitMode: "PERMITTED_WORK" }, { weeklyMinutes: 960, weeklyEarningsPence: 19_550 })).toBe(
      "You asked us to watch the permitted-work limits: under 16 hours a week, and earnings of up to £195.50 a week.",
    );
    expect(watchedLimitsSentence({ ...none, limitMode: "PERMITTED_WORK" }, null)).toContain("has not set the figures yet");
    expect(watchedLimitsSentence({ limitMode: "OWN", ownWeeklyMinutes: 600, ownWeeklyEarningsPence: 12_000 }, null)).toBe(
      "You asked us to let you know when a week reaches 10 hours, or when a week's earnings go over £120.00.",
    );
    expect(watchedLimitsSentence({ limitMode: "OWN", ownWeeklyMinutes: null, ownWeeklyEarningsPence: 12_000 }, null)).toBe("You asked us to let you know when a week's earnings go over £120.00.");
  });
});
