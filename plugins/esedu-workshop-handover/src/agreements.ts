import { localDateIn } from "@polku/domain";
import { core, type Database } from "@polku/plugin-sdk/db";
import { and, desc, eq, gte, lte } from "@polku/plugin-sdk/drizzle";
import {
  Id,
  input,
  LocalDateInput,
  MultiLineText,
  procedure,
  router,
  SingleLineText,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { serviceAgreement } from "./db/schema.ts";
import { type AgreementService, agreementServices } from "./packet.ts";

const { organisation } = core;

const CreateAgreementInput = Schema.Struct({
  workshopId: Id,
  title: SingleLineText(200),
  services: Schema.Array(Schema.Literals(agreementServices)).check(
    Schema.isMinLength(1, { message: "choose at least one service." }),
  ),
  weeksPerCoachee: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 104 })),
  resources: MultiLineText(4000),
  validFrom: LocalDateInput,
  validUntil: LocalDateInput,
});

/** An agreement holds no personal data: no audit entries, only row-level security (migration 0008). */
const agreementColumns = {
  id: serviceAgreement.id,
  providerId: serviceAgreement.providerId,
  workshopId: serviceAgreement.workshopId,
  workshopName: organisation.name,
  title: serviceAgreement.title,
  services: serviceAgreement.services,
  weeksPerCoachee: serviceAgreement.weeksPerCoachee,
  resources: serviceAgreement.resources,
  validFrom: serviceAgreement.validFrom,
  validUntil: serviceAgreement.validUntil,
  createdAt: serviceAgreement.createdAt,
};

/** At most a handful of agreements per provider and workshop a year: a hard cap. */
const MAX_AGREEMENTS = 200;

export const agreementRouter = router({
  /**
   * The agreements this actor may see: the provider's own, or those the workshop is party to.
   * `inForce` keeps those valid today (Helsinki), which a handover may refer to.
   */
  list: procedure
    .meta({ permission: "agreement.read" })
    .input(input(Schema.Struct({ inForce: Schema.optional(Schema.Boolean) })))
    .query(async ({ ctx, input: { inForce } }) => {
      const today = localDateIn(new Date());
      return ctx.tx
        .select(agreementColumns)
        .from(serviceAgreement)
        .innerJoin(organisation, eq(organisation.id, serviceAgreement.workshopId))
        .where(
          inForce
            ? and(lte(serviceAgreement.validFrom, today), gte(serviceAgreement.validUntil, today))
            : undefined,
        )
        .orderBy(desc(serviceAgreement.validFrom), desc(serviceAgreement.createdAt))
        .limit(MAX_AGREEMENTS);
    }),

  /** The provider's manager agrees the content of the service with a workshop. */
  create: procedure
    .meta({ permission: "agreement.manage" })
    .input(input(CreateAgreementInput))
    .mutation(async ({ ctx, input: a }) => {
      const providerId = ctx.actor?.providerId;
      if (!providerId) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "Only an education provider's staff make service agreements.",
        });
      }
      if (a.validUntil < a.validFrom) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "validUntil: the end is before the start." });
      }
      const [workshop] = await ctx.tx
        .select({ kind: organisation.kind })
        .from(organisation)
        .where(eq(organisation.id, a.workshopId));
      if (workshop?.kind !== "workshop") {
        throw new TRPCError({ code: "BAD_REQUEST", message: "workshopId: choose a youth workshop." });
      }
      const [created] = await ctx.tx
        .insert(serviceAgreement)
        .values({
          providerId,
          workshopId: a.workshopId,
          title: a.title,
          services: [...new Set(a.services)],
          weeksPerCoachee: a.weeksPerCoachee,
          resources: a.resources,
          validFrom: a.validFrom,
          validUntil: a.validUntil,
          createdBy: ctx.actor?.personId,
        })
        .returning({ id: serviceAgreement.id });
      return { id: created!.id };
    }),
});

/** The agreement a new handover refers to: the provider's, with this workshop, in force today. */
export async function agreementInForce(
  tx: Database,
  providerId: string,
  workshopId: string,
  agreementId: string,
) {
  const today = localDateIn(new Date());
  const [found] = await tx
    .select({ id: serviceAgreement.id, services: serviceAgreement.services })
    .from(serviceAgreement)
    .where(
      and(
        eq(serviceAgreement.providerId, providerId),
        eq(serviceAgreement.id, agreementId),
        eq(serviceAgreement.workshopId, workshopId),
        lte(serviceAgreement.validFrom, today),
        gte(serviceAgreement.validUntil, today),
      ),
    );
  if (!found) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "agreementId: choose a service agreement in force with this workshop.",
    });
  }
  return found;
}

/**
 * Refuses a step the handover's service agreement does not include (a handover made before agreements
 * existed has none, and is not held to one). A conflict with the agreement, not a bad input.
 */
export async function requireAgreedService(
  tx: Database,
  handover: { providerId: string; agreementId: string | null },
  service: AgreementService,
  refusal: string,
) {
  if (!handover.agreementId) return;
  const [agreement] = await tx
    .select({ services: serviceAgreement.services })
    .from(serviceAgreement)
    .where(
      and(
        eq(serviceAgreement.providerId, handover.providerId),
        eq(serviceAgreement.id, handover.agreementId),
      ),
    );
  if (!agreement?.services.includes(service)) throw new TRPCError({ code: "CONFLICT", message: refusal });
}
