/** Strings of the hours pages; every key starts with "hours.". */
export const fi = {} as const;
export type HoursMessageKey = keyof typeof fi;
export const sv: Record<HoursMessageKey, string> = {};
export const en: Record<HoursMessageKey, string> = {};
