/** Strings of the notices pages; every key starts with "notices.". */
export const fi = {} as const;
export type NoticesMessageKey = keyof typeof fi;
export const sv: Record<NoticesMessageKey, string> = {};
export const en: Record<NoticesMessageKey, string> = {};
