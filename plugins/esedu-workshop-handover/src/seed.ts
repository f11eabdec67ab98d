import { core } from "@polku/plugin-sdk/db";
import { and, asc, count, desc, eq, sql } from "@polku/plugin-sdk/drizzle";
import type { PluginSeedContext } from "@polku/plugin-sdk/server";
import { handover } from "./db/schema.ts";

/**
 * Demo data: one graduate of the first provider already handed over to the demo workshop, with a
 * competence mapping done, so the workshop coach has someone to work with. Runs once.
 */
export async function seedDemo({ db }: PluginSeedContext): Promise<void> {
  const [any] = await db.select({ id: handover.id }).from(handover).limit(1);
  if (any) return;
  const [workshop] = await db
    .select({ id: core.organisation.id })
    .from(core.organisation)
    .where(eq(core.organisation.kind, "workshop"))
    .orderBy(asc(core.organisation.name))
    .limit(1);
  // The demo's largest provider (the one of the tutor omaohjaaja), so the tutor and the coach share a case.
  const [provider] = await db
    .select({ id: core.student.providerId })
    .from(core.student)
    .groupBy(core.student.providerId)
    .orderBy(desc(count()))
    .limit(1);
  if (!workshop || !provider) return;
  const [graduate] = await db
    .select({ id: core.student.id, providerId: core.student.providerId })
    .from(core.student)
    .where(
      and(
        eq(core.student.providerId, provider.id),
        eq(core.student.phase, "graduation"),
        sql`${core.student.birthDate} <= current_date - interval '18 years'`,
      ),
    )
    .orderBy(asc(core.student.lastName), asc(core.student.firstName))
    .limit(1);
  if (!graduate) return;
  await db.transaction(async (tx) => {
    const [grant] = await tx
      .insert(core.accessGrant)
      .values({
        providerId: graduate.providerId,
        studentId: graduate.id,
        granteeOrganisationId: workshop.id,
        scope: "handover",
        consentGivenBy: "student",
        validUntil: sql`now() + interval '12 months'`,
      })
      .returning({ id: core.accessGrant.id });
    await tx.insert(handover).values({
      providerId: graduate.providerId,
      studentId: graduate.id,
      workshopId: workshop.id,
      grantId: grant!.id,
      situation: "no_job_no_study",
    });
    await tx.insert(core.pathwayStep).values([
      {
        providerId: graduate.providerId,
        studentId: graduate.id,
        kind: "handover",
        phase: "continuation",
        status: "done",
      },
      {
        providerId: graduate.providerId,
        studentId: graduate.id,
        kind: "competence-mapping",
        phase: "continuation",
        status: "done",
        organisationId: workshop.id,
      },
    ]);
    await tx
      .update(core.student)
      .set({ phase: "continuation" })
      .where(and(eq(core.student.providerId, graduate.providerId), eq(core.student.id, graduate.id)));
  });
}
