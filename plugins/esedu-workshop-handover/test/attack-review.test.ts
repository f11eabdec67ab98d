/**
 * Attack review of what landed with migrations 0014 (continuation plans) and 0015 (wage-subsidised
 * work): through the real API as the demo's roles and the other provider, and through SQL as the
 * application role with a person's scope. A failing test here is a hole; see the report.
 */
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, inScope, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";
const S = "esedu_workshop_handover";
type Api = Awaited<ReturnType<typeof startTestApi>>;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error & { cause?: { code?: string } }) => error.cause?.code ?? error.message,
  );
const messageOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "succeeded",
    (error: Error) => error.message,
  );

describe.each(testDatabases())("Esedu attack review on $kind", ({ kind }) => {
  let api: Api;
  let handoverId = "";
  let studentId = "";
  let otherStudentId = "";
  let providerId = "";
  let workshopId = "";
  let employerId = "";
  let coachPerson = "";
  let tutorPerson = "";
  let unitCodes: string[] = [];
  const work = () => ({
    handoverId,
    employerId,
    startsOn: "2027-01-07",
    endsOn: "2027-06-30",
    decisionNumber: "TE-2026-1",
    decisionDate: "2026-12-18",
    decidedBy: "te_services" as const,
    unitCodes: [] as string[],
  });

  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id], jobs: false });
    const tutorSession = await loginAs(api.url, "omaohjaaja");
    const tutor = tutorSession.plugin<HandoverRouter>(id);
    const candidates = (await tutor.candidates.query()).filter((c) => !c.minor);
    const [withUnits, other] = rowsOf<{ id: string; provider_id: string }>(
      await api.db.execute(sql`select s.id, s.provider_id from student s
        where s.id = any(${`{${candidates.map((c) => c.id).join(",")}}`}::uuid[])
        order by (exists (select 1 from qualification q where s.qualification_code = any(q.education_codes))) desc,
          s.id limit 2`),
    );
    studentId = withUnits!.id;
    otherStudentId = other!.id;
    providerId = withUnits!.provider_id;
    const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
    workshopId = workshop!.id;
    const [agreement] = await tutor.agreements.list.query({ inForce: true });
    ({ id: handoverId } = await tutor.create.mutate({
      studentId,
      workshopId,
      situation: "no_job",
      consentGivenBy: "student",
      agreementId: agreement!.id,
      consentCovers: ["competence"],
    }));
    const [company] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'company' order by name limit 1`),
    );
    employerId = company!.id;
    const people = rowsOf<{ username: string; id: string }>(
      await api.db.execute(
        sql`select username, id from person where username in ('valmentaja', 'omaohjaaja')`,
      ),
    );
    coachPerson = people.find((p) => p.username === "valmentaja")!.id;
    tutorPerson = people.find((p) => p.username === "omaohjaaja")!.id;
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    unitCodes = (await coach.wageWork.units.query({ handoverId })).map((u) => u.code);
  }, 180_000);
  afterAll(() => api?.close());

  const asTutor = () => ({
    providerId,
    organisationId: providerId,
    personId: tutorPerson,
    role: "tutor" as const,
  });
  const asCoach = () => ({
    providerId: null,
    organisationId: workshopId,
    personId: coachPerson,
    role: "workshop_coach" as const,
  });

  // ---- API: the other provider, the company, the student ----

  it("the other provider's tutor reads and writes nothing of Järvilaakso's plans and wage work", async () => {
    const harju = (await loginAs(api.url, "harju.ohjaaja")).plugin<HandoverRouter>(id);
    expect(await harju.plans.forStudent.query({ studentId })).toBeNull();
    expect(
      await codeOf(harju.plans.save.mutate({ studentId, path: "job_search", goal: "Harjun kirjoittama" })),
    ).toBe("NOT_FOUND");
    expect((await harju.plans.graduating.query({})).some((s) => s.id === studentId)).toBe(false);
    expect(await codeOf(harju.wageWork.list.query({ handoverId }))).toBe("NOT_FOUND");
    const company = (await loginAs(api.url, "yritys")).plugin<HandoverRouter>(id);
    expect(await codeOf(company.wageWork.list.query({ handoverId }))).toBe("FORBIDDEN");
  });

  it("a plan's goal with a NUL byte or over 2000 characters is a 400 naming goal", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    for (const goal of ["a\u0000b", "x".repeat(2001)]) {
      const message = await messageOf(tutor.plans.save.mutate({ studentId, path: "job_search", goal }));
      expect(message).toMatch(/(^|: )goal: /);
    }
    expect(
      await codeOf(tutor.plans.save.mutate({ studentId, path: "nowhere" as "job_search", goal: "g" })),
    ).toBe("BAD_REQUEST");
  });

  it("a plan is not agreed on a day still to come", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const message = await messageOf(
      tutor.plans.save.mutate({ studentId, path: "job_search", goal: "Työpaikka", agreedOn: "2099-01-01" }),
    );
    expect(message).toMatch(/(^|: )agreedOn: /);
  });

  it("a subsidy decision made after the work has ended is a 400 naming decisionDate", async () => {
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const message = await messageOf(coach.wageWork.record.mutate({ ...work(), decisionDate: "2031-01-01" }));
    expect(message).toMatch(/(^|: )decisionDate: /);
  });

  it("wrong enums, a huge decision number and a plan id for a handover id are 400s, never 5xx", async () => {
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    expect(
      await codeOf(coach.wageWork.record.mutate({ ...work(), decidedBy: "king" as "te_services" })),
    ).toBe("BAD_REQUEST");
    expect(
      await messageOf(coach.wageWork.record.mutate({ ...work(), decisionNumber: "9".repeat(101) })),
    ).toMatch(/(^|: )decisionNumber: /);
    expect(await messageOf(coach.wageWork.record.mutate({ ...work(), startsOn: "2027-02-30" }))).toMatch(
      /(^|: )startsOn: /,
    );
    // A student's id where the handover's goes, an employer that is the student's provider's student id.
    expect(await codeOf(coach.wageWork.record.mutate({ ...work(), handoverId: studentId }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(coach.wageWork.record.mutate({ ...work(), employerId: studentId }))).toBe(
      "BAD_REQUEST",
    );
    expect(
      await codeOf(
        coach.wageWork.setProgress.mutate({ wageSubsidyId: handoverId, unitCode: "x", status: "completed" }),
      ),
    ).toBe("NOT_FOUND");
  });

  // ---- SQL as the application role ----

  it("SQL: a plan's author and student cannot be rewritten by another of the provider's staff", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    await tutor.plans.save.mutate({ studentId, path: "youth_workshop", goal: "Pajalle" });
    const someone = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from person where username = 'kuraattori'`),
    )[0]!.id;
    // A teacher of the provider (no handover.create in the API) moves the plan onto another student
    // and names the welfare worker as its author.
    const teacher = { providerId, organisationId: providerId, personId: undefined, role: "teacher" as const };
    const teacherPerson = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from person where username = 'opettaja'`),
    )[0]!.id;
    const result = await failure(
      inScope(api.db, { ...teacher, personId: teacherPerson }, (tx) =>
        tx.execute(sql`update ${sql.raw(S)}.continuation_plan
          set student_id = ${otherStudentId}::uuid, created_by = ${someone}::uuid, updated_by = ${teacherPerson}::uuid
          where provider_id = ${providerId}::uuid and student_id = ${studentId}::uuid`),
      ),
    );
    const [row] = rowsOf<{ student_id: string; created_by: string }>(
      await api.db.execute(sql`select student_id, created_by from ${sql.raw(S)}.continuation_plan
        where provider_id = ${providerId}::uuid and goal = 'Pajalle'`),
    );
    expect({ result, studentId: row?.student_id, createdBy: row?.created_by }).toEqual({
      result: "42501",
      studentId,
      createdBy: tutorPerson,
    });
  });

  it("SQL: the coach cannot record wage work with a workshop as employer or another student's step", async () => {
    const [otherStep] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from pathway_step where provider_id = ${providerId}::uuid
        and student_id <> ${studentId}::uuid limit 1`),
    );
    expect(otherStep).toBeDefined();
    const insert = (employer: string, step: string | null) =>
      failure(
        inScope(api.db, asCoach(), (tx) =>
          tx.execute(sql`insert into ${sql.raw(S)}.wage_subsidy (provider_id, handover_id, student_id, workshop_id,
              employer_id, step_id, starts_on, ends_on, decision_number, decision_date, decided_by, created_by)
            values (${providerId}::uuid, ${handoverId}::uuid, ${studentId}::uuid, ${workshopId}::uuid,
              ${employer}::uuid, ${step}::uuid, '2027-01-01', '2027-02-01', 'X', '2026-12-01', 'other',
              ${coachPerson}::uuid)`),
        ),
      );
    expect({
      workshopEmployer: await insert(workshopId, null),
      foreignStep: await insert(employerId, otherStep?.id ?? null),
    }).toEqual({ workshopEmployer: "42501", foreignStep: "42501" });
  });

  it("SQL: the coach cannot add a unit that is not in the coachee's qualification", async () => {
    const { id: wageSubsidyId } = await (await loginAs(api.url, "valmentaja"))
      .plugin<HandoverRouter>(id)
      .wageWork.record.mutate({ ...work(), unitCodes: unitCodes.slice(0, 1) });
    const result = await failure(
      inScope(api.db, asCoach(), (tx) =>
        tx.execute(sql`insert into ${sql.raw(S)}.wage_subsidy_unit (provider_id, wage_subsidy_id, student_id,
            workshop_id, unit_code, unit_name, competence_points, status, changed_on, changed_by)
          values (${providerId}::uuid, ${wageSubsidyId}::uuid, ${studentId}::uuid, ${workshopId}::uuid,
            'made-up', '{"fi":"Keksitty osa"}', 999.9, 'completed', '2020-01-01', ${coachPerson}::uuid)`),
      ),
    );
    expect(result).not.toBe("succeeded");
  });

  it("SQL: the tutor, the company and the other provider write nothing into wage work", async () => {
    const [harju] = rowsOf<{ id: string; person: string }>(
      await api.db.execute(sql`select m.organisation_id as id, m.person_id as person from membership m
        join person p on p.id = m.person_id where p.username = 'harju.ohjaaja' limit 1`),
    );
    const scopes = [
      asTutor(),
      { providerId: null, organisationId: employerId, personId: null, role: "company_contact" as const },
      { providerId: harju!.id, organisationId: harju!.id, personId: harju!.person, role: "tutor" as const },
    ];
    const changed: Record<string, number> = {};
    for (const scope of scopes) {
      changed[`${scope.role}@${scope.organisationId}`] = await inScope(api.db, scope, async (tx) =>
        tx.execute(sql`update ${sql.raw(S)}.wage_subsidy_unit set status = 'demonstrated' returning 1`).then(
          (r) => rowsOf(r).length,
          () => 0,
        ),
      );
    }
    expect(Object.values(changed)).toEqual([0, 0, 0]);
    // The other provider reads none of it.
    const read = await inScope(api.db, scopes[2]!, async (tx) =>
      rowsOf(
        await tx.execute(sql`select 1 from ${sql.raw(S)}.wage_subsidy union all
        select 1 from ${sql.raw(S)}.wage_subsidy_unit union all select 1 from ${sql.raw(S)}.continuation_plan
        where provider_id = ${providerId}::uuid`),
      ),
    );
    expect(read).toHaveLength(0);
  });

  it("the student and the guardian read no other student's plan", async () => {
    for (const user of ["opiskelija", "huoltaja"]) {
      const plugin = (await loginAs(api.url, user)).plugin<HandoverRouter>(id);
      expect({ user, plan: await plugin.plans.forStudent.query({ studentId }) }).toEqual({
        user,
        plan: null,
      });
      expect(await codeOf(plugin.wageWork.list.query({ handoverId }))).toBe("FORBIDDEN");
    }
  });

  // Last: it ends the shared handover.
  it("after the consent is withdrawn the coach reads, records and updates no wage work, in the API nor in SQL", async () => {
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const { id: wageSubsidyId } = await coach.wageWork.record.mutate({
      ...work(),
      unitCodes: unitCodes.slice(0, 1),
    });
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    await tutor.withdrawConsent.mutate({ handoverId });
    expect(await codeOf(coach.wageWork.list.query({ handoverId }))).not.toBe("OK");
    expect(await codeOf(coach.wageWork.record.mutate(work()))).not.toBe("OK");
    if (unitCodes[0]) {
      expect(
        await codeOf(
          coach.wageWork.setProgress.mutate({ wageSubsidyId, unitCode: unitCodes[0], status: "completed" }),
        ),
      ).not.toBe("OK");
    }
    const seen = await inScope(api.db, asCoach(), async (tx) => ({
      periods: rowsOf(await tx.execute(sql`select 1 from ${sql.raw(S)}.wage_subsidy`)).length,
      units: rowsOf(await tx.execute(sql`select 1 from ${sql.raw(S)}.wage_subsidy_unit`)).length,
      updated: rowsOf(
        await tx.execute(
          sql`update ${sql.raw(S)}.wage_subsidy_unit set status = 'completed', changed_by = ${coachPerson}::uuid returning 1`,
        ),
      ).length,
    }));
    expect(seen).toEqual({ periods: 0, units: 0, updated: 0 });
  });
});
