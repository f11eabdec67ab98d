/** The menu's and the slots' titles of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.title": "Ohjaus",
  "student.sessions": "Ohjaustapaamiset",
  "student.notes": "Ohjauksen muistiinpanot",
  "team.title": "Tukijoukkue ja yhteystiedot",
  "card.title": "Seuraavat ohjaustapaamiset",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.title": "Handledning",
  "student.sessions": "Handledningsträffar",
  "student.notes": "Anteckningar från handledningen",
  "team.title": "Stödteam och kontaktuppgifter",
  "card.title": "Nästa handledningsträffar",
};

export const en: Record<NavMessageKey, string> = {
  "nav.title": "Coaching",
  "student.sessions": "Coaching sessions",
  "student.notes": "Coaching notes",
  "team.title": "Support team and contacts",
  "card.title": "Next coaching sessions",
};
