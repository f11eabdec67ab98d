/**
 * Drafting a HOKS in Polku: the pragmatic subset a tutor edits (career plan, the date competence is
 * expected, vocational units to acquire with their ways of acquiring, workplace periods and planned
 * demonstrations), written into the eHOKS document. Fields the subset does not cover (e.g. of an
 * imported document) are kept: a unit is matched by its code, a period or demonstration by its place
 * in the list, and only the subset's own keys are overwritten.
 */
import { Schema } from "effect";
import { LocalDate } from "../dates.ts";
import { BusinessId } from "../identifiers/businessId.ts";
import { MultiLineText, SingleLineText } from "../text.ts";
import { OsaAikaisuustieto } from "./acquisition.ts";
import { Puhelinnumero, TutkinnonOsaKoodiUri, UrasuunnitelmaKoodiUri } from "./common.ts";
import type { HoksDocument } from "./document.ts";

const Text = MultiLineText(2000);
const NonEmptyText = SingleLineText(500).check(Schema.isMinLength(1, { message: "Fill in this field." }));

/** A list with room for any real plan and no more: a draft is one student's plan, not a bulk load. */
const ListOf = <S extends Schema.Top>(item: S, max: number, tooMany: { message: string }) =>
  Schema.Array(item).check(Schema.isMaxLength(max, tooMany));

export const hoksWayMethods = {
  school: "osaamisenhankkimistapa_oppilaitosmuotoinenkoulutus",
  training_agreement: "osaamisenhankkimistapa_koulutussopimus",
  apprenticeship: "osaamisenhankkimistapa_oppisopimus",
  other: "osaamisenhankkimistapa_muu",
} as const;
export type HoksWayMethod = keyof typeof hoksWayMethods;

export const DraftWorkplace = Schema.Struct({
  name: NonEmptyText,
  businessId: Schema.optionalKey(BusinessId),
  instructorName: NonEmptyText,
  instructorEmail: Schema.optionalKey(SingleLineText(256)),
  instructorPhone: Schema.optionalKey(Puhelinnumero),
  tasks: ListOf(NonEmptyText, 50, { message: "A HOKS draft lists at most 50 tasks per workplace." }),
});

export const DraftWay = Schema.Struct({
  method: Schema.Literals(["school", "training_agreement", "apprenticeship", "other"]),
  start: LocalDate,
  end: LocalDate,
  partTime: Schema.optionalKey(OsaAikaisuustieto),
  workplace: Schema.optionalKey(DraftWorkplace),
});

export const DraftDemonstration = Schema.Struct({
  environment: NonEmptyText,
  businessId: Schema.optionalKey(BusinessId),
  content: ListOf(NonEmptyText, 50, { message: "A HOKS draft lists at most 50 contents per demonstration." }),
  start: LocalDate,
  end: LocalDate,
});

export const DraftUnit = Schema.Struct({
  code: TutkinnonOsaKoodiUri,
  version: Schema.optionalKey(Schema.Int),
  hours: Schema.optionalKey(Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))),
  ways: ListOf(DraftWay, 50, { message: "A HOKS draft lists at most 50 ways of acquiring per unit." }),
  demonstrations: ListOf(DraftDemonstration, 50, {
    message: "A HOKS draft lists at most 50 demonstrations per unit.",
  }),
});

/** What the portal's HOKS editor edits. */
export const HoksDraft = Schema.Struct({
  careerPlan: Schema.optionalKey(UrasuunnitelmaKoodiUri),
  competenceBy: Schema.optionalKey(LocalDate),
  units: ListOf(DraftUnit, 200, { message: "A HOKS draft lists at most 200 units." }),
  notes: Schema.optionalKey(Text),
});
export type HoksDraft = typeof HoksDraft.Type;

type Json = Record<string, unknown>;

/** Overwrites the subset's keys on a kept object; a subset key now absent is removed. */
const mergeKeys = (kept: Json | undefined, fields: Json): Json => {
  const out: Json = { ...(kept ?? {}) };
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
};

const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const asObject = (value: unknown): Json | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

const methodUri = (m: HoksWayMethod) => hoksWayMethods[m];

const wayJson = (kept: Json | undefined, way: HoksDraft["units"][number]["ways"][number]): Json => {
  const keptWorkplace = asObject(kept?.["tyopaikalla-jarjestettava-koulutus"]);
  const workplace = way.workplace
    ? mergeKeys(keptWorkplace, {
        "vastuullinen-tyopaikka-ohjaaja": mergeKeys(
          asObject(keptWorkplace?.["vastuullinen-tyopaikka-ohjaaja"]),
          {
            nimi: way.workplace.instructorName,
            sahkoposti: way.workplace.instructorEmail || undefined,
            puhelinnumero: way.workplace.instructorPhone || undefined,
          },
        ),
        "tyopaikan-nimi": way.workplace.name,
        "tyopaikan-y-tunnus": way.workplace.businessId || undefined,
        "keskeiset-tyotehtavat": [...way.workplace.tasks],
      })
    : undefined;
  return mergeKeys(kept, {
    alku: way.start,
    loppu: way.end,
    "osaamisen-hankkimistapa-koodi-uri": methodUri(way.method),
    "osaamisen-hankkimistapa-koodi-versio": kept?.["osaamisen-hankkimistapa-koodi-versio"] ?? 1,
    "osa-aikaisuustieto": way.partTime,
    "tyopaikalla-jarjestettava-koulutus": workplace,
  });
};

