import { schema } from "@polku/db";
import { organisationKinds } from "@polku/domain";
import { asc, inArray } from "drizzle-orm";
import { Schema } from "effect";
import { procedure, router } from "../init.ts";
import { PageLimit } from "../schemas.ts";
import { input } from "../validation.ts";

/** The most organisations one call returns; the region's partners for a form's choice fit many times. */
export const MAX_ORGANISATIONS = 1000;

const Kinds = Schema.Struct({
  kinds: Schema.optional(
    Schema.Array(Schema.Literals(organisationKinds)).check(
      Schema.isMaxLength(organisationKinds.length, { message: "Name each kind of organisation once." }),
    ),
  ),
  /** Page size: default and at most MAX_ORGANISATIONS, by name. */
  limit: Schema.optional(PageLimit(MAX_ORGANISATIONS)),
});

export const organisationsRouter = router({
  /** Organisations of the region: reference data, not personal data. */
  list: procedure
    .meta({ permission: "organisation.read" })
    .input(input(Kinds))
    .query(({ ctx, input: { kinds, limit = MAX_ORGANISATIONS } }) => {
      const { organisation } = schema;
      return ctx.tx
        .select({
          id: organisation.id,
          kind: organisation.kind,
          name: organisation.name,
          businessId: organisation.businessId,
          parentId: organisation.parentId,
        })
        .from(organisation)
        .where(kinds && kinds.length > 0 ? inArray(organisation.kind, [...kinds]) : undefined)
        .orderBy(asc(organisation.name), asc(organisation.id))
        .limit(limit);
    }),
});
