/**
 * Against a real API: badge versions link to the core's company competence needs (no copy of the need:
 * what it says comes from the core); the learner hears of each decision in their inbox (returned with
 * the reason, issued, revoked); a passport link expires, and then reads as a revoked one.
 */
import { rowsOf } from "@polku/plugin-sdk/db";
import { sql } from "@polku/plugin-sdk/drizzle";
import { codeOf, loginAs, startTestApi, type TestApi, testDatabases } from "@polku/plugin-sdk/testing";
import { startSmtpServer } from "@polku/plugin-sdk/testing/smtp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PluginRouter } from "../src/router.ts";
import { passportSettings, pluginId } from "./setup.ts";

const versionOf = (needIds: string[]) => ({
  name: { fi: "Työmaan turvallisuus", sv: "Säkerhet på byggplatsen", en: "Site safety" },
  description: { fi: "Toimii turvallisesti työmaalla." },
  criteria: { fi: "Noudattaa työmaan turvallisuusohjeita viikon ajan." },
  learningGoals: [{ fi: "Tunnistaa työmaan vaarat." }],
  evidence: { fi: "Työnjohtajan kuvaus." },
  assessorRoles: ["teacher" as const],
  assessorOrganisations: [],
  competenceNeedIds: needIds,
  skills: ["turvallisuus"],
});

