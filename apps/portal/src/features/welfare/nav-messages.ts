/** The menu's strings of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.title": "Opiskeluhuolto",
  "card.title": "Uudet ohjaukset",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.title": "Elevhälsa",
  "card.title": "Nya remisser",
};

export const en: Record<NavMessageKey, string> = {
  "nav.title": "Student welfare",
  "card.title": "New referrals",
};
