import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { procedure, router } from "@polku/plugin-sdk/server";

export interface PeriodResult {
  /** A half-year, e.g. "2026/2" (July to December 2026). */
  period: string;
  started: number;
  ended: number;
  withdrawn: number;
  employed: number;
  studies: number;
  other: number;
  /** Outcomes the funding counts: a job that lasted two months, or higher education. */
  counted: number;
}

/**
 * The workshop's (or the provider's) results per half-year, as counts only: no student is named, so no
 * audit entry; the definer function (migration 0010) counts only the actor's own handovers.
 */
export const resultsRouter = router({
  byPeriod: procedure
    .meta({ permission: "handover.read" })
    .query(async ({ ctx }) =>
      rowsOf<PeriodResult>(
        await ctx.tx.execute(sql`select * from esedu_workshop_handover.results_by_period()`),
      ),
    ),
});
