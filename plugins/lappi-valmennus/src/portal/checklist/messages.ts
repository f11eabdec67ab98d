/** Strings of the checklist pages; every key starts with "checklist.". */
export const fi = {} as const;
export type ChecklistMessageKey = keyof typeof fi;
export const sv: Record<ChecklistMessageKey, string> = {};
export const en: Record<ChecklistMessageKey, string> = {};
