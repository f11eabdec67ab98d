import { procedure, router } from "../init.ts";
import { AUTHENTICATED } from "../permissions.ts";

export const deploymentRouter = router({
  /**
   * The deployment's pathway step kinds with their titles in fi/sv/en, for the portal's timeline and
   * forms. Naturally bounded: the registry the deployment composed at start-up (no database rows).
   */
  stepKinds: procedure
    .meta({ permission: AUTHENTICATED })
    .query(({ ctx }) =>
      ctx.services.stepKinds
        .all()
        .map((k) => ({ id: k.id, phase: k.phase, title: k.title, terminal: k.terminal ?? false })),
    ),
});