const demonstrationJson = (
  kept: Json | undefined,
  demo: HoksDraft["units"][number]["demonstrations"][number],
): Json =>
  mergeKeys(kept, {
    nayttoymparisto: mergeKeys(asObject(kept?.nayttoymparisto), {
      nimi: demo.environment,
      "y-tunnus": demo.businessId || undefined,
    }),
    "sisallon-kuvaus": [...demo.content],
    alku: demo.start,
    loppu: demo.end,
  });

export interface HoksOwner {
  readonly learnerOid: string;
  readonly studyRightOid: string;
}

/**
 * The eHOKS document for a draft: a new one for the student (first approval date set to `today` as
 * eHOKS requires one; approval replaces it), or the existing one with the subset replaced and
 * `paivitetty` set to `now`. The result is not validated here: decode it with `decodeHoks`.
 */
export const applyHoksDraft = (
  existing: Json | undefined,
  owner: HoksOwner,
  draft: HoksDraft,
  now: { readonly today: string; readonly instant: string },
): Json => {
  const keptUnits = asList(existing?.["hankittavat-ammat-tutkinnon-osat"]);
  const units = draft.units.map((unit) => {
    const kept = keptUnits.find((u) => u["tutkinnon-osa-koodi-uri"] === unit.code);
    const keptWays = asList(kept?.["osaamisen-hankkimistavat"]);
    const keptDemos = asList(kept?.["osaamisen-osoittaminen"]);
    return mergeKeys(kept, {
      "tutkinnon-osa-koodi-uri": unit.code,
      "tutkinnon-osa-koodi-versio": unit.version ?? kept?.["tutkinnon-osa-koodi-versio"] ?? 1,
      "opetus-ja-ohjaus-maara": unit.hours,
      "osaamisen-hankkimistavat": unit.ways.map((w, i) => wayJson(keptWays[i], w)),
      "osaamisen-osoittaminen": unit.demonstrations.map((d, i) => demonstrationJson(keptDemos[i], d)),
    });
  });
  const base: Json = existing
    ? { ...existing, paivitetty: now.instant }
    : {
        "oppija-oid": owner.learnerOid,
        "opiskeluoikeus-oid": owner.studyRightOid,
        "ensikertainen-hyvaksyminen": now.today,
        "osaamisen-hankkimisen-tarve": true,
      };
  return mergeKeys(base, {
    "urasuunnitelma-koodi-uri": draft.careerPlan,
    "urasuunnitelma-koodi-versio": draft.careerPlan ? 1 : undefined,
    "osaamisen-saavuttamisen-pvm": draft.competenceBy,
    "osaamisen-hankkimisen-tarve": units.length > 0 || base["osaamisen-hankkimisen-tarve"] === true,
    "hankittavat-ammat-tutkinnon-osat": units,
  });
};

const methodOf = (uri: unknown): HoksWayMethod => {
  for (const [key, value] of Object.entries(hoksWayMethods)) if (value === uri) return key as HoksWayMethod;
  return "other";
};

/** The editor's subset of a document (the inverse of `applyHoksDraft` on what it covers). */
export const hoksDraftOf = (doc: HoksDocument): HoksDraft => ({
  ...(doc["urasuunnitelma-koodi-uri"] ? { careerPlan: doc["urasuunnitelma-koodi-uri"] } : {}),
  ...(doc["osaamisen-saavuttamisen-pvm"] ? { competenceBy: doc["osaamisen-saavuttamisen-pvm"] } : {}),
  units: (doc["hankittavat-ammat-tutkinnon-osat"] ?? []).map((u) => ({
    code: u["tutkinnon-osa-koodi-uri"],
    version: u["tutkinnon-osa-koodi-versio"],
    ...(u["opetus-ja-ohjaus-maara"] !== undefined ? { hours: u["opetus-ja-ohjaus-maara"] } : {}),
    ways: (u["osaamisen-hankkimistavat"] ?? []).map((w) => {
      const t = w["tyopaikalla-jarjestettava-koulutus"];
      const o = t?.["vastuullinen-tyopaikka-ohjaaja"];
      return {
        method: methodOf(w["osaamisen-hankkimistapa-koodi-uri"]),
        start: w.alku,
        end: w.loppu,
        ...(w["osa-aikaisuustieto"] !== undefined ? { partTime: w["osa-aikaisuustieto"] } : {}),
        ...(t && o
          ? {
              workplace: {
                name: t["tyopaikan-nimi"],
                ...(t["tyopaikan-y-tunnus"] ? { businessId: t["tyopaikan-y-tunnus"] } : {}),
                instructorName: o.nimi,
                ...(o.sahkoposti ? { instructorEmail: o.sahkoposti } : {}),
                ...(o.puhelinnumero ? { instructorPhone: o.puhelinnumero } : {}),
                tasks: [...t["keskeiset-tyotehtavat"]],
              },
            }
          : {}),
      };
    }),
    demonstrations: (u["osaamisen-osoittaminen"] ?? []).map((d) => ({
      environment: d.nayttoymparisto.nimi,
      ...(d.nayttoymparisto["y-tunnus"] ? { businessId: d.nayttoymparisto["y-tunnus"] } : {}),
      content: [...d["sisallon-kuvaus"]],
      start: d.alku,
      end: d.loppu,
    })),
  })),
});

