/**
 * The continuation plan made before graduation, through the real API: the tutor's list of students
 * graduating within a horizon who have no job or study place recorded, the plan written with each
 * (in the student's goals), and the handover packet carrying it with the badges the student earned,
 * read from the work-life passport only when the deployment has it.
 */
import { randomBytes } from "node:crypto";
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, inScope, loginAs, rowsOf, startTestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoverRouter } from "../src/server.ts";

const id = "esedu-workshop-handover";
const passport = "keski-pohjanmaa-tyoelamapassi";
const passportSettings = {
  [passport]: { keySecret: randomBytes(32).toString("base64"), publicUrl: "https://polku.example.fi" },
};

type Api = Awaited<ReturnType<typeof startTestApi>>;

/** Three adult students of the tutor's provider who are studying, with no handover yet. */
async function studying(api: Api) {
  const tutorSession = await loginAs(api.url, "omaohjaaja");
  const ids = (await tutorSession.trpc.students.list.query({ limit: 200 })).map((s) => s.id);
  const rows = rowsOf<{ id: string; provider_id: string }>(
    await api.db.execute(sql`select s.id, s.provider_id from student s
      where s.id = any(${`{${ids.join(",")}}`}::uuid[]) and s.study_right_state = 'lasna'
        and s.birth_date < current_date - interval '18 years'
        and not exists (select 1 from esedu_workshop_handover.handover h where h.provider_id = s.provider_id and h.student_id = s.id)
      order by s.id limit 3`),
  );
  expect(rows).toHaveLength(3);
  return rows;
}

const graduateIn = (api: Api, studentId: string, days: number) =>
  api.db.execute(
    sql`update student set expected_graduation = current_date + ${days}::int where id = ${studentId}::uuid`,
  );

async function handOver(
  api: Api,
  studentId: string,
  consentCovers: ("competence" | "career_goals" | "tutor_notes")[],
) {
  const tutorSession = await loginAs(api.url, "omaohjaaja");
  const tutor = tutorSession.plugin<HandoverRouter>(id);
  const [workshop] = await tutorSession.trpc.organisations.list.query({ kinds: ["workshop"] });
  const [agreement] = await tutor.agreements.list.query({ inForce: true });
  return tutor.create.mutate({
    studentId,
    workshopId: workshop!.id,
    situation: "no_job_no_study",
    consentGivenBy: "student",
    agreementId: agreement!.id,
    consentCovers,
  });
}

