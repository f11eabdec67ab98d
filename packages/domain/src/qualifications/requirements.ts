/**
 * National qualification requirements (tutkinnon perusteet) as the ePerusteet service publishes them,
 * in the extract shape of `shared/fixtures/eperusteet/qualifications.json`: each qualification with
 * its education codes, names, competence areas, titles and units. A tutor picks a HOKS's units by
 * name from these; the unit code (`tutkinnonosat_<n>`, what eHOKS stores) stays in exports.
 *
 * The extract does not say which vocational units are compulsory (that lives in the requirements'
 * structure tree, which the extract leaves out), so `compulsory` is taken from a unit's `pakollinen`
 * when the source has it and is otherwise unknown, except for the common units (YTO): every vocational
 * upper-secondary qualification includes them (Government Decree 673/2017, section 3), so they are
 * compulsory whatever the source says.
 */
import { Effect, Schema } from "effect";
import { type DecodeProblem, InvalidQualificationRequirements } from "../errors.ts";
import { formatPath, issueToProblems } from "../hoks/decode.ts";
import { MultiLineText, SingleLineText } from "../text.ts";

/**
 * Published names sometimes hold a line break where a long name was wrapped ("... kukka- \n tai
 * puutarhakaupassa"): a name is read as several lines and its whitespace collapsed to single spaces.
 */
export { InvalidQualificationRequirements };

const Name = MultiLineText(300).check(
  Schema.makeFilter((s: string) => s.trim() !== "" || "A name cannot be empty."),
);
const tidy = (s: string) => s.replace(/\s+/g, " ").trim();
const tidyName = (n: { fi: string; sv?: string; en?: string }): LocalizedName => ({
  fi: tidy(n.fi),
  ...(n.sv === undefined ? {} : { sv: tidy(n.sv) }),
  ...(n.en === undefined ? {} : { en: tidy(n.en) }),
});

/** A name in the national languages: Finnish always, Swedish and English where published. */
export const LocalizedName = Schema.Struct({
  fi: Name,
  sv: Schema.optionalKey(Name),
  en: Schema.optionalKey(Name),
});
export type LocalizedName = typeof LocalizedName.Type;

const UnitCode = Schema.String.check(
  Schema.isPattern(/^tutkinnonosat_\d+$/, { message: "Write a unit code such as tutkinnonosat_106915." }),
);
const EducationCode = Schema.String.check(
  Schema.isPattern(/^\d{6}$/, { message: "Write a six-digit education (koulutus) code, such as 371101." }),
);

const SourceUnit = Schema.Struct({
  /** Null in published data for a unit not yet in the code list: such a unit cannot be in a HOKS. */
  koodiUri: Schema.NullOr(UnitCode),
  nimi: LocalizedName,
  /** `normaali` for a vocational unit; `tutke2` and `reformi_tutke2` for the common units (YTO). */
  tyyppi: Schema.Literals(["normaali", "tutke2", "reformi_tutke2"]),
  laajuus: Schema.optionalKey(
    Schema.Finite.check(
      Schema.isBetween(
        { minimum: 0, maximum: 300 },
        { message: "A unit's scope is 0-300 competence points." },
      ),
    ),
  ),
  pakollinen: Schema.optionalKey(Schema.Boolean),
  osaAlueet: Schema.optionalKey(
    Schema.Array(Schema.Struct({ koodiUri: Schema.NullOr(Schema.String), nimi: LocalizedName })),
  ),
});

const SourceQualification = Schema.Struct({
  koulutus: Schema.Array(EducationCode).check(
    Schema.isMinLength(1, { message: "A qualification has at least one education code." }),
  ),
  nimi: LocalizedName,
  diaarinumero: SingleLineText(60).check(
    Schema.isMinLength(1, { message: "The requirements' diary number cannot be empty." }),
  ),
  osaamisalat: Schema.optionalKey(
    Schema.Array(Schema.Struct({ koodiUri: Schema.String, nimi: LocalizedName })),
  ),
  /** Published with empty entries ({}) where a competence area has no title of its own. */
  tutkintonimikkeet: Schema.optionalKey(
    Schema.Array(
      Schema.Struct({
        fi: Schema.optionalKey(Name),
        sv: Schema.optionalKey(Name),
        en: Schema.optionalKey(Name),
      }),
    ),
  ),
  tutkinnonOsat: Schema.Array(SourceUnit).check(
    Schema.isMinLength(1, { message: "A qualification has at least one unit." }),
    Schema.isMaxLength(400, { message: "A qualification lists at most 400 units." }),
  ),
});

/** The whole file: a list of qualifications. */
export const QualificationRequirementsFile = Schema.Array(SourceQualification).check(
  Schema.isMaxLength(2000, { message: "A requirements file lists at most 2000 qualifications." }),
);

export type UnitKind = "vocational" | "common";

export interface QualificationUnit {
  readonly code: string;
  readonly name: LocalizedName;
  readonly kind: UnitKind;
  /** Scope in competence points (osaamispiste), when the requirements state it. */
  readonly competencePoints: number | null;
  /** Whether every student of the qualification takes the unit; null when the source does not say. */
  readonly compulsory: boolean | null;
  /** A common unit's sub-areas (osa-alueet), with their code list URIs where published. */
  readonly subAreas: ReadonlyArray<{ readonly code: string | null; readonly name: LocalizedName }>;
}

