import type { AnyRouter } from "@trpc/server";
import { router } from "../init.ts";
import { attendanceRouter } from "./attendance.ts";
import { auditRouter } from "./audit.ts";
import { authRouter } from "./auth.ts";
import { coachingRouter } from "./coaching.ts";
import { competenceNeedsRouter } from "./competence-needs.ts";
import { deploymentRouter } from "./deployment.ts";
import { earlyWarningRouter } from "./early-warning.ts";
import { fundingRouter } from "./funding.ts";
import { grantsRouter } from "./grants.ts";
import { hoksRouter } from "./hoks.ts";
import { inboxRouter } from "./inbox.ts";
import { organisationsRouter } from "./organisations.ts";
import { pathwayRouter } from "./pathway.ts";
import { qualificationsRouter } from "./qualifications.ts";
import { studentsRouter } from "./students.ts";
import { welfareRouter } from "./welfare.ts";

export const coreRouters = {
  auth: authRouter,
  organisations: organisationsRouter,
  students: studentsRouter,
  pathway: pathwayRouter,
  grants: grantsRouter,
  audit: auditRouter,
  deployment: deploymentRouter,
  attendance: attendanceRouter,
  coaching: coachingRouter,
  welfare: welfareRouter,
  hoks: hoksRouter,
  qualifications: qualificationsRouter,
  inbox: inboxRouter,
  earlyWarning: earlyWarningRouter,
  funding: fundingRouter,
  competenceNeeds: competenceNeedsRouter,
};

/** The deployment's router: the core, and each plugin's router at `plugins.<id>`. */
export function composeRouter<P extends Record<string, AnyRouter>>(pluginRouters: P) {
  return router({ ...coreRouters, plugins: router(pluginRouters) });
}

/** The router type of the core as clients see it; plugin routers are typed by each plugin's own router. */
export type AppRouter = ReturnType<typeof composeRouter<Record<string, never>>>;
