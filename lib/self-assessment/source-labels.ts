export const SOURCE_LABELS = {
  ORGANISATION: "The organisation",
  PEOPLE_WHO_USE_SERVICE: "People who use the service",
  CARER: "Carers",
  EXPERT_BY_EXPERIENCE: "An Expert by Experience",
} as const;
