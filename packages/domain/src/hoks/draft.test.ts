import { Effect, Schema } from "effect";
import { describe, expect, it } from "vitest";
import small from "../../test/fixtures/ehoks/hoks_yksi_tutkinnonosa.json" with { type: "json" };
import type { DecodeProblem } from "../errors.ts";
import { decodeHoks } from "./decode.ts";
import { applyHoksDraft, draftPathOf, HoksDraft, hoksDraftOf, hoksUnits } from "./draft.ts";

const owner = { learnerOid: small["oppija-oid"], studyRightOid: small["opiskeluoikeus-oid"] };
const now = { today: "2026-11-24", instant: "2026-11-24T10:00:00.000Z" };
const draft: HoksDraft = Schema.decodeUnknownSync(HoksDraft)({
  careerPlan: "urasuunnitelma_0001",
  units: [
    {
      code: "tutkinnonosat_106915",
      ways: [
        {
          method: "training_agreement",
          start: "2026-12-01",
          end: "2027-02-28",
          partTime: 100,
          workplace: {
            name: "Savon Rakennus Oy",
            businessId: "2345678-0",
            instructorName: "Olli",
            tasks: ["Muuraus"],
          },
        },
      ],
      demonstrations: [
        { environment: "Savon Rakennus Oy", content: ["Muuraus"], start: "2027-02-20", end: "2027-02-21" },
      ],
    },
  ],
});

describe("drafting a HOKS", () => {
  it("builds a new eHOKS document that decodes, and reads back the same subset", () => {
    const doc = applyHoksDraft(undefined, owner, draft, now);
    const decoded = Effect.runSync(decodeHoks(doc));
    expect(decoded["ensikertainen-hyvaksyminen"]).toBe("2026-11-24");
    expect(hoksDraftOf(decoded)).toEqual({ ...draft, units: [{ ...draft.units[0], version: 1 }] });
    expect(hoksUnits(decoded).map((u) => u.code)).toEqual(["tutkinnonosat_106915"]);
  });

  it("keeps what the subset does not cover and marks the update", () => {
    const existing = Effect.runSync(decodeHoks(small));
    const subset = hoksDraftOf(existing);
    const doc = applyHoksDraft(existing, owner, subset, now);
    expect(doc).toEqual({ ...small, paivitetty: now.instant });
  });

  it("a bad business ID in the built document is reported with its eHOKS path", () => {
    const bad = JSON.parse(
      JSON.stringify(applyHoksDraft(undefined, owner, draft, now)).replace("2345678-0", "1234567-8"),
    ) as unknown;
    const problems: ReadonlyArray<DecodeProblem> = Effect.runSync(Effect.flip(decodeHoks(bad))).problems;
    expect(problems.map((p) => p.path)).toEqual([
      "hankittavat-ammat-tutkinnon-osat[0].osaamisen-hankkimistavat[0].tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus",
    ]);
  });
});

describe("draftPathOf", () => {
  it.each([
    ["osaamisen-saavuttamisen-pvm", "competenceBy"],
    ["hankittavat-ammat-tutkinnon-osat[1].osaamisen-hankkimistavat[0].loppu", "units.1.ways.0.end"],
    [
      "hankittavat-ammat-tutkinnon-osat[0].osaamisen-hankkimistavat[2].osa-aikaisuustieto",
      "units.0.ways.2.partTime",
    ],
    [
      "hankittavat-ammat-tutkinnon-osat[0].osaamisen-hankkimistavat[0].tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus",
      "units.0.ways.0.workplace.businessId",
    ],
    ["hankittavat-ammat-tutkinnon-osat[0].osaamisen-osoittaminen[1].alku", "units.0.demonstrations.1.start"],
    [
      "hankittavat-ammat-tutkinnon-osat[0].osaamisen-osoittaminen[1].sisallon-kuvaus[0]",
      "units.0.demonstrations.1.content",
    ],
    ["hankittavat-ammat-tutkinnon-osat[0].module-id", undefined],
    ["aiemmin-hankitut-ammat-tutkinnon-osat[0]", undefined],
  ])("%s -> %s", (path, field) => {
    expect(draftPathOf(path)).toBe(field);
  });
});
