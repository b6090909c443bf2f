/** What each level means, in the words used across the product. */
export const LEVEL_SUMMARIES: Record<1 | 2 | 3, { name: string; plain: string; easyRead: string }> = {
  1: {
    name: "Level 1: foundations",
    plain: "The foundations are in place. People who use the service are asked for their views and told what changed.",
    easyRead: "The basics are in place. They ask us what we think. They tell us what they changed.",
  },
  2: {
    name: "Level 2: designing together",
    plain: "People with lived experience design things together with staff, and this is part of everyday work.",
    easyRead: "We plan and make things together with staff. It happens all the time.",
  },
  3: {
    name: "Level 3: sharing power",
    plain: "People with lived experience share power and leadership, and the organisation helps others do the same.",
    easyRead: "We share the power. We help make the big decisions. They help other places do this too.",
  },
};
