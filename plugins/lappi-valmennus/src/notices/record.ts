import type { MarksSavedHook } from "@polku/plugin-sdk/server";

export const recordAbsenceNotices: MarksSavedHook = async () => {};
