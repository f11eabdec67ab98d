import {
  CheckboxField,
  createSubmission,
  FormActions,
  TextAreaField,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { NeedPicker, type OpenNeed } from "./NeedPicker.tsx";
import { pluginId } from "./words.ts";

type Role = "teacher" | "company_contact";

/** A badge's address from its Finnish name: ä and å to a, ö to o, the rest to hyphens. */
export const slugOf = (name: string) =>
  name
    .toLowerCase()
    .replace(/[äå]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);

const optional = (s: string) => (s.trim() ? { value: s.trim() } : undefined);
const lines = (s: string) =>
  s
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * A catalogue keeper adds a brand-new badge class: its words (name and description in fi/sv/en; the
 * criteria, goals and evidence in Finnish), who may assess it, the companies' competence needs it
 * answers, its local working-life skills and an optional validity. The server's complaints are shown at
 * their fields, in the person's language.
 */
export function NewBadgeForm(props: {
  needs: readonly OpenNeed[];
  companies: readonly { id: string; name: string }[];
  onSaved: () => void;
}) {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const [nameFi, setNameFi] = createSignal("");
  const [nameSv, setNameSv] = createSignal("");
  const [nameEn, setNameEn] = createSignal("");
  const [slug, setSlug] = createSignal("");
  const [slugTouched, setSlugTouched] = createSignal(false);
  const [descFi, setDescFi] = createSignal("");
  const [descSv, setDescSv] = createSignal("");
  const [descEn, setDescEn] = createSignal("");
  const [criteria, setCriteria] = createSignal("");
  const [goals, setGoals] = createSignal("");
  const [evidence, setEvidence] = createSignal("");
  const [roles, setRoles] = createSignal<ReadonlySet<Role>>(new Set(["teacher"]));
  const [companies, setCompanies] = createSignal<ReadonlySet<string>>(new Set());
  const [needs, setNeeds] = createSignal<ReadonlySet<string>>(new Set());
  const [skills, setSkills] = createSignal("");
  const [validity, setValidity] = createSignal("");
  const toggled = <T,>(set: ReadonlySet<T>, value: T, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };
  const save = createSubmission(() => {
    const sv = optional(nameSv());
    const en = optional(nameEn());
    const dsv = optional(descSv());
    const den = optional(descEn());
    return api.catalogue.create.mutate({
      slug: slug(),
      version: {
        name: { fi: nameFi().trim(), ...(sv ? { sv: sv.value } : {}), ...(en ? { en: en.value } : {}) },
        description: { fi: descFi(), ...(dsv ? { sv: dsv.value } : {}), ...(den ? { en: den.value } : {}) },
        criteria: { fi: criteria() },
        learningGoals: lines(goals()).map((fi) => ({ fi })),
        evidence: { fi: evidence() },
        assessorRoles: [...roles()],
        assessorOrganisations: roles().has("company_contact") ? [...companies()] : [],
        competenceNeedIds: [...needs()],
        skills: skills()
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        ...(validity().trim() ? { validityMonths: Number(validity()) } : {}),
      },
    });
  });
  const err = (path: string) => save.fieldError(path);
  return (
    <form
      class="form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run()) props.onSaved();
      }}
    >
      <p>{text("new.intro")}</p>
      <TextField
        label={text("new.nameFi")}
        value={nameFi()}
        onValue={(v) => {
          setNameFi(v);
          if (!slugTouched()) setSlug(slugOf(v));
        }}
        required
        error={err("version.name.fi")}
      />
      <TextField
        label={text("new.nameSv")}
        value={nameSv()}
        onValue={setNameSv}
        error={err("version.name.sv")}
      />
      <TextField
        label={text("new.nameEn")}
        value={nameEn()}
        onValue={setNameEn}
        error={err("version.name.en")}
      />
      <TextField
        label={text("new.slug")}
        hint={text("new.slugHint")}
        value={slug()}
        onValue={(v) => {
          setSlugTouched(true);
          setSlug(v);
        }}
        required
        error={err("slug")}
      />
      <TextAreaField
        label={text("new.descriptionFi")}
        value={descFi()}
        onValue={setDescFi}
        maxLength={4000}
        error={err("version.description.fi")}
      />
      <TextAreaField
        label={text("new.descriptionSv")}
        value={descSv()}
        onValue={setDescSv}
        maxLength={4000}
      />
      <TextAreaField
        label={text("new.descriptionEn")}
        value={descEn()}
        onValue={setDescEn}
        maxLength={4000}
      />
      <TextAreaField
        label={text("keep.criteria")}
        value={criteria()}
        onValue={setCriteria}
        maxLength={4000}
        error={err("version.criteria.fi")}
      />
      <TextAreaField
        label={text("keep.goals")}
        value={goals()}
        onValue={setGoals}
        rows={4}
        error={err("version.learningGoals")}
      />
      <TextAreaField
        label={text("keep.evidence")}
        value={evidence()}
        onValue={setEvidence}
        maxLength={4000}
        error={err("version.evidence.fi")}
      />
      <fieldset>
        <legend>{text("new.assessors")}</legend>
        <CheckboxField
          label={text("new.roleTeacher")}
          checked={roles().has("teacher")}
          onChecked={(on) => setRoles(toggled(roles(), "teacher", on))}
        />
        <CheckboxField
          label={text("new.roleCompany")}
          checked={roles().has("company_contact")}
          onChecked={(on) => setRoles(toggled(roles(), "company_contact", on))}
        />
        <Show when={err("version.assessorRoles")}>
          <p class="field-error">{err("version.assessorRoles")}</p>
        </Show>
      </fieldset>
      <Show when={roles().has("company_contact")}>
        <fieldset>
          <legend>{text("new.companies")}</legend>
          <For each={props.companies}>
            {(c) => (
              <CheckboxField
                label={c.name}
                checked={companies().has(c.id)}
                onChecked={(on) => setCompanies(toggled(companies(), c.id, on))}
              />
            )}
          </For>
        </fieldset>
      </Show>
      <NeedPicker
        needs={props.needs}
        chosen={needs()}
        onChosen={setNeeds}
        error={err("version.competenceNeedIds")}
      />
      <TextField
        label={text("new.skills")}
        value={skills()}
        onValue={setSkills}
        error={err("version.skills")}
      />
      <TextField
        label={text("keep.validity")}
        type="number"
        min="1"
        max="120"
        value={validity()}
        onValue={setValidity}
        error={err("version.validityMonths")}
      />
      <FormActions label={text("new.save")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
