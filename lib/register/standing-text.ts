// How a register entry's award is said in words, the same on every page and in the CSV export.
import type { RegisterEntry } from "@/lib/register/list-register";

export function standingText(entry: Pick<RegisterEntry, "standing" | "award">): string {
  const review = entry.award?.underReview ? " (under review)" : "";
  switch (entry.standing) {
    case "AWARDED":
      return `Level ${entry.award?.level ?? ""}${review}`;
    case "SUSPENDED":
      return `Level ${entry.award?.level ?? ""}, suspended${review}`;
    case "NOT_YET_LEVEL_1":
      return "Not yet level 1";
    case "NO_AWARD":
      return "No award";
  }
}