describe.each(testDatabases())("competence needs, notices and expiring links on $kind", ({ kind }) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(kind, { plugins: [pluginId], settings: passportSettings });
  }, 120_000);
  afterAll(() => api?.close());

  const login = (username: string) => loginAs(api.url, username);

  it("links a new badge to open company needs, and shows the badges that answer a need", async () => {
    const company = await login("yritys");
    const { id: needId } = await company.trpc.competenceNeeds.state.mutate({
      field: "Talonrakennus",
      descriptionFi: "Työmaalle kaksi turvallisuustaitoista harjoittelijaa.",
      headcount: 2,
    });
    const { id: closedId } = await company.trpc.competenceNeeds.state.mutate({
      field: "Maalaus",
      descriptionFi: "Täytetty jo.",
      headcount: 1,
    });
    await company.trpc.competenceNeeds.close.mutate({ needId: closedId });

    const keeper = (await login("opettaja")).plugin<PluginRouter>(pluginId);
    const refused = keeper.catalogue.create.mutate({
      slug: "tyomaan-turvallisuus",
      version: versionOf([closedId]),
    });
    expect(await codeOf(refused)).toBe("BAD_REQUEST");
    await refused.catch((e: Error) => expect(e.message).toMatch(/^competenceNeedIds: /));
    const { id } = await keeper.catalogue.create.mutate({
      slug: "tyomaan-turvallisuus",
      version: versionOf([needId]),
    });
    const badge = (await keeper.catalogue.list.query()).find((b) => b.badgeClassId === id)!;
    expect(badge.competenceNeeds.map((n) => [n.id, n.field, n.organisationName])).toEqual([
      [needId, "Talonrakennus", "Savon Rakennuspalvelu Oy"],
    ]);
    // The need's words are the core's, not a copy: nothing of them is in the plugin's tables.
    const copies = rowsOf<{ n: number }>(
      await api.db.execute(
        sql`select count(*)::int as n from keski_pohjanmaa_tyoelamapassi.badge_version where name::text like '%turvallisuustaitoista%' or coalesce(competence_need::text, '') like '%turvallisuustaitoista%'`,
      ),
    );
    expect(copies[0]?.n).toBe(0);

    const companyView = await company.plugin<PluginRouter>(pluginId).catalogue.needs.query({});
    const mine = companyView.needs.find((n) => n.id === needId)!;
    expect(mine.badges.map((b) => b.name.fi)).toEqual(["Työmaan turvallisuus"]);
    expect(companyView.needs.some((n) => n.id === closedId)).toBe(false);
    expect(companyView.companies.some((c) => c.name === "Savon Rakennuspalvelu Oy")).toBe(true);

    // A new version without the need: the need is answered by no current version any more.
    await keeper.catalogue.addVersion.mutate({ badgeClassId: id, version: versionOf([]) });
    const after = await company.plugin<PluginRouter>(pluginId).catalogue.needs.query({});
    expect(after.needs.find((n) => n.id === needId)?.badges).toEqual([]);
    const versions = await keeper.catalogue.versions.query({ badgeClassId: id });
    expect(versions.map((v) => v.version)).toEqual([2, 1]);

    // The new-badge form's complaints come back at their fields, in the person's language.
    const swedish = await login("opettaja");
    swedish.state.language = "sv";
    const empty = { ...versionOf([]), description: { fi: "" } };
    const failure = (await swedish
      .plugin<PluginRouter>(pluginId)
      .catalogue.create.mutate({ slug: "tyhja", version: empty })
      .catch((e: unknown) => e)) as { data?: { issues?: { path: string; message: string }[] } };
    expect(failure.data?.issues).toContainEqual(
      expect.objectContaining({ path: "version.description.fi", message: "Beskriv märket på finska." }),
    );
  }, 60_000);

  it("tells the learner in their inbox: returned with the reason, issued, revoked", async () => {
    const learnerClient = await login("opiskelija");
    const learner = learnerClient.plugin<PluginRouter>(pluginId);
    const teacher = (await login("opettaja")).plugin<PluginRouter>(pluginId);
    const badge = (await learner.catalogue.list.query()).find((b) => b.slug === "yrittajamainen-asenne")!;
    const { id: pursuitId } = await learner.earning.start.mutate({
      badgeClassId: badge.badgeClassId,
      assessorOrganisationId: null,
    });
    await learner.earning.addEvidence.mutate({ pursuitId, kind: "text", text: "Tein sen." });
    await learner.earning.submit.mutate({ pursuitId });
    await teacher.assessing.return.mutate({ pursuitId, reason: "Kuvaa, mitä teit itse" });
    await learner.earning.submit.mutate({ pursuitId });
    const { badgeId } = await teacher.assessing.approve.mutate({ pursuitId });
    await teacher.staff.revoke.mutate({ badgeId, reason: "Myönnetty väärälle opiskelijalle." });

    const inbox = await learnerClient.trpc.inbox.list.query({ locale: "fi" });
    const subjects = inbox.items.map((i) => i.subject);
    expect(subjects).toContain("Merkin Yrittäjämäinen asenne näyttö palautettiin täydennettäväksi");
    expect(subjects).toContain("Näyttösi hyväksyttiin: merkki Yrittäjämäinen asenne on myönnetty");
    expect(subjects).toContain("Merkki Yrittäjämäinen asenne on peruttu");
    const returned = inbox.items.find((i) => i.subject.includes("palautettiin"))!;
    expect(returned.body).toContain("Syy: Kuvaa, mitä teit itse.");
    expect(returned.path).toBe(`/p/${pluginId}`);
    const sv = await learnerClient.trpc.inbox.list.query({ locale: "sv" });
    expect(sv.items.map((i) => i.subject)).toContain(
      `Märket ${badge.name.sv ?? badge.name.fi} har återkallats`,
    );
    // And by email, through the core's worker, to the address the learner's record keeps.
    const smtp = await startSmtpServer();
    try {
      await api.delivery({ smtpUrl: smtp.url }).runOnce(new Date());
      const [me] = rowsOf<{ email: string }>(
        await api.db.execute(
          sql`select s.email from student s join person p on p.id = s.person_id where p.username = 'opiskelija'`,
        ),
      );
      const mails = smtp.messages.filter((m) => m.subject?.includes("Yrittäjämäinen asenne"));
      expect(mails.map((m) => m.subject).sort()).toEqual(
        [
          "Merkin Yrittäjämäinen asenne näyttö palautettiin täydennettäväksi",
          "Merkki Yrittäjämäinen asenne on peruttu",
          "Näyttösi hyväksyttiin: merkki Yrittäjämäinen asenne on myönnetty",
        ].sort(),
      );
      for (const mail of mails) expect(mail.to && JSON.stringify(mail.to)).toContain(me!.email);
    } finally {
      await smtp.close();
    }
    // The learner's own notices only: the teacher's inbox holds none of them.
    const teacherInbox = await (await login("opettaja")).trpc.inbox.list.query({ locale: "fi" });
    expect(teacherInbox.items.some((i) => i.subject.includes("Yrittäjämäinen asenne"))).toBe(false);
  }, 60_000);

  it("gives a passport link an end the learner picks (at most 12 months); an expired one reads as revoked", async () => {
    const learner = (await login("opiskelija")).plugin<PluginRouter>(pluginId);
    const teacher = (await login("opettaja")).plugin<PluginRouter>(pluginId);
    const badge = (await learner.catalogue.list.query()).find(
      (b) => b.slug === "paikallinen-elinkeinoelama",
    )!;
    const { id: pursuitId } = await learner.earning.start.mutate({
      badgeClassId: badge.badgeClassId,
      assessorOrganisationId: null,
    });
    await learner.earning.addEvidence.mutate({ pursuitId, kind: "text", text: "Vierailin." });
    await learner.earning.submit.mutate({ pursuitId });
    const { badgeId } = await teacher.assessing.approve.mutate({ pursuitId });

    const tooLong = learner.sharing.create.mutate({ badgeIds: [badgeId], months: 13 });
    expect(await codeOf(tooLong)).toBe("BAD_REQUEST");
    await tooLong.catch((e: Error) => expect(e.message).toMatch(/months: A link lasts 1 to 12 months/));
    const byDefault = await learner.sharing.create.mutate({ badgeIds: [badgeId] });
    const months = (new Date(byDefault.expiresAt).getTime() - Date.now()) / (30.44 * 86_400_000);
    expect(months).toBeGreaterThan(5.8);
    expect(months).toBeLessThan(6.2);
    const { id, url, expiresAt } = await learner.sharing.create.mutate({ badgeIds: [badgeId], months: 1 });
    expect(new Date(expiresAt).getTime()).toBeLessThan(new Date(byDefault.expiresAt).getTime());
    expect((await learner.sharing.mine.query()).find((s) => s.id === id)?.expiresAt).toBeTruthy();
    const path = new URL(url).pathname;
    expect((await fetch(`${api.url}${path}`)).status).toBe(200);

    const revokedLink = await learner.sharing.create.mutate({ badgeIds: [badgeId], months: 1 });
    await learner.sharing.revoke.mutate({ shareId: revokedLink.id });
    const revokedPage = await fetch(`${api.url}${new URL(revokedLink.url).pathname}`);

    // A month on: the link has ended.
    await api.db.execute(
      sql`update keski_pohjanmaa_tyoelamapassi.passport_share set created_at = now() - interval '32 days', expires_at = now() - interval '1 day' where id = ${id}::uuid`,
    );
    const expired = await fetch(`${api.url}${path}`);
    expect(expired.status).toBe(404);
    expect(expired.status).toBe(revokedPage.status);
    expect(await expired.text()).toBe(await revokedPage.text());
    // The database keeps the limit too.
    expect(
      await api.db
        .execute(
          sql`update keski_pohjanmaa_tyoelamapassi.passport_share set expires_at = created_at + interval '13 months' where id = ${id}::uuid`,
        )
        .then(
          () => "OK",
          () => "refused",
        ),
    ).toBe("refused");
  }, 60_000);
});
