import type { Database } from "@polku/db";
import type { AttendanceStatus } from "@polku/domain";

/** One attendance mark as it was saved (created, or changed in status or minutes). */
export interface SavedMark {
  readonly studentId: string;
  readonly day: string;
  readonly lesson: string;
  readonly status: AttendanceStatus;
}

export interface MarksSaved {
  /** The provider the marks belong to and the staff member who saved them. */
  readonly actor: { readonly providerId: string; readonly personId: string };
  readonly marks: readonly SavedMark[];
}

/**
 * Runs inside the transaction that saved the marks, as the acting staff member (row-level security
 * applies): whatever a hook writes commits or rolls back with the marks themselves. A plugin uses it
 * for durable side effects, e.g. recording a guardian notice for an unexplained absence.
 */
export type MarksSavedHook = (tx: Database, event: MarksSaved) => Promise<void>;

/** Extension points plugins fill at composition; each list runs in deployment order. */
export interface Hooks {
  readonly marksSaved: readonly MarksSavedHook[];
}

export const noHooks: Hooks = { marksSaved: [] };

export async function runMarksSaved(hooks: Hooks, tx: Database, event: MarksSaved): Promise<void> {
  if (event.marks.length === 0) return;
  for (const hook of hooks.marksSaved) await hook(tx, event);
}
