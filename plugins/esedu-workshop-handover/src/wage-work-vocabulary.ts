/** Who decides a wage subsidy, and how a unit alongside the work progresses (shared by the API and the portal). */
export const subsidyDeciders = ["te_services", "municipality", "other"] as const;
export const unitStatuses = ["planned", "in_progress", "demonstrated", "completed"] as const;
