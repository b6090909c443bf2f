// The small faces beside each answer: a picture as well as a word for people who read with
// difficulty. Hidden from screen readers (the word is the label); a black outline keeps them
// visible whatever the tint. Pure.
import type { FeedbackAnswerValue } from "./questions";
import { SafeHtml } from "./public-html";

// From a deep frown (1) through a straight mouth (3) to a broad smile (5).
const MOUTH_CURVE: Record<number, number> = { 1: 20, 2: 24, 3: 28, 4: 32, 5: 36 };
const TINT: Record<number, string> = { 1: "#f4c7bf", 2: "#f9dcc4", 3: "#fdf2b3", 4: "#d9efcf", 5: "#bfe3c3" };

export function faceSvg(value: FeedbackAnswerValue): SafeHtml {
  const open = `<svg aria-hidden="true" focusable="false" viewBox="0 0 40 40" width="40" height="40">`;
  if (value === null) {
    return new SafeHtml(
      `${open}<circle cx="20" cy="20" r="18" fill="#e8e8e8" stroke="#0b0c0c" stroke-width="2.5"/><path d="M15 15a5 5 0 1 1 7 4.6c-1.3.6-2 1.6-2 3V25" fill="none" stroke="#0b0c0c" stroke-width="3" stroke-linecap="round"/><circle cx="20" cy="30" r="2" fill="#0b0c0c"/></svg>`,
    );
  }
  return new SafeHtml(
    `${open}<circle cx="20" cy="20" r="18" fill="${TINT[value]}" stroke="#0b0c0c" stroke-width="2.5"/><circle cx="14" cy="16" r="2.2" fill="#0b0c0c"/><circle cx="26" cy="16" r="2.2" fill="#0b0c0c"/><path d="M12 28Q20 ${MOUTH_CURVE[value]} 28 28" fill="none" stroke="#0b0c0c" stroke-width="2.5" stroke-linecap="round"/></svg>`,
  );
}
