/** The menu's strings of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.title": "Ennakkovaroitukset",
  "nav.settings": "Varoitusten rajat",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.title": "Förvarningar",
  "nav.settings": "Gränser för förvarningar",
};

export const en: Record<NavMessageKey, string> = {
  "nav.title": "Early warnings",
  "nav.settings": "Early-warning thresholds",
};
