/**
 * The qualification catalogue: national requirements (ePerusteet), public data that any logged-in
 * person reads (the HOKS editor picks units from it, everyone reads a HOKS's units by name). Nothing
 * personal, so nothing to audit.
 */
import { Schema } from "effect";
import { notFound } from "../errors.ts";
import { procedure, router } from "../init.ts";
import { AUTHENTICATED } from "../permissions.ts";
import { Id } from "../schemas.ts";
import { input } from "../validation.ts";
import { listQualifications, qualificationWithUnits } from "./qualification-catalogue.ts";

export const qualificationsRouter = router({
  /** Every qualification in the catalogue, by name, with its education codes and how many units. */
  list: procedure.meta({ permission: AUTHENTICATED }).query(({ ctx }) => listQualifications(ctx.tx)),

  /** One qualification with its units in the requirements' order. */
  get: procedure
    .meta({ permission: AUTHENTICATED })
    .input(input(Schema.Struct({ id: Id })))
    .query(async ({ ctx, input: { id } }) => {
      const found = await qualificationWithUnits(ctx.tx, id);
      if (!found) throw notFound("The qualification");
      return found;
    }),
});
