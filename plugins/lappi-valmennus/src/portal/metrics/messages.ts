/** Strings of the metrics pages; every key starts with "metrics.". */
export const fi = {} as const;
export type MetricsMessageKey = keyof typeof fi;
export const sv: Record<MetricsMessageKey, string> = {};
export const en: Record<MetricsMessageKey, string> = {};
