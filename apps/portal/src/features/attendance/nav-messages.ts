/** The menu's strings of this area: loaded up front; the pages' strings (messages.ts) load with its pages. */
export const fi = {
  "nav.attendance": "Läsnäolo",
  "nav.import": "Läsnäolon tuonti",
} as const;

export type NavMessageKey = keyof typeof fi;

export const sv: Record<NavMessageKey, string> = {
  "nav.attendance": "Närvaro",
  "nav.import": "Import av närvaro",
};

export const en: Record<NavMessageKey, string> = {
  "nav.attendance": "Attendance",
  "nav.import": "Attendance import",
};
