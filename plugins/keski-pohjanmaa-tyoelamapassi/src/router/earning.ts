/**
 * The learner's side: choose a badge (under its current version), add evidence (words, links, files
 * within the limits), submit it to the assessor (a company's assessment rests on the learner's consent,
 * which makes the badge-assessment grant), see where each badge stands, download an issued badge.
 */
import { core, rowsOf } from "@polku/plugin-sdk/db";
import { and, eq, inArray, sql } from "@polku/plugin-sdk/drizzle";
import {
  Id,
  input,
  MultiLineText,
  notFound,
  procedure,
  router,
  SingleLineText,
  TRPCError,
} from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { badgeClass, badgeVersion, evidence, issuedBadge, pursuit } from "../db/schema.ts";
import { databaseStore, fileProblem, MAX_EVIDENCE } from "../server/evidence-store.ts";
import { evidenceOf, pursuitDetails, visiblePursuit } from "./pursuits.ts";

const bad = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

/**
 * One struct, not a union of three: a union refuses a wrong shape as a whole, with no field to name;
 * what each kind needs is checked in the procedure, by field.
 */
const EvidenceInput = Schema.Struct({
  pursuitId: Id,
  kind: Schema.Literals(["text", "link", "file"]),
  text: Schema.optional(MultiLineText(4000)),
  url: Schema.optional(
    SingleLineText(2000).check(
      Schema.isPattern(/^https?:\/\/\S+$/, {
        message: "Give an address that begins with http:// or https://.",
      }),
    ),
  ),
  fileName: Schema.optional(
    SingleLineText(200).check(Schema.isMinLength(1, { message: "Choose a file to add." })),
  ),
  mediaType: Schema.optional(SingleLineText(100)),
  contentBase64: Schema.optional(
    Schema.String.check(Schema.isMaxLength(2_900_000, { message: "A file may be at most 2 MB." })),
  ),
});

/** The acting learner's own students (a learner has one; a guardian, their minor wards). */
async function ownStudents(tx: Parameters<typeof pursuitDetails>[0], personId: string) {
  const own = await tx
    .select({ providerId: core.student.providerId, id: core.student.id })
    .from(core.student)
    .where(eq(core.student.personId, personId));
  const wards = rowsOf<{ provider_id: string; id: string }>(
    await tx.execute(sql`select s.provider_id, s.id from student s join guardian g
      on g.provider_id = s.provider_id and g.student_id = s.id where g.person_id = ${personId}::uuid`),
  ).map((w) => ({ providerId: w.provider_id, id: w.id }));
  return [...own, ...wards];
}

const editable = (status: string) => status === "pursuing" || status === "returned";

