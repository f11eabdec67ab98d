import { schema } from "@polku/db";
import { testDatabases } from "@polku/db/testing";
import { decodeHoks, HoksDocument } from "@polku/domain";
import { codeOf, loginAs, startTestApi } from "@polku/plugin-sdk/testing";
import type { TRPCClientError } from "@trpc/client";
import { and, count, eq } from "drizzle-orm";
import { Effect, Schema } from "effect";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import small from "../../../packages/domain/test/fixtures/ehoks/hoks_yksi_tutkinnonosa.json" with {
  type: "json",
};
import full from "../../../packages/domain/test/fixtures/ehoks/hoksit.json" with { type: "json" };

type Issues = { data: { code: string; issues: Array<{ path: string; message: string }> } };

const draft = {
  careerPlan: "urasuunnitelma_0001",
  competenceBy: "2027-05-31",
  units: [
    {
      code: "tutkinnonosat_100832",
      hours: 20,
      ways: [
        {
          method: "training_agreement" as const,
          start: "2027-01-10",
          end: "2027-03-31",
          partTime: 80,
          workplace: {
            name: "Savon Rakennuspalvelu Oy",
            businessId: "2345678-0",
            instructorName: "Ville Työpaikkaohjaaja",
            tasks: ["Muuraus", "Laatoitus"],
          },
        },
      ],
      demonstrations: [
        {
          environment: "Savon Rakennuspalvelu Oy",
          content: ["Muuraustyöt"],
          start: "2027-03-20",
          end: "2027-03-21",
        },
      ],
    },
  ],
};

