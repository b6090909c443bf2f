import { describe, expect, it } from "vitest";
import { evidenceInputFrom, uploadFrom } from "@/lib/evidence/form-data";

describe("reading the evidence form", () => {
  it("keeps every ticked criterion, which FormData repeats under one name", () => {
    const form = new FormData();
    form.append("title", "Minutes");
    form.append("criterionIds", "a");
    form.append("criterionIds", "b");
    expect(evidenceInputFrom(form, { title: "Minutes", criterionIds: "b" })).toEqual({ title: "Minutes", criterionIds: ["a", "b"] });
  });

  it("treats an empty file input as no file, however the parser names it", async () => {
    for (const name of ["", "undefined"]) {
      const form = new FormData();
      form.append("file", new File([], name, { type: "application/octet-stream" }));
      expect(await uploadFrom(form)).toEqual({ filename: "", bytes: new Uint8Array() });
    }
  });

  it("keeps a chosen file, even an empty one, by its own name", async () => {
    const form = new FormData();
    form.append("file", new File([], "minutes.pdf", { type: "application/pdf" }));
    expect(await uploadFrom(form)).toEqual({ filename: "minutes.pdf", bytes: new Uint8Array() });
    const withBytes = new FormData();
    withBytes.append("file", new File(["hello"], "notes.txt"));
    expect(Buffer.from((await uploadFrom(withBytes))!.bytes).toString()).toBe("hello");
    expect(await uploadFrom(new FormData())).toBeNull();
  });
});
