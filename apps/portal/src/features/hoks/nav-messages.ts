/** The menu's strings of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.transfer": "HOKS-siirto",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.transfer": "PUK-överföring",
};

export const en: Record<NavMessageKey, string> = {
  "nav.transfer": "HOKS transfer",
};
