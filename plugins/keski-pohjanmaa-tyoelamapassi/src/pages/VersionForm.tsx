import { createSubmission, FormActions, TextAreaField, TextField, usePluginApi } from "@polku/ui";
import { createSignal } from "solid-js";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { NeedPicker, type OpenNeed } from "./NeedPicker.tsx";
import { pluginId } from "./words.ts";

type Catalogue = Awaited<
  ReturnType<ReturnType<typeof usePluginApi<PluginRouter>>["catalogue"]["list"]["query"]>
>;

/**
 * A catalogue keeper writes a new version of a badge (its Finnish words, goals one a line, validity):
 * learners who chose an earlier version keep it. The other languages and the assessors carry over; the
 * competence needs it answers start as the current version's still-open ones.
 */
export function VersionForm(props: {
  badge: Catalogue[number];
  openNeeds: readonly OpenNeed[];
  onSaved: () => void;
}) {
  const { text } = usePluginText();
  const api = usePluginApi<PluginRouter>(pluginId);
  const b = props.badge;
  const [name, setName] = createSignal(b.name.fi);
  const [description, setDescription] = createSignal(b.description.fi);
  const [criteria, setCriteria] = createSignal(b.criteria.fi);
  const [goals, setGoals] = createSignal(b.learningGoals.map((g) => g.fi).join("\n"));
  const [evidence, setEvidence] = createSignal(b.evidence.fi);
  const [needs, setNeeds] = createSignal<ReadonlySet<string>>(
    new Set(b.competenceNeeds.filter((n) => n.status === "open").map((n) => n.id)),
  );
  const [validity, setValidity] = createSignal(b.validityMonths ? String(b.validityMonths) : "");
  const save = createSubmission(() =>
    api.catalogue.addVersion.mutate({
      badgeClassId: b.badgeClassId,
      version: {
        name: { ...b.name, fi: name() },
        description: { ...b.description, fi: description() },
        criteria: { fi: criteria() },
        learningGoals: goals()
          .split("\n")
          .map((g) => g.trim())
          .filter(Boolean)
          .map((fi) => ({ fi })),
        evidence: { ...b.evidence, fi: evidence() },
        assessorRoles: [...(b.assessorRoles as ("teacher" | "company_contact")[])],
        assessorOrganisations: [...b.assessorOrganisations],
        ...(b.competenceNeed ? { competenceNeed: b.competenceNeed } : {}),
        competenceNeedIds: [...needs()],
        skills: [...b.skills],
        ...(validity() ? { validityMonths: Number(validity()) } : {}),
      },
    }),
  );
  return (
    <form
      class="form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run()) props.onSaved();
      }}
    >
      <TextField
        label={text("keep.name")}
        value={name()}
        onValue={setName}
        error={save.fieldError("version.name.fi")}
      />
      <TextAreaField
        label={text("keep.description")}
        value={description()}
        onValue={setDescription}
        maxLength={4000}
      />
      <TextAreaField
        label={text("keep.criteria")}
        value={criteria()}
        onValue={setCriteria}
        maxLength={4000}
      />
      <TextAreaField label={text("keep.goals")} value={goals()} onValue={setGoals} rows={4} />
      <TextAreaField
        label={text("keep.evidence")}
        value={evidence()}
        onValue={setEvidence}
        maxLength={4000}
      />
      <NeedPicker
        needs={props.openNeeds}
        chosen={needs()}
        onChosen={setNeeds}
        error={save.fieldError("version.competenceNeedIds")}
      />
      <TextField
        label={text("keep.validity")}
        type="number"
        min="1"
        max="120"
        value={validity()}
        onValue={setValidity}
        error={save.fieldError("version.validityMonths")}
      />
      <FormActions label={text("keep.save")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