export const earningRouter = router({
  /** Where each of my badges stands. */
  mine: procedure.meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" }).query(async ({ ctx }) => {
    const students = await ownStudents(ctx.tx, ctx.actor!.personId);
    if (students.length === 0) return [];
    const rows = await pursuitDetails(
      ctx.tx,
      inArray(
        pursuit.studentId,
        students.map((s) => s.id),
      ),
    );
    await ctx.audit(
      students.map((s) => ({ providerId: s.providerId, studentId: s.id, action: "read" as const })),
    );
    return rows;
  }),

  start: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(input(Schema.Struct({ badgeClassId: Id, assessorOrganisationId: Schema.NullOr(Id) })))
    .mutation(async ({ ctx, input: { badgeClassId, assessorOrganisationId } }) => {
      const [student] = await ownStudents(ctx.tx, ctx.actor!.personId);
      if (!student) throw notFound("The student");
      const [current] = await ctx.tx
        .select({ version: badgeVersion })
        .from(badgeClass)
        .innerJoin(
          badgeVersion,
          and(
            eq(badgeVersion.badgeClassId, badgeClass.id),
            eq(badgeVersion.version, badgeClass.currentVersion),
          ),
        )
        .where(eq(badgeClass.id, badgeClassId));
      if (!current) throw notFound("The badge");
      const v = current.version;
      if (assessorOrganisationId === null && !v.assessorRoles.includes("teacher")) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "assessorOrganisationId: this badge is assessed by a company: choose one.",
        });
      }
      if (
        assessorOrganisationId !== null &&
        !(
          v.assessorRoles.includes("company_contact") &&
          v.assessorOrganisations.includes(assessorOrganisationId)
        )
      ) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "assessorOrganisationId: this company does not assess this badge.",
        });
      }
      const [exists] = await ctx.tx
        .select({ id: pursuit.id })
        .from(pursuit)
        .where(and(eq(pursuit.studentId, student.id), eq(pursuit.badgeClassId, badgeClassId)));
      if (exists) throw new TRPCError({ code: "CONFLICT", message: "You are pursuing this badge already." });
      const [created] = await ctx.tx
        .insert(pursuit)
        .values({
          providerId: student.providerId,
          studentId: student.id,
          badgeClassId,
          version: v.version,
          assessorOrganisationId,
        })
        // Two starts at once (a double click, two tabs) meet on the one-pursuit-per-badge index: the
        // second hears what the check above says, not a 500.
        .onConflictDoNothing()
        .returning({ id: pursuit.id });
      if (!created)
        throw new TRPCError({ code: "CONFLICT", message: "You are pursuing this badge already." });
      await ctx.audit([{ providerId: student.providerId, studentId: student.id, action: "create" }]);
      return { id: created.id, version: v.version };
    }),

  addEvidence: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn", maxInputBytes: 3_000_000 })
    .input(input(EvidenceInput))
    .mutation(async ({ ctx, input: item }) => {
      if (item.kind === "text" && !item.text?.trim())
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "text: write your evidence: what you did and what you learned.",
        });
      if (item.kind === "link" && !item.url)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "url: give an address that begins with http:// or https://.",
        });
      if (item.kind === "file" && (!item.fileName || !item.mediaType || item.contentBase64 === undefined))
        throw new TRPCError({ code: "BAD_REQUEST", message: "file: choose a file to add." });
      const p = await visiblePursuit(ctx.tx, item.pursuitId);
      if (!editable(p.status))
        throw new TRPCError({
          code: "CONFLICT",
          message: "This badge is with its assessor or decided: evidence can no longer be added.",
        });
      const [count] = await ctx.tx
        .select({ n: sql<number>`count(*)::int` })
        .from(evidence)
        .where(and(eq(evidence.providerId, p.providerId), eq(evidence.pursuitId, p.id)));
      if ((count?.n ?? 0) >= MAX_EVIDENCE)
        throw new TRPCError({
          code: "CONFLICT",
          message: `A badge takes at most ${MAX_EVIDENCE} pieces of evidence.`,
        });
      let content: Buffer | undefined;
      if (item.kind === "file") {
        content = Buffer.from(item.contentBase64 ?? "", "base64");
        const problem = fileProblem(item.mediaType ?? "", content);
        if (problem) throw bad(problem);
      }
      const [created] = await ctx.tx
        .insert(evidence)
        .values({
          providerId: p.providerId,
          pursuitId: p.id,
          kind: item.kind,
          text: item.kind === "file" ? null : (item.text ?? null),
          url: item.kind === "link" ? (item.url ?? null) : null,
          fileName: item.kind === "file" ? (item.fileName ?? null) : null,
          mediaType: item.kind === "file" ? (item.mediaType ?? null) : null,
          size: content?.length ?? null,
          createdBy: ctx.actor!.personId,
        })
        .returning({ id: evidence.id });
      if (content)
        await databaseStore.put(ctx.tx, { providerId: p.providerId, evidenceId: created!.id }, content);
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "create" }]);
      return { id: created!.id };
    }),

  removeEvidence: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(input(Schema.Struct({ pursuitId: Id, evidenceId: Id })))
    .mutation(async ({ ctx, input: { pursuitId, evidenceId } }) => {
      const p = await visiblePursuit(ctx.tx, pursuitId);
      if (!editable(p.status))
        throw new TRPCError({
          code: "CONFLICT",
          message: "This badge is with its assessor or decided: evidence can no longer be removed.",
        });
      await ctx.tx.execute(sql`delete from keski_pohjanmaa_tyoelamapassi.evidence_file
        where provider_id = ${p.providerId}::uuid and evidence_id = ${evidenceId}::uuid`);
      const removed = await ctx.tx
        .delete(evidence)
        .where(
          and(
            eq(evidence.providerId, p.providerId),
            eq(evidence.pursuitId, p.id),
            eq(evidence.id, evidenceId),
          ),
        )
        .returning({ id: evidence.id });
      if (removed.length === 0) throw notFound("The evidence");
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "delete" }]);
      return { removed: true };
    }),

  /** To the assessor: a company's assessment needs the learner's (a minor's guardian's) consent, which opens this pursuit to it. */
  submit: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(input(Schema.Struct({ pursuitId: Id })))
    .mutation(async ({ ctx, input: { pursuitId } }) => {
      const p = await visiblePursuit(ctx.tx, pursuitId);
      if (!editable(p.status))
        throw new TRPCError({
          code: "CONFLICT",
          message: "This badge is with its assessor or decided already.",
        });
      const items = await evidenceOf(ctx.tx, p);
      if (items.length === 0)
        throw new TRPCError({
          code: "CONFLICT",
          message: "Add evidence before you send the badge to be assessed.",
        });
      if (p.assessorOrganisationId) {
        try {
          await ctx.tx.transaction((sp) =>
            sp.execute(
              sql`select keski_pohjanmaa_tyoelamapassi.consent_to_assessment(${p.providerId}::uuid, ${p.id}::uuid)`,
            ),
          );
        } catch {
          throw new TRPCError({
            code: "FORBIDDEN",
            message: "A guardian must consent before a company assesses a minor's badge.",
          });
        }
      }
      await ctx.tx
        .update(pursuit)
        .set({ status: "submitted", returnReason: null, updatedAt: sql`now()` })
        .where(and(eq(pursuit.providerId, p.providerId), eq(pursuit.id, p.id)));
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "update" }]);
      return { status: "submitted" as const };
    }),

  /**
   * A guardian's consent to the company's assessment of a minor's badge (an adult's is given by sending
   * it): it makes the badge-assessment grant, which opens this pursuit, and only it, to the company.
   */
  consent: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(input(Schema.Struct({ pursuitId: Id })))
    .mutation(async ({ ctx, input: { pursuitId } }) => {
      const p = await visiblePursuit(ctx.tx, pursuitId);
      if (!p.assessorOrganisationId)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "This badge is assessed by a teacher: no consent is needed.",
        });
      try {
        await ctx.tx.transaction((sp) =>
          sp.execute(
            sql`select keski_pohjanmaa_tyoelamapassi.consent_to_assessment(${p.providerId}::uuid, ${p.id}::uuid)`,
          ),
        );
      } catch {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "A guardian must consent before a company assesses a minor's badge.",
        });
      }
      await ctx.audit([{ providerId: p.providerId, studentId: p.studentId, action: "create" }]);
      return { consented: true };
    }),

  /** The signed credential, as a file to keep and show anywhere. */
  download: procedure
    .meta({ permission: "keski-pohjanmaa-tyoelamapassi.learn" })
    .input(input(Schema.Struct({ badgeId: Id })))
    .query(async ({ ctx, input: { badgeId } }) => {
      const students = await ownStudents(ctx.tx, ctx.actor!.personId);
      if (students.length === 0) throw notFound("The badge");
      const [badge] = await ctx.tx
        .select()
        .from(issuedBadge)
        .where(
          and(
            eq(issuedBadge.id, badgeId),
            inArray(
              issuedBadge.studentId,
              students.map((s) => s.id),
            ),
          ),
        );
      if (!badge) throw notFound("The badge");
      await ctx.audit([{ providerId: badge.providerId, studentId: badge.studentId, action: "export" }]);
      return { fileName: `tyoelamapassi-${badge.id}.json`, credential: badge.credential };
    }),
});
