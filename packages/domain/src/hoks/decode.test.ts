import { Effect, Schema } from "effect";
import { describe, expect, it } from "vitest";
import small from "../../test/fixtures/ehoks/hoks_yksi_tutkinnonosa.json" with { type: "json" };
import full from "../../test/fixtures/ehoks/hoksit.json" with { type: "json" };
import type { DecodeProblem } from "../errors.ts";
import { decodeHoks, decodeHoksLenient } from "./decode.ts";
import { HoksDocument } from "./document.ts";

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const problemsOf = (json: unknown): ReadonlyArray<DecodeProblem> =>
  Effect.runSync(Effect.flip(decodeHoks(json))).problems;

describe("eHOKS reference documents", () => {
  it.each([
    ["hoksit.json", full],
    ["hoks_yksi_tutkinnonosa.json", small],
  ] as const)("%s decodes without loss and encodes back to the same JSON", (_, json) => {
    const decoded = Effect.runSync(decodeHoks(json));
    expect(decoded).toEqual(json);
    expect(Schema.encodeSync(HoksDocument)(decoded)).toEqual(json);
  });

  it("decodes from a JSON string too", () => {
    const decoded = Effect.runSync(decodeHoks(JSON.stringify(small)));
    expect(decoded["oppija-oid"]).toBe("1.2.246.562.24.44651722625");
  });

  it("reads the parts Polku uses", () => {
    const hoks = Effect.runSync(decodeHoks(small));
    const unit = hoks["hankittavat-ammat-tutkinnon-osat"]?.[0];
    const method = unit?.["osaamisen-hankkimistavat"]?.[0];
    expect(unit?.["tutkinnon-osa-koodi-uri"]).toBe("tutkinnonosat_103590");
    expect(method?.["osa-aikaisuustieto"]).toBe(75);
    expect(method?.["tyopaikalla-jarjestettava-koulutus"]?.["tyopaikan-y-tunnus"]).toBe("2345678-0");
    expect(unit?.["osaamisen-osoittaminen"]).toHaveLength(2);
  });
});

describe("decode problems", () => {
  it("refuses a control character in any string of the document, a valid field or not, with its path", () => {
    const json = clone(small) as Record<string, unknown> & {
      "hankittavat-ammat-tutkinnon-osat": Array<Record<string, unknown>>;
    };
    json["hankittavat-ammat-tutkinnon-osat"][0]!["tutkinnon-osa-koodi-uri"] = "tutkinnonosat_103590\u0000";
    // As text the NUL is the escape \u0000, which JSON.parse turns into the character.
    const problems = problemsOf(JSON.stringify(json));
    expect(problems).toContainEqual({
      path: "hankittavat-ammat-tutkinnon-osat[0].tutkinnon-osa-koodi-uri",
      kind: "invalid",
      message: expect.stringMatching(/control character \(U\+0000\)/),
    });
    const lenient = Effect.runSync(Effect.flip(decodeHoksLenient({ ...clone(small), "uusi\u0001": 1 })));
    expect(lenient.problems.map((p) => p.path)).toContain("uusi\\u0001");
  });

  it("lists every bad field with its path", () => {
    const bad = clone(full) as Record<string, unknown> & typeof full;
    bad["oppija-oid"] = "1.2.246.562.24.44651722626";
    bad["ensikertainen-hyvaksyminen"] = "2017-02-30";
    const unit = bad["hankittavat-ammat-tutkinnon-osat"][2]!;
    const method = unit["osaamisen-hankkimistavat"][0] as Record<string, unknown>;
    method["osa-aikaisuustieto"] = 0;
    (method["tyopaikalla-jarjestettava-koulutus"] as Record<string, unknown>)["tyopaikan-y-tunnus"] =
      "1234567-8";
    delete (bad as Record<string, unknown>)["osaamisen-hankkimisen-tarve"];

    const problems = problemsOf(bad);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "oppija-oid",
        "ensikertainen-hyvaksyminen",
        "osaamisen-hankkimisen-tarve",
        "hankittavat-ammat-tutkinnon-osat[2].osaamisen-hankkimistavat[0].osa-aikaisuustieto",
        "hankittavat-ammat-tutkinnon-osat[2].osaamisen-hankkimistavat[0].tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus",
      ]),
    );
    expect(problems).toHaveLength(5);
    const ytunnus = problems.find((p) => p.path.endsWith("tyopaikan-y-tunnus"));
    expect(ytunnus?.message).toContain("check digit");
    const error = Effect.runSync(Effect.flip(decodeHoks(bad)));
    expect(error._tag).toBe("HoksDecodeError");
    expect(error.message).toContain("5 problems");
  });

  it("applies eHOKS's cross-field rules on workplace periods", () => {
    const bad = clone(small);
    const method = bad["hankittavat-ammat-tutkinnon-osat"][0]!["osaamisen-hankkimistavat"][0] as Record<
      string,
      unknown
    >;
    delete method["osa-aikaisuustieto"];
    method.alku = "2023-09-01";
    const paths = problemsOf(bad).map((p) => p.path);
    expect(paths).toEqual([
      "hankittavat-ammat-tutkinnon-osat[0].osaamisen-hankkimistavat[0].loppu",
      "hankittavat-ammat-tutkinnon-osat[0].osaamisen-hankkimistavat[0].osa-aikaisuustieto",
    ]);
  });

  it("refuses a non-JSON string with an actionable message", () => {
    expect(problemsOf("{not json")[0]?.message).toMatch(/not JSON/);
  });

  it("a test-environment learner OID needs the deployment's setting", () => {
    const test = { ...clone(small), "oppija-oid": "1.2.246.562.98.44651722625" };
    expect(problemsOf(test)[0]?.path).toBe("oppija-oid");
    const decoded = Effect.runSync(decodeHoks(test, { learnerOid: { allowTestNodes: true } }));
    expect(decoded["oppija-oid"]).toBe("1.2.246.562.98.44651722625");
  });
});

describe("unknown keys", () => {
  const withExtra = () => {
    const doc = clone(small) as Record<string, unknown> & typeof small;
    doc["uusi-kentta"] = 1;
    (doc["hankittavat-ammat-tutkinnon-osat"][0] as Record<string, unknown>).tuntematon = "x";
    return doc;
  };

  it("are problems by default, so nothing is lost silently", () => {
    const problems = problemsOf(withExtra());
    expect(problems.map((p) => [p.path, p.kind])).toEqual(
      expect.arrayContaining([
        ["uusi-kentta", "unknown_key"],
        ["hankittavat-ammat-tutkinnon-osat[0].tuntematon", "unknown_key"],
      ]),
    );
  });

  it("can be ignored on request", () => {
    const decoded = Effect.runSync(decodeHoks(withExtra(), { unknownKeys: "ignore" }));
    expect(decoded).toEqual(small);
  });

  it("are reported, not failed, by the lenient decoder", () => {
    const { document, unknownKeys } = Effect.runSync(decodeHoksLenient(withExtra()));
    expect(document).toEqual(small);
    expect([...unknownKeys].sort()).toEqual([
      "hankittavat-ammat-tutkinnon-osat[0].tuntematon",
      "uusi-kentta",
    ]);
  });

  it("the lenient decoder still fails on invalid values", () => {
    const bad = { ...withExtra(), "opiskeluoikeus-oid": "1.2.246.562.15.76811932079" };
    const error = Effect.runSync(Effect.flip(decodeHoksLenient(bad)));
    expect(error.problems.map((p) => p.path)).toEqual(["opiskeluoikeus-oid"]);
  });
});
