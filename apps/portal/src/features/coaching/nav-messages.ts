/** The menu's strings of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.title": "Ohjaus",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.title": "Handledning",
};

export const en: Record<NavMessageKey, string> = {
  "nav.title": "Coaching",
};
