import { describe, expect, it } from "vitest";
import { orderComments, type CommentRow } from "@/lib/feedback/rounds/comment-order";

const rows: CommentRow[] = Array.from({ length: 12 }, (_, i) => ({ responseId: `response-${String(i).padStart(2, "0")}`, statementNumber: 1, text: `comment ${i}` }));

describe("the order comments are shown in", () => {
  it("groups non-empty comments by statement, in statement order", () => {
    const groups = orderComments("round-1", [
      { responseId: "a", statementNumber: 4, text: "Kind staff" },
      { responseId: "a", statementNumber: 2, text: "   " },
      { responseId: "b", statementNumber: 2, text: " Rang my dad " },
      { responseId: "b", statementNumber: 4, text: "" },
    ]);
    expect(groups).toEqual([
      { statementNumber: 2, comments: ["Rang my dad"] },
      { statementNumber: 4, comments: ["Kind staff"] },
    ]);
  });

  it("is not the order the answers came in, nor depends on it", () => {
    const ordered = orderComments("round-1", rows)[0]?.comments ?? [];
    expect(ordered).toHaveLength(12);
    expect(ordered).not.toEqual(rows.map((r) => r.text));
    expect(orderComments("round-1", [...rows].reverse())[0]?.comments).toEqual(ordered);
  });

  it("is the same every time for a round, and differs between rounds", () => {
    expect(orderComments("round-1", rows)).toEqual(orderComments("round-1", rows));
    expect(orderComments("round-2", rows)[0]?.comments).not.toEqual(orderComments("round-1", rows)[0]?.comments);
  });
});
