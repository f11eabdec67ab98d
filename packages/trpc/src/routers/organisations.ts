import { schema } from "@polku/db";
import { organisationKinds } from "@polku/domain";
import { asc, inArray } from "drizzle-orm";
import { Schema } from "effect";
import { procedure, router } from "../init.ts";
import { input } from "../validation.ts";

const Kinds = Schema.Struct({
  kinds: Schema.optional(Schema.Array(Schema.Literals(organisationKinds))),
});

export const organisationsRouter = router({
  /** Organisations of the region: reference data, not personal data. */
  list: procedure
    .meta({ permission: "organisation.read" })
    .input(input(Kinds))
    .query(({ ctx, input: { kinds } }) => {
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
        .orderBy(asc(organisation.name));
    }),
});