describe.each(testDatabases())("HOKS on $kind", ({ kind }) => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let self: { id: string };
  let ward: { id: string };
  let adults: Array<{ id: string }>;

  beforeAll(async () => {
    api = await startTestApi(kind, { deployment: "core-only" });
    self = (await (await loginAs(api.url, "opiskelija")).trpc.students.list.query({}))[0]!;
    ward = (await (await loginAs(api.url, "huoltaja")).trpc.students.list.query({}))[0]!;
    const tutor = await loginAs(api.url, "omaohjaaja");
    adults = (await tutor.trpc.students.list.query({ limit: 500 }))
      .filter((s) => s.id !== self.id && s.id !== ward.id && !s.minor)
      .slice(-4);
  }, 60_000);
  afterAll(() => api?.close());

  const oidsOf = async (studentId: string) => {
    const [row] = await api.db
      .select({ learnerOid: schema.student.learnerOid, studyRightOid: schema.student.studyRightOid })
      .from(schema.student)
      .where(eq(schema.student.id, studentId));
    return row!;
  };
  /** Successful calls' entries (a refused attempt leaves one marked unsuccessful). */
  const auditCount = async (studentId: string, procedure: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.auditLog)
      .where(
        and(
          eq(schema.auditLog.studentId, studentId),
          eq(schema.auditLog.procedure, procedure),
          eq(schema.auditLog.succeeded, true),
        ),
      );
    return row?.n ?? 0;
  };
  const hoksRows = async (studentId: string) => {
    const [row] = await api.db
      .select({ n: count() })
      .from(schema.hoks)
      .where(eq(schema.hoks.studentId, studentId));
    return row?.n ?? 0;
  };

  it("tutor drafts and submits, the student approves, a later edit returns it to draft keeping the first approval", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const student = await loginAs(api.url, "opiskelija");
    expect(await tutor.trpc.hoks.get.query({ studentId: self.id })).toBeNull();
    const drafted = await tutor.trpc.hoks.draft.mutate({ studentId: self.id, draft });
    expect(drafted).toMatchObject({ status: "draft", origin: "drafted", firstApprovedOn: null });
    expect(drafted.document["oppija-oid"]).toBe((await oidsOf(self.id)).learnerOid);
    expect(drafted.units).toEqual([
      {
        code: "tutkinnonosat_100832",
        kind: "vocational",
        name: null,
        competencePoints: null,
        status: "not_started",
        changedOn: null,
      },
    ]);
    // Everyone reads the unit by name: the catalogue's, in the three languages, with its scope.
    expect(drafted.catalogue["tutkinnonosat_100832"]).toEqual({
      code: "tutkinnonosat_100832",
      name: { fi: "Kasvun tukeminen ja ohjaus", sv: "Stöd för utveckling och handledning" },
      kind: "vocational",
      competencePoints: 20,
      compulsory: null,
    });
    expect(await auditCount(self.id, "hoks.draft")).toBe(1);

    // A draft cannot be approved; the student sees it.
    expect(await codeOf(student.trpc.hoks.approve.mutate({ studentId: self.id }))).toBe("BAD_REQUEST");
    expect((await student.trpc.hoks.get.query({ studentId: self.id }))?.status).toBe("draft");
    expect(await codeOf(student.trpc.hoks.draft.mutate({ studentId: self.id, draft }))).toBe("FORBIDDEN");

    await tutor.trpc.hoks.submit.mutate({ studentId: self.id });
    expect(await codeOf(tutor.trpc.hoks.submit.mutate({ studentId: self.id }))).toBe("CONFLICT");
    expect(await codeOf(tutor.trpc.hoks.approve.mutate({ studentId: self.id }))).toBe("FORBIDDEN");
    const approved = await student.trpc.hoks.approve.mutate({ studentId: self.id });
    expect(approved.status).toBe("approved");
    expect(await codeOf(student.trpc.hoks.approve.mutate({ studentId: self.id }))).toBe("CONFLICT");
    expect(await auditCount(self.id, "hoks.approve")).toBe(1);
    const first = (await tutor.trpc.hoks.get.query({ studentId: self.id }))!;
    expect(first.status).toBe("approved");
    expect(first.firstApprovedOn).toBe(approved.approvedOn);
    expect(first.document["ensikertainen-hyvaksyminen"]).toBe(first.firstApprovedOn);

    const edited = await tutor.trpc.hoks.draft.mutate({
      studentId: self.id,
      draft: { ...draft, competenceBy: "2027-06-15" },
    });
    expect(edited).toMatchObject({ status: "draft", firstApprovedOn: first.firstApprovedOn });
    expect(edited.document["ensikertainen-hyvaksyminen"]).toBe(first.firstApprovedOn);
    expect(edited.document["osaamisen-saavuttamisen-pvm"]).toBe("2027-06-15");
    expect(typeof edited.document.paivitetty).toBe("string");

    // The student exports their own HOKS.
    const exported = await student.trpc.hoks.export.query({ studentId: self.id });
    expect(JSON.parse(exported.json)["oppija-oid"]).toBe((await oidsOf(self.id)).learnerOid);
  });

  it("the guardian of a minor approves the minor's HOKS", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    await tutor.trpc.hoks.draft.mutate({ studentId: ward.id, draft });
    await tutor.trpc.hoks.submit.mutate({ studentId: ward.id });
    const guardian = await loginAs(api.url, "huoltaja");
    expect((await guardian.trpc.hoks.get.query({ studentId: ward.id }))?.status).toBe("awaiting_approval");
    expect((await guardian.trpc.hoks.approve.mutate({ studentId: ward.id })).status).toBe("approved");
    expect(await codeOf(guardian.trpc.hoks.export.query({ studentId: ward.id }))).toBe("FORBIDDEN");
  });

  it("a workshop coach with a grant gets nothing, nor does another provider's tutor", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const adult = adults[0]!;
    await tutor.trpc.hoks.draft.mutate({ studentId: adult.id, draft });
    const [workshop] = await tutor.trpc.organisations.list.query({ kinds: ["workshop"] });
    await tutor.trpc.grants.create.mutate({
      studentId: adult.id,
      granteeOrganisationId: workshop!.id,
      scope: "handover",
      consentGivenBy: "student",
    });
    const coach = await loginAs(api.url, "valmentaja");
    expect(await codeOf(coach.trpc.hoks.get.query({ studentId: adult.id }))).toBe("FORBIDDEN");
    expect(await codeOf(coach.trpc.hoks.export.query({ studentId: adult.id }))).toBe("FORBIDDEN");
    const other = await loginAs(api.url, "harju.ohjaaja");
    expect(await codeOf(other.trpc.hoks.get.query({ studentId: adult.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.trpc.hoks.draft.mutate({ studentId: adult.id, draft }))).toBe("NOT_FOUND");
  });

  it.each([
    ["hoksit.json", full, 1],
    ["hoks_yksi_tutkinnonosa.json", small, 2],
  ] as const)("imports %s and exports it back byte for byte", async (_, fixture, index) => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const target = adults[index]!;
    const oids = await oidsOf(target.id);
    const adapted = { ...fixture, "oppija-oid": oids.learnerOid, "opiskeluoikeus-oid": oids.studyRightOid };
    const imported = await tutor.trpc.hoks.import.mutate({
      studentId: target.id,
      document: JSON.stringify(adapted),
    });
    expect(imported).toMatchObject({ status: "approved", origin: "imported" });
    const { json } = await tutor.trpc.hoks.export.query({ studentId: target.id });
    const canonical = Schema.encodeSync(HoksDocument)(Effect.runSync(decodeHoks(adapted)));
    expect(json).toBe(JSON.stringify(canonical, null, 2));
    expect(JSON.parse(json)).toEqual(adapted);
    expect(await auditCount(target.id, "hoks.export")).toBe(1);
  });

  it("a bad document reports every problem with its path and saves nothing", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const target = adults[3]!;
    const oids = await oidsOf(target.id);
    const bad = JSON.parse(JSON.stringify({ ...full, "opiskeluoikeus-oid": oids.studyRightOid }));
    bad["ensikertainen-hyvaksyminen"] = "2017-02-30";
    const method = bad["hankittavat-ammat-tutkinnon-osat"][2]["osaamisen-hankkimistavat"][0];
    method["osa-aikaisuustieto"] = 0;
    method["tyopaikalla-jarjestettava-koulutus"]["tyopaikan-y-tunnus"] = "1234567-8";
    bad["uusi-kentta"] = true;
    const error = (await tutor.trpc.hoks.import
      .mutate({ studentId: target.id, document: bad })
      .catch((e: TRPCClientError<never>) => e)) as unknown as Issues;
    expect(error.data.code).toBe("BAD_REQUEST");
    expect(error.data.issues.map((i) => i.path).sort()).toEqual(
      [
        "oppija-oid",
        "ensikertainen-hyvaksyminen",
        "hankittavat-ammat-tutkinnon-osat[2].osaamisen-hankkimistavat[0].osa-aikaisuustieto",
        "hankittavat-ammat-tutkinnon-osat[2].osaamisen-hankkimistavat[0].tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus",
        "uusi-kentta",
      ].sort(),
    );
    expect(await hoksRows(target.id)).toBe(0);
    const someoneElses = (await tutor.trpc.hoks.import
      .mutate({ studentId: target.id, document: JSON.stringify(small) })
      .catch((e: TRPCClientError<never>) => e)) as unknown as Issues;
    expect(someoneElses.data.issues.map((i) => i.path)).toEqual(["oppija-oid"]);
    expect(await codeOf(tutor.trpc.hoks.import.mutate({ studentId: target.id, document: "{not json" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await hoksRows(target.id)).toBe(0);
    // A draft with a bad business ID is refused naming the field.
    const badDraft = structuredClone(draft);
    badDraft.units[0]!.ways[0]!.workplace.businessId = "1234567-8";
    const refused = (await tutor.trpc.hoks.draft
      .mutate({ studentId: target.id, draft: badDraft })
      .catch((e: TRPCClientError<never>) => e)) as unknown as Issues;
    expect(refused.data.issues.map((i) => i.path)).toEqual(["draft.units.0.ways.0.workplace.businessId"]);
    expect(await hoksRows(target.id)).toBe(0);
    // eHOKS's own rules, checked on the built document, are named by the editor's fields too.
    const crossed = structuredClone(draft);
    const way = crossed.units[0]!.ways[0]! as { end: string; partTime?: number };
    way.end = "2026-12-01";
    delete way.partTime;
    const ruled = (await tutor.trpc.hoks.draft
      .mutate({ studentId: target.id, draft: crossed })
      .catch((e: TRPCClientError<never>) => e)) as unknown as Issues;
    expect(ruled.data.issues.map((i) => i.path)).toEqual([
      "draft.units.0.ways.0.end",
      "draft.units.0.ways.0.partTime",
    ]);
    expect(await hoksRows(target.id)).toBe(0);
  });

  it("offers the catalogue's qualifications and units to everyone logged in, and refuses a unit it does not know", async () => {
    const tutor = await loginAs(api.url, "omaohjaaja");
    const list = await tutor.trpc.qualifications.list.query();
    expect(list.map((q) => q.name.fi)).toContain("Sosiaali- ja terveysalan perustutkinto");
    const social = list.find((q) => q.educationCodes.includes("371101"))!;
    expect(social.units).toBe(29);
    const guardian = await loginAs(api.url, "huoltaja");
    const full = await guardian.trpc.qualifications.get.query({ id: social.id });
    expect(full.units[1]).toMatchObject({
      code: "tutkinnonosat_100832",
      name: { fi: "Kasvun tukeminen ja ohjaus" },
    });
    expect(full.titles).toEqual([{ fi: "Lähihoitaja", sv: "Närvårdare", en: "Practical Nurse" }]);
    expect(
      await codeOf(tutor.trpc.qualifications.get.query({ id: "7f0c7a55-2a3b-4c1d-9e8f-0a1b2c3d4e5f" })),
    ).toBe("NOT_FOUND");

    const before = await hoksRows(adults[0]!.id);
    const typo = {
      ...draft,
      units: [draft.units[0]!, { ...draft.units[0]!, code: "tutkinnonosat_1000832" }],
    };
    const refused = (await tutor.trpc.hoks.draft
      .mutate({ studentId: adults[0]!.id, draft: typo })
      .catch((e: unknown) => e)) as Issues;
    expect(refused.data.code).toBe("BAD_REQUEST");
    expect(refused.data.issues).toEqual([
      {
        path: "draft.units.1.code",
        message:
          "The unit tutkinnonosat_1000832 is in no qualification's requirements in Polku: choose the unit from the qualification's list.",
      },
    ]);
    expect(await hoksRows(adults[0]!.id)).toBe(before);
  });

  it("records progress on the HOKS's units only", async () => {
    const teacher = await loginAs(api.url, "opettaja");
    const done = await teacher.trpc.hoks.setProgress.mutate({
      studentId: self.id,
      unitCode: "tutkinnonosat_100832",
      status: "in_progress",
    });
    expect(done.changedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      await codeOf(
        teacher.trpc.hoks.setProgress.mutate({
          studentId: self.id,
          unitCode: "tutkinnonosat_999999",
          status: "completed",
        }),
      ),
    ).toBe("BAD_REQUEST");
    const student = await loginAs(api.url, "opiskelija");
    expect(
      await codeOf(
        student.trpc.hoks.setProgress.mutate({
          studentId: self.id,
          unitCode: "tutkinnonosat_100832",
          status: "completed",
        }),
      ),
    ).toBe("FORBIDDEN");
    const view = await student.trpc.hoks.get.query({ studentId: self.id });
    expect(view?.units[0]).toMatchObject({ status: "in_progress", changedOn: done.changedOn });
    expect(await auditCount(self.id, "hoks.setProgress")).toBe(1);
  });
});
