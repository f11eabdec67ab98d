/**
 * The assessor's side: a company contact sees the submitted pursuits their company assesses (and only
 * while the learner's badge-assessment grant is in force: row-level security says so), a teacher those
 * of their provider's learners assessed by teachers. Approving issues the badge at once; returning says why.
 */
import { rowsOf, studentCard } from "@polku/plugin-sdk/db";
import { and, eq, isNull, sql } from "@polku/plugin-sdk/drizzle";
import { Id, input, MultiLineText, notFound, procedure, router, TRPCError } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { badgeVersion, pursuit } from "../db/schema.ts";
import { databaseStore } from "../server/evidence-store.ts";
import { issueBadge } from "../server/issuing.ts";
import { notifyLearner } from "../server/notices.ts";
import { evidenceOf, pursuitDetails, visiblePursuit } from "./pursuits.ts";

type Actor = { role: string; organisationId: string; providerId: string | null };

/** May this person decide on this pursuit? The company it names, or a teacher of the learner's provider. */
async function mayAssess(
  tx: Parameters<typeof visiblePursuit>[0],
  actor: Actor,
  p: typeof pursuit.$inferSelect,
) {
  if (actor.role === "company_contact") return p.assessorOrganisationId === actor.organisationId;
  if (actor.role !== "teacher" || p.assessorOrganisationId !== null || actor.providerId !== p.providerId)
    return false;
  const [v] = await tx
    .select({ roles: badgeVersion.assessorRoles })
    .from(badgeVersion)
    .where(and(eq(badgeVersion.badgeClassId, p.badgeClassId), eq(badgeVersion.version, p.version)));
  return v?.roles.includes("teacher") ?? false;
}

async function assessable(
  ctx: { tx: Parameters<typeof visiblePursuit>[0]; actor: Actor | null },
  pursuitId: string,
) {
  const p = await visiblePursuit(ctx.tx, pursuitId);
  if (!(await mayAssess(ctx.tx, ctx.actor!, p))) throw notFound("The badge pursuit");
  return p;
}

const assessorWhere = (actor: Actor) =>
  actor.role === "company_contact"
    ? eq(pursuit.assessorOrganisationId, actor.organisationId)
    : isNull(pursuit.assessorOrganisationId);

export const assessingRouter = router({
  /** Pursuits waiting for my decision, with the learner's name (what the grant opens) and the evidence count. */
  queue: procedure.meta({ permission: "keski-pohjanmaa-tyoelamapassi.assess" }).query(async ({ ctx }) => {
    const actor = ctx.actor!;
    const rows = await pursuitDetails(ctx.tx, and(eq(pursuit.status, "submitted"), assessorWhere(actor)));
    const mine = [];
    for (const r of rows) {
      if (actor.role === "company_contact" || r.providerId === actor.providerId) mine.push(r);
    }
    const studentIds = [...new Set(mine.map((r) => r.studentId))];
    const names =
      studentIds.length === 0
        ? []
        : // The learners' cards, not their rows: a badge-assessment grant opens the name and nothing else.
          rowsOf<{ id: string; first_name: string; last_name: string }>(
            await ctx.tx.execute(sql`select c.id, c.first_name, c.last_name
              from unnest(array[${sql.join(
                studentIds.map((id) => sql`${id}::uuid`),
                sql`, `,
              )}]) as wanted(id)
              cross join lateral polku.student_card(wanted.id) c`),
          );
    const byId = new Map(names.map((n) => [n.id, `${n.first_name} ${n.last_name}`]));
    await ctx.audit(
      mine.map((r) => ({ providerId: r.providerId, studentId: r.studentId, action: "read" as const })),
    );
    return mine.map((r) => ({ ...r, learnerName: byId.get(r.studentId) ?? "" }));
  }),

  /** One pursuit's evidence, for whoever may see the pursuit (the learner, its assessors, the learner's staff). */
  evidence: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.evidence.read" })
    .input(input(Schema.Struct({ pursuitId: Id })))
    .query(async ({ ctx, input: { pursuitId } }) => {
      const p = await visiblePursuit(ctx.tx, pursuitId);
      const items = await evidenceOf(ctx.tx, p);
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "read" }]);
      return items;
    }),

  file: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.evidence.read" })
    .input(input(Schema.Struct({ pursuitId: Id, evidenceId: Id })))
    .query(async ({ ctx, input: { pursuitId, evidenceId } }) => {
      const p = await visiblePursuit(ctx.tx, pursuitId);
      const item = (await evidenceOf(ctx.tx, p)).find((e) => e.id === evidenceId && e.kind === "file");
      const content = item && (await databaseStore.get(ctx.tx, { providerId: p.providerId, evidenceId }));
      if (!item || !content) throw notFound("The evidence");
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "read" }]);
      return {
        fileName: item.fileName,
        mediaType: item.mediaType,
        contentBase64: content.toString("base64"),
      };
    }),

  approve: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.assess" })
    .input(input(Schema.Struct({ pursuitId: Id })))
    .mutation(async ({ ctx, input: { pursuitId } }) => {
      const p = await assessable(ctx, pursuitId);
      if (p.status !== "submitted") {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Only a badge sent for assessment can be approved.",
        });
      }
      // The learner's card: the name the badge is issued to, all the assessor's grant opens of them.
      const [learner] = await ctx.tx
        .select({ firstName: studentCard.firstName, lastName: studentCard.lastName })
        .from(studentCard.of(p.studentId))
        .where(studentCard.on(p.providerId));
      if (!learner) throw notFound("The student");
      await ctx.tx
        .update(pursuit)
        .set({
          status: "approved",
          decidedBy: ctx.actor!.personId,
          decidedAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(pursuit.providerId, p.providerId), eq(pursuit.id, p.id)));
      const issued = await issueBadge(ctx.tx, p, `${learner.firstName} ${learner.lastName}`);
      await notifyLearner(ctx.tx, p, { what: "badgeIssued" });
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "create" }]);
      return { badgeId: issued.id };
    }),

  return: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.assess" })
    .input(
      input(
        Schema.Struct({
          pursuitId: Id,
          reason: MultiLineText(2000).check(Schema.isMinLength(1, { message: "Say what is missing." })),
        }),
      ),
    )
    .mutation(async ({ ctx, input: { pursuitId, reason } }) => {
      const p = await assessable(ctx, pursuitId);
      if (p.status !== "submitted") {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Only a badge sent for assessment can be returned.",
        });
      }
      await ctx.tx
        .update(pursuit)
        .set({
          status: "returned",
          returnReason: reason,
          decidedBy: ctx.actor!.personId,
          decidedAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(pursuit.providerId, p.providerId), eq(pursuit.id, p.id)));
      await notifyLearner(ctx.tx, p, { what: "evidenceReturned" });
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "update" }]);
      return { status: "returned" as const };
    }),
});