export interface HoksUnit {
  /** The unit's national code (tutkinnonosat_…), or a local unit's identifier. */
  readonly code: string;
  readonly kind: "vocational" | "common" | "local";
  readonly name: string | null;
  readonly competencePoints: number | null;
}

/** The units to acquire that progress is followed on, each once, in document order. */
export const hoksUnits = (doc: HoksDocument): ReadonlyArray<HoksUnit> => {
  const out = new Map<string, HoksUnit>();
  for (const u of doc["hankittavat-ammat-tutkinnon-osat"] ?? []) {
    const code = u["tutkinnon-osa-koodi-uri"];
    if (!out.has(code)) out.set(code, { code, kind: "vocational", name: null, competencePoints: null });
  }
  for (const u of doc["hankittavat-yhteiset-tutkinnon-osat"] ?? []) {
    const code = u["tutkinnon-osa-koodi-uri"];
    if (!out.has(code)) out.set(code, { code, kind: "common", name: null, competencePoints: null });
  }
  for (const u of doc["hankittavat-paikalliset-tutkinnon-osat"] ?? []) {
    const code = u["amosaa-tunniste"] ?? (u.nimi ? `paikallinen:${u.nimi}` : undefined);
    if (code && !out.has(code))
      out.set(code, { code, kind: "local", name: u.nimi ?? null, competencePoints: u.laajuus ?? null });
  }
  return [...out.values()];
};

const wayKeys: Record<string, string> = {
  alku: "start",
  loppu: "end",
  "osa-aikaisuustieto": "partTime",
  "osaamisen-hankkimistapa-koodi-uri": "method",
  "tyopaikalla-jarjestettava-koulutus.tyopaikan-nimi": "workplace.name",
  "tyopaikalla-jarjestettava-koulutus.tyopaikan-y-tunnus": "workplace.businessId",
  "tyopaikalla-jarjestettava-koulutus.keskeiset-tyotehtavat": "workplace.tasks",
  "tyopaikalla-jarjestettava-koulutus.vastuullinen-tyopaikka-ohjaaja.nimi": "workplace.instructorName",
  "tyopaikalla-jarjestettava-koulutus.vastuullinen-tyopaikka-ohjaaja.sahkoposti": "workplace.instructorEmail",
  "tyopaikalla-jarjestettava-koulutus.vastuullinen-tyopaikka-ohjaaja.puhelinnumero":
    "workplace.instructorPhone",
};
const demoKeys: Record<string, string> = {
  alku: "start",
  loppu: "end",
  "nayttoymparisto.nimi": "environment",
  "nayttoymparisto.y-tunnus": "businessId",
  "sisallon-kuvaus": "content",
};
const unitKeys: Record<string, string> = {
  "tutkinnon-osa-koodi-uri": "code",
  "tutkinnon-osa-koodi-versio": "version",
  "opetus-ja-ohjaus-maara": "hours",
};
const topKeys: Record<string, string> = {
  "urasuunnitelma-koodi-uri": "careerPlan",
  "osaamisen-saavuttamisen-pvm": "competenceBy",
};

/**
 * The editor field (`units.0.ways.1.end`) behind a problem path of a document built by
 * `applyHoksDraft` (`hankittavat-ammat-tutkinnon-osat[0].osaamisen-hankkimistavat[1].loppu`), or
 * undefined when the path is outside the editor's subset.
 */
export const draftPathOf = (path: string): string | undefined => {
  if (topKeys[path]) return topKeys[path];
  const unit = /^hankittavat-ammat-tutkinnon-osat\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (!unit) return undefined;
  const [, u, rest] = unit;
  if (rest === undefined) return `units.${u}`;
  if (unitKeys[rest]) return `units.${u}.${unitKeys[rest]}`;
  const nested = /^(osaamisen-hankkimistavat|osaamisen-osoittaminen)\[(\d+)\](?:\.(.+))?$/.exec(rest);
  if (!nested) return undefined;
  const [, list, i, key] = nested;
  const isWay = list === "osaamisen-hankkimistavat";
  const base = `units.${u}.${isWay ? "ways" : "demonstrations"}.${i}`;
  if (key === undefined) return base;
  const mapped = (isWay ? wayKeys : demoKeys)[key.replace(/\[\d+\]$/, "")];
  return mapped ? `${base}.${mapped}` : undefined;
};
