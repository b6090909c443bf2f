import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionSchema, ladderPositionSchema, versionSchema } from "@/lib/improvement-plan/schemas";

const messages = (result: { success: boolean; error?: z.ZodError }) => (result.error ? z.flattenError(result.error).fieldErrors : {});

const action = { description: "Ask the peer group to help rewrite the welcome leaflet", owner: "Grace Adeyemi", dueDay: "27", dueMonth: "3", dueYear: "2027" };

describe("the ladder position form", () => {
  it("accepts a target at or above where the organisation is now", () => {
    expect(ladderPositionSchema.parse({ current: "CONSULTATION", target: "CO_DESIGN" })).toEqual({ current: "CONSULTATION", target: "CO_DESIGN" });
    expect(ladderPositionSchema.safeParse({ current: "CO_DESIGN", target: "CO_DESIGN" }).success).toBe(true);
  });

  it("refuses a target below where the organisation is now, saying which rung to choose", () => {
    const result = ladderPositionSchema.safeParse({ current: "CO_DESIGN", target: "INFORMING" });
    expect(messages(result)).toEqual({
      target: ["Where you want to be cannot be lower than where you are now (Co-design). Select Co-design or a higher rung"],
    });
  });

  it("asks for both answers when nothing is chosen, whether the browser sends nothing, null or an empty string", () => {
    for (const input of [{}, { current: null, target: null }, { current: "", target: "" }]) {
      expect(messages(ladderPositionSchema.safeParse(input))).toEqual({ current: ["Select where you are now"], target: ["Select where you want to be"] });
    }
  });

  it("refuses a made-up rung", () => {
    expect(messages(ladderPositionSchema.safeParse({ current: "PARTNERSHIP", target: "CO_DESIGN" }))).toEqual({ current: ["Select where you are now"] });
  });
});

describe("the action form", () => {
  it("trims the text and turns the date boxes into one date", () => {
    expect(actionSchema().parse({ ...action, description: `  ${action.description} `, owner: " Grace Adeyemi " })).toEqual({
      description: action.description,
      owner: "Grace Adeyemi",
      dueDate: "2027-03-27",
    });
  });

  it("reports every empty field at once", () => {
    expect(messages(actionSchema().safeParse({ description: " ", owner: "", dueDay: "", dueMonth: "", dueYear: "" }))).toEqual({
      description: ["Enter what you will do"],
      owner: ["Enter the name of the person who will make sure it happens"],
      dueDate: ["Enter the due date"],
    });
  });

  it("limits the description to 500 characters and the name to 100", () => {
    expect(actionSchema().safeParse({ ...action, description: "a".repeat(500) }).success).toBe(true);
    expect(messages(actionSchema().safeParse({ ...action, description: "a".repeat(501), owner: "b".repeat(101) }))).toEqual({
      description: ["What you will do must be 500 characters or fewer"],
      owner: ["The name must be 100 characters or fewer"],
    });
  });

  it("refuses a date that does not exist", () => {
    expect(messages(actionSchema().safeParse({ ...action, dueDay: "31", dueMonth: "2" }))).toEqual({ dueDate: ["Due date must be a real date"] });
  });

  it("refuses a past date for a new action but accepts today", () => {
    const schema = actionSchema({ notBefore: "2026-11-23" });
    expect(messages(schema.safeParse({ ...action, dueDay: "22", dueMonth: "11", dueYear: "2026" }))).toEqual({ dueDate: ["Due date must be today or in the future"] });
    expect(schema.parse({ ...action, dueDay: "23", dueMonth: "11", dueYear: "2026" }).dueDate).toBe("2026-11-23");
  });

  it("lets an existing action keep a past date", () => {
    expect(actionSchema().parse({ ...action, dueDay: "1", dueMonth: "1", dueYear: "2020" }).dueDate).toBe("2020-01-01");
  });

  it("needs the version the person started editing from", () => {
    expect(versionSchema.parse({ version: "3" })).toEqual({ version: 3 });
    for (const version of [undefined, "", "0", "two", "1.5"]) expect(versionSchema.safeParse({ version }).success).toBe(false);
  });
});
