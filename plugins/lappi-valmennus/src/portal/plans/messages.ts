/** Strings of the plans pages; every key starts with "plans.". */
export const fi = {} as const;
export type PlansMessageKey = keyof typeof fi;
export const sv: Record<PlansMessageKey, string> = {};
export const en: Record<PlansMessageKey, string> = {};