export interface QualificationRequirements {
  /** The requirements' diary number: it names one version of the requirements. */
  readonly diaryNumber: string;
  readonly educationCodes: readonly string[];
  readonly name: LocalizedName;
  readonly competenceAreas: ReadonlyArray<{ readonly code: string; readonly name: LocalizedName }>;
  /** Qualification titles (tutkintonimike), each once. */
  readonly titles: readonly LocalizedName[];
  readonly units: readonly QualificationUnit[];
  /** Units of the source left out because they have no code yet (named, so a loader can say so). */
  readonly unitsWithoutCode: readonly string[];
}

type Source = typeof SourceQualification.Type;
type SourceUnit = typeof SourceUnit.Type;

function normalise(q: Source): QualificationRequirements {
  const titles = new Map<string, LocalizedName>();
  for (const t of q.tutkintonimikkeet ?? []) {
    if (t.fi !== undefined) titles.set(tidy(t.fi), tidyName({ ...t, fi: t.fi }));
  }
  return {
    diaryNumber: q.diaarinumero,
    educationCodes: [...new Set(q.koulutus)],
    name: tidyName(q.nimi),
    competenceAreas: (q.osaamisalat ?? []).map((a) => ({ code: a.koodiUri, name: tidyName(a.nimi) })),
    titles: [...titles.values()],
    unitsWithoutCode: q.tutkinnonOsat.filter((u) => u.koodiUri === null).map((u) => tidy(u.nimi.fi)),
    units: mergeRepeats(q.tutkinnonOsat).map((u) => {
      const kind: UnitKind = u.tyyppi === "normaali" ? "vocational" : "common";
      return {
        code: u.koodiUri!,
        name: tidyName(u.nimi),
        kind,
        competencePoints: u.laajuus ?? null,
        compulsory: kind === "common" ? true : (u.pakollinen ?? null),
        subAreas: (u.osaAlueet ?? []).map((a) => ({ code: a.koodiUri, name: tidyName(a.nimi) })),
      };
    }),
  };
}

/**
 * Problems that make a file unusable as a whole, beyond each entry's own shape: requirements listed
 * twice, or a unit listed twice with different names or scopes. (Published structures list a unit once
 * per group it belongs to, with or without its scope: such repeats are one unit, see `mergeRepeats`.)
 */
function crossChecks(list: readonly Source[]): DecodeProblem[] {
  const problems: DecodeProblem[] = [];
  const seen = new Set<string>();
  for (const [i, q] of list.entries()) {
    if (seen.has(q.diaarinumero)) {
      problems.push({
        path: formatPath([i, "diaarinumero"]),
        kind: "invalid",
        message: `The requirements ${q.diaarinumero} are listed twice.`,
      });
    }
    seen.add(q.diaarinumero);
    const first = new Map<string, SourceUnit>();
    for (const [j, u] of q.tutkinnonOsat.entries()) {
      if (u.koodiUri === null) continue;
      const earlier = first.get(u.koodiUri);
      if (!earlier) {
        first.set(u.koodiUri, u);
        continue;
      }
      const scopes = [earlier.laajuus, u.laajuus].filter((x) => x !== undefined);
      if (tidy(earlier.nimi.fi) !== tidy(u.nimi.fi) || new Set(scopes).size > 1) {
        problems.push({
          path: formatPath([i, "tutkinnonOsat", j, "koodiUri"]),
          kind: "invalid",
          message: `The unit ${u.koodiUri} is listed twice with a different name or scope.`,
        });
      }
    }
  }
  return problems;
}

/** One entry per unit code, in first-seen order, with the scope from whichever repeat states it. */
function mergeRepeats(units: readonly SourceUnit[]): SourceUnit[] {
  const byCode = new Map<string, SourceUnit>();
  const out: SourceUnit[] = [];
  for (const u of units) {
    if (u.koodiUri === null) continue;
    const earlier = byCode.get(u.koodiUri);
    if (earlier === undefined) {
      byCode.set(u.koodiUri, u);
      out.push(u);
    } else if (earlier.laajuus === undefined && u.laajuus !== undefined) {
      const merged = { ...earlier, laajuus: u.laajuus };
      byCode.set(u.koodiUri, merged);
      out[out.indexOf(earlier)] = merged;
    }
  }
  return out;
}

/**
 * Decodes a requirements file (parsed JSON). Every problem is named with its place in the file, and a
 * file with any problem is refused whole, so a load never leaves half a catalogue.
 */
export const decodeQualificationRequirements = (
  json: unknown,
): Effect.Effect<readonly QualificationRequirements[], InvalidQualificationRequirements> =>
  Schema.decodeUnknownEffect(QualificationRequirementsFile)(json, { errors: "all" }).pipe(
    Effect.mapError(
      (error) => new InvalidQualificationRequirements({ problems: issueToProblems(error.issue) }),
    ),
    Effect.flatMap((list) => {
      const problems = crossChecks(list);
      return problems.length === 0
        ? Effect.succeed(list.map(normalise))
        : Effect.fail(new InvalidQualificationRequirements({ problems }));
    }),
  );

export type NameLocale = "fi" | "sv" | "en";

/** A name in the reader's language, falling back to Finnish (always published). */
export const nameIn = (name: LocalizedName, locale: NameLocale): string => name[locale] ?? name.fi;
