/** The five areas of social strengthening (Sovari, DOMAIN.md), each answered on a scale of 1 to 5. */
export const assessmentAreas = [
  "selfKnowledge",
  "socialSkills",
  "everydayLife",
  "studyWorkReadiness",
  "lifeManagement",
] as const;

/** Results are shown from this many respondents up (Sovari's rule for organisation results). */
export const MIN_RESPONDENTS = 7;
