/** Input schemas shared by the passport's routers: words in fi (required) and sv/en (optional). */
import { MultiLineText, SingleLineText } from "@polku/plugin-sdk/server";
import { Schema } from "effect";

const required = (max: number, message: string) =>
  MultiLineText(max).check(Schema.isMinLength(1, { message }));

export const NameWords = Schema.Struct({
  fi: SingleLineText(120).check(Schema.isMinLength(1, { message: "Write the badge's name in Finnish." })),
  sv: Schema.optional(SingleLineText(120)),
  en: Schema.optional(SingleLineText(120)),
});

export const TextWords = ({ message }: { message: string }) =>
  Schema.Struct({
    fi: required(4000, message),
    sv: Schema.optional(MultiLineText(4000)),
    en: Schema.optional(MultiLineText(4000)),
  });

export const GoalWords = Schema.Struct({
  fi: SingleLineText(400).check(Schema.isMinLength(1, { message: "Write each learning goal in Finnish." })),
  sv: Schema.optional(SingleLineText(400)),
  en: Schema.optional(SingleLineText(400)),
});

/** What a badge version says: the catalogue keeper's form. */
export const VersionInput = Schema.Struct({
  name: NameWords,
  description: TextWords({ message: "Describe the badge in Finnish." }),
  criteria: TextWords({ message: "Write the criteria in Finnish." }),
  learningGoals: Schema.Array(GoalWords).check(
    Schema.isMinLength(1, { message: "Give at least one learning goal." }),
    Schema.isMaxLength(20),
  ),
  evidence: TextWords({ message: "Say in Finnish what evidence the badge needs." }),
  assessorRoles: Schema.Array(Schema.Literals(["teacher", "company_contact"])).check(
    Schema.isMinLength(1, { message: "Say who may assess the badge: a teacher, a company contact or both." }),
  ),
  assessorOrganisations: Schema.Array(Schema.String.check(Schema.isUUID())).check(Schema.isMaxLength(50)),
  competenceNeed: Schema.optional(TextWords({ message: "Describe the competence need in Finnish." })),
  /** The companies' competence needs (the core's, by id) the version answers. */
  competenceNeedIds: Schema.optional(
    Schema.Array(Schema.String.check(Schema.isUUID())).check(
      Schema.isMaxLength(20, { message: "Choose at most 20 competence needs." }),
    ),
  ),
  skills: Schema.Array(SingleLineText(80).check(Schema.isMinLength(1))).check(Schema.isMaxLength(20)),
  validityMonths: Schema.optional(
    Schema.Int.check(
      Schema.isBetween({ minimum: 1, maximum: 120 }, { message: "A validity period is 1 to 120 months." }),
    ),
  ),
});
export type VersionInput = typeof VersionInput.Type;