describe.each(testDatabases())("continuation plan before graduation (Esedu) on $kind", ({ kind }) => {
  let api: Api;
  let students: { id: string; provider_id: string }[];
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id, passport], settings: passportSettings, jobs: false });
    students = await studying(api);
    const [a, b, c] = students;
    await graduateIn(api, a!.id, 40);
    await graduateIn(api, b!.id, 50);
    await graduateIn(api, c!.id, 300);
    // B has a job already: no continuation path is needed.
    await api.db.execute(sql`insert into outcome (provider_id, student_id, kind, occurred_on, employment_months)
      values (${b!.provider_id}::uuid, ${b!.id}::uuid, 'employed', current_date, 0)`);
  }, 120_000);
  afterAll(() => api?.close());

  it("lists the students graduating within the horizon without a job or study place", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const [a, b, c] = students;
    const six = (await tutor.plans.graduating.query({ withinMonths: 6 })).map((s) => s.id);
    expect(six).toContain(a!.id);
    expect(six).not.toContain(b!.id);
    expect(six).not.toContain(c!.id);
    const year = (await tutor.plans.graduating.query({ withinMonths: 12 })).map((s) => s.id);
    expect(year).toContain(c!.id);
    expect(await codeOf(tutor.plans.graduating.query({ withinMonths: 13 }))).toBe("BAD_REQUEST");
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    expect(await codeOf(coach.plans.graduating.query({}))).toBe("FORBIDDEN");
  });

  it("keeps the plan written with the student in their goals, rewritten as it changes", async () => {
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    const [a] = students;
    await tutor.plans.save.mutate({
      studentId: a!.id,
      path: "youth_workshop",
      goal: "Työkokeilu autokorjaamossa ja sitä kautta työpaikka",
      agreedOn: "2026-11-20",
    });
    await tutor.plans.save.mutate({
      studentId: a!.id,
      path: "youth_workshop",
      goal: "Työkokeilu autokorjaamossa, sitten palkkatuettu työ",
      agreedOn: "2026-11-27",
    });
    const plan = await tutor.plans.forStudent.query({ studentId: a!.id });
    expect(plan).toMatchObject({
      path: "youth_workshop",
      goal: "Työkokeilu autokorjaamossa, sitten palkkatuettu työ",
      agreedOn: "2026-11-27",
    });
    expect(plan!.updatedByName).toMatch(/\S+ \S+/);
    const [rows] = rowsOf<{ n: number }>(
      await api.db.execute(sql`select count(*)::int as n from esedu_workshop_handover.continuation_plan
        where student_id = ${a!.id}::uuid`),
    );
    expect(rows!.n).toBe(1);
    const listed = (await tutor.plans.graduating.query({})).find((s) => s.id === a!.id);
    expect(listed!.plan).toMatchObject({ path: "youth_workshop", agreedOn: "2026-11-27" });
    const empty = await tutor.plans.save
      .mutate({ studentId: a!.id, path: "job_search", goal: "" })
      .catch((e) => e);
    expect(empty.data?.code).toBe("BAD_REQUEST");
    expect(empty.message).toMatch(/goal: Write the goal in words/);
    expect(
      await codeOf(tutor.plans.save.mutate({ studentId: a!.id, path: "space" as "other", goal: "x" })),
    ).toBe("BAD_REQUEST");
    // A workshop never reads a plan outside a packet, in the API nor in SQL.
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    expect(await codeOf(coach.plans.forStudent.query({ studentId: a!.id }))).toBe("FORBIDDEN");
    const [workshop] = rowsOf<{ id: string }>(
      await api.db.execute(sql`select id from organisation where kind = 'workshop' order by name limit 1`),
    );
    const seen = await inScope(
      api.db,
      { providerId: null, organisationId: workshop!.id, personId: null, role: "workshop_coach" },
      async (tx) =>
        rowsOf(await tx.execute(sql`select id from esedu_workshop_handover.continuation_plan`)).length,
    );
    expect(seen).toBe(0);
  });

  it("carries the plan and the badges in force into the packet, each as far as the consent covers", async () => {
    const [a, , c] = students;
    const [badge, other] = rowsOf<{
      id: string;
      version: number;
      name: { fi: string; sv: string; en: string };
    }>(
      await api.db.execute(sql`select b.id, v.version, v.name from keski_pohjanmaa_tyoelamapassi.badge_class b
        join keski_pohjanmaa_tyoelamapassi.badge_version v on v.badge_class_id = b.id and v.version = b.current_version
        order by b.slug limit 2`),
    );
    const issue = async (revoked: boolean, index: number, issued = badge!) => {
      const [pursuit] = rowsOf<{ id: string }>(
        await api.db.execute(sql`insert into keski_pohjanmaa_tyoelamapassi.pursuit (provider_id, student_id, badge_class_id, version, status)
          values (${a!.provider_id}::uuid, ${a!.id}::uuid, ${issued.id}::uuid, ${issued.version}, 'approved') returning id`),
      );
      await api.db.execute(sql`insert into keski_pohjanmaa_tyoelamapassi.issued_badge
          (provider_id, pursuit_id, student_id, issuer_organisation_id, list_no, status_index, credential, issued_at, revoked_at)
        values (${a!.provider_id}::uuid, ${pursuit!.id}::uuid, ${a!.id}::uuid, ${a!.provider_id}::uuid, 9001, ${index}, '{}'::jsonb,
          '2026-10-15T10:00:00Z', ${revoked ? sql`now()` : sql`null`})`);
    };
    await issue(false, 1);
    await issue(true, 2, other!);
    const { id: handoverId } = await handOver(api, a!.id, ["competence", "career_goals"]);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const packet = await coach.get.query({ handoverId });
    expect(packet.badges).toEqual([{ name: badge!.name, issuedOn: "2026-10-15" }]);
    expect(packet.continuationPlan).toEqual({
      path: "youth_workshop",
      goal: "Työkokeilu autokorjaamossa, sitten palkkatuettu työ",
      agreedOn: "2026-11-27",
    });
    // Without the competence and the career goals in the consent, neither goes with the student.
    const tutor = (await loginAs(api.url, "omaohjaaja")).plugin<HandoverRouter>(id);
    await tutor.plans.save.mutate({
      studentId: c!.id,
      path: "further_studies",
      goal: "Hakeminen kevään yhteishaussa",
    });
    const { id: narrow } = await handOver(api, c!.id, ["tutor_notes"]);
    const bare = await coach.get.query({ handoverId: narrow });
    expect(bare.badges).toBeNull();
    expect(bare.continuationPlan).toBeNull();
  });
});

describe.each(testDatabases())("the packet without the work-life passport on $kind", ({ kind }) => {
  let api: Api;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [id], jobs: false });
  }, 120_000);
  afterAll(() => api?.close());

  it("hands over with the competence covered and no badges when the passport is not deployed", async () => {
    const [a] = await studying(api);
    const { id: handoverId } = await handOver(api, a!.id, ["competence", "career_goals"]);
    const coach = (await loginAs(api.url, "valmentaja")).plugin<HandoverRouter>(id);
    const packet = await coach.get.query({ handoverId });
    expect(packet.badges).toEqual([]);
    expect(packet.continuationPlan).toBeNull();
    expect(Array.isArray(packet.competence)).toBe(true);
  });
});
