/** The menu's and the slots' titles of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.transfer": "HOKS-siirto",
  "section.title": "HOKS",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.transfer": "PUK-överföring",
  "section.title": "PUK",
};

export const en: Record<NavMessageKey, string> = {
  "nav.transfer": "HOKS transfer",
  "section.title": "HOKS",
};
