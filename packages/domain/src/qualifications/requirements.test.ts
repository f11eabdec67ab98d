import { Effect, Result } from "effect";
import { describe, expect, it } from "vitest";
// The catalogue's bundled data: the real extract the demo region is seeded with.
import fixture from "../../../db/data/eperusteet-qualifications.json" with { type: "json" };
import { decodeQualificationRequirements, nameIn } from "./requirements.ts";

const decode = (json: unknown) => Effect.runSync(Effect.result(decodeQualificationRequirements(json)));

describe("qualification requirements (ePerusteet extract)", () => {
  it("reads the seven real qualifications with their units, scopes and kinds", () => {
    const result = decode(fixture);
    if (Result.isFailure(result)) throw new Error(result.failure.message);
    const list = result.success;
    expect(list.map((q) => q.name.fi)).toContain("Sosiaali- ja terveysalan perustutkinto");
    expect(list).toHaveLength(7);
    const social = list.find((q) => q.educationCodes.includes("371101"))!;
    expect(social.diaryNumber).toBe("79/011/2014");
    // 30 entries in the source; one unit is listed twice (in two groups) and is one unit here.
    expect(social.units).toHaveLength(29);
    expect(list.find((q) => q.educationCodes.includes("361902"))!.unitsWithoutCode).toEqual([
      "Yritystoiminnan suunnittelu",
    ]);
    expect(social.titles.map((t) => t.fi)).toEqual(["Lähihoitaja"]);
    const yto = social.units.find((u) => u.code === "tutkinnonosat_101053")!;
    expect(yto).toMatchObject({ kind: "common", compulsory: true, competencePoints: 11 });
    expect(yto.subAreas.map((a) => a.name.fi)).toContain("Äidinkieli");
    const vocational = social.units.find((u) => u.code === "tutkinnonosat_100832")!;
    expect(vocational).toMatchObject({ kind: "vocational", compulsory: null, competencePoints: 20 });
    expect(nameIn(vocational.name, "sv")).toBe("Stöd för utveckling och handledning");
    expect(nameIn(vocational.name, "en")).toBe("Kasvun tukeminen ja ohjaus");
  });

  it("takes a source's own compulsory flag for a vocational unit", () => {
    const one = [
      {
        koulutus: ["351301"],
        nimi: { fi: "Autoalan perustutkinto" },
        diaarinumero: "OPH-2762-2017",
        tutkinnonOsat: [
          {
            koodiUri: "tutkinnonosat_1",
            nimi: { fi: "A" },
            tyyppi: "normaali",
            laajuus: 30,
            pakollinen: true,
          },
          { koodiUri: "tutkinnonosat_2", nimi: { fi: "B" }, tyyppi: "normaali", pakollinen: false },
        ],
      },
    ];
    const result = decode(one);
    if (Result.isFailure(result)) throw new Error(result.failure.message);
    expect(result.success[0]!.units.map((u) => [u.compulsory, u.competencePoints])).toEqual([
      [true, 30],
      [false, null],
    ]);
  });

  it("refuses a file with any problem, naming each with its place", () => {
    const bad = [
      {
        koulutus: ["37110"],
        nimi: { fi: "" },
        diaarinumero: "1/2",
        tutkinnonOsat: [
          { koodiUri: "tutkinnonosat_1", nimi: { fi: "A" }, tyyppi: "normaali" },
          { koodiUri: "osa_2", nimi: { fi: "B" }, tyyppi: "muu", laajuus: -5 },
        ],
      },
    ];
    const result = decode(bad);
    if (Result.isSuccess(result)) throw new Error("a bad file was accepted");
    const paths = result.failure.problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "[0].koulutus[0]",
        "[0].nimi.fi",
        "[0].tutkinnonOsat[1].koodiUri",
        "[0].tutkinnonOsat[1].tyyppi",
        "[0].tutkinnonOsat[1].laajuus",
      ]),
    );
    expect(result.failure.message).toContain("nothing was loaded");
  });

  it("reads a unit listed again in another group as one unit, with the scope the repeat states", () => {
    const result = decode([
      {
        koulutus: ["371101"],
        nimi: { fi: "Q" },
        diaarinumero: "9/9",
        tutkinnonOsat: [
          { koodiUri: "tutkinnonosat_1", nimi: { fi: "A" }, tyyppi: "normaali" },
          { koodiUri: "tutkinnonosat_2", nimi: { fi: "B \n  c" }, tyyppi: "normaali" },
          { koodiUri: "tutkinnonosat_1", nimi: { fi: "A" }, tyyppi: "normaali", laajuus: 15 },
          { koodiUri: null, nimi: { fi: "Uusi" }, tyyppi: "normaali" },
        ],
      },
    ]);
    if (Result.isFailure(result)) throw new Error(result.failure.message);
    const [q] = result.success;
    expect(q!.units.map((u) => [u.code, u.name.fi, u.competencePoints])).toEqual([
      ["tutkinnonosat_1", "A", 15],
      ["tutkinnonosat_2", "B c", null],
    ]);
    expect(q!.unitsWithoutCode).toEqual(["Uusi"]);
  });

  it("refuses a unit listed twice with another scope, and requirements listed twice", () => {
    const q = {
      koulutus: ["371101"],
      nimi: { fi: "Q" },
      diaarinumero: "9/9",
      tutkinnonOsat: [
        { koodiUri: "tutkinnonosat_1", nimi: { fi: "A" }, tyyppi: "normaali", laajuus: 10 },
        { koodiUri: "tutkinnonosat_1", nimi: { fi: "A" }, tyyppi: "normaali", laajuus: 15 },
      ],
    };
    const result = decode([q, q]);
    if (Result.isSuccess(result)) throw new Error("duplicates were accepted");
    expect(result.failure.problems.map((p) => p.path)).toEqual([
      "[0].tutkinnonOsat[1].koodiUri",
      "[1].diaarinumero",
      "[1].tutkinnonOsat[1].koodiUri",
    ]);
  });
});
