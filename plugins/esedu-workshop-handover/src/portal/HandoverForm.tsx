import {
  Button,
  CheckboxField,
  createLiveResource,
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  useApi,
  usePluginApi,
} from "@polku/ui";
import { createEffect, createSignal, For, Show } from "solid-js";
import { type PacketPart, packetParts } from "../packet.ts";
import type { HandoverRouter } from "../router.ts";
import { situations } from "../situation.ts";
import { createFieldErrors } from "./field-errors.ts";
import { pluginId, usePluginText } from "./text.ts";

export interface Candidate {
  id: string;
  firstName: string;
  lastName: string;
  minor: boolean;
  expectedGraduation: string | null;
}

/**
 * The tutor's handover of one graduate: which workshop and service agreement, the situation, whose
 * consent and what it covers, and the packet parts it covers. A minor's consent is a guardian's, so the
 * form offers only that. Nothing typed is lost if the save fails.
 */
export function HandoverForm(props: {
  candidate: Candidate;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { text } = usePluginText();
  const api = useApi();
  const handovers = usePluginApi<HandoverRouter>(pluginId);
  const [workshops] = createLiveResource(() => api.organisations.list.query({ kinds: ["workshop"] }));
  const [workshopId, setWorkshopId] = createSignal("");
  const [situation, setSituation] = createSignal<string>("no_job_no_study");
  const [consent, setConsent] = createSignal<string>(props.candidate.minor ? "guardian" : "student");
  const [graduationDate, setGraduationDate] = createSignal(props.candidate.expectedGraduation ?? "");
  const [note, setNote] = createSignal("");
  const [agreementId, setAgreementId] = createSignal("");
  const [covers, setCovers] = createSignal<readonly PacketPart[]>([]);
  const [careerGoals, setCareerGoals] = createSignal("");
  const [support, setSupport] = createSignal("");
  const [agreements] = createLiveResource(() => handovers.agreements.list.query({ inForce: true }));
  const [plan] = createLiveResource(
    () => props.candidate.id,
    (studentId) => handovers.plans.forStudent.query({ studentId }),
  );
  // Only a loaded plan is shown: a failed read must not take the form down with it.
  const planNow = () => (plan.state === "ready" ? plan() : null);
  const agreementsOfWorkshop = () => (agreements() ?? []).filter((a) => a.workshopId === workshopId());
  // One agreement in force with the chosen workshop is the one the handover refers to.
  createEffect(() => {
    const options = agreementsOfWorkshop();
    if (options.length === 1) setAgreementId(options[0]!.id);
    else if (!options.some((a) => a.id === agreementId())) setAgreementId("");
  });
  const covered = (part: PacketPart) => covers().includes(part);
  const toggle = (part: PacketPart, on: boolean) =>
    setCovers((all) => (on ? [...all.filter((p) => p !== part), part] : all.filter((p) => p !== part)));
  const name = () => `${props.candidate.firstName} ${props.candidate.lastName}`;
  const save = createSubmission(() =>
    handovers.create.mutate({
      studentId: props.candidate.id,
      workshopId: workshopId(),
      situation: situation() as (typeof situations)[number],
      consentGivenBy: consent() as "student" | "guardian",
      agreementId: agreementId(),
      consentCovers: [...covers()],
      ...(graduationDate() ? { graduationDate: graduationDate() } : {}),
      // Only what the consent covers is sent at all.
      ...(covered("career_goals") && careerGoals().trim() ? { careerGoals: careerGoals().trim() } : {}),
      ...(covered("support") && support().trim() ? { supportThatWorked: support().trim() } : {}),
      ...(covered("tutor_notes") && note().trim() ? { note: note().trim() } : {}),
    }),
  );
  const fields = createFieldErrors(save);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    fields.reset();
    if (await save.run()) props.onDone(name());
  };
  const consentOptions = () =>
    (props.candidate.minor ? ["guardian"] : ["student", "guardian"]).map((value) => ({
      value,
      label: text(`consent.${value}` as "consent.student"),
    }));
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="handover-form-title">
      <h3 id="handover-form-title">{text("form.title", { name: name() })}</h3>
      <SelectField
        label={text("form.workshop")}
        required
        value={workshopId()}
        onValue={fields.onChange("workshopId", setWorkshopId)}
        placeholder={text("choose")}
        options={(workshops() ?? []).map((w) => ({ value: w.id, label: w.name }))}
        error={fields.error("workshopId")}
      />
      <SelectField
        label={text("form.agreement")}
        required
        value={agreementId()}
        onValue={fields.onChange("agreementId", setAgreementId)}
        placeholder={text("choose")}
        options={agreementsOfWorkshop().map((a) => ({ value: a.id, label: a.title }))}
        error={fields.error("agreementId")}
      />
      <SelectField
        label={text("form.situation")}
        required
        value={situation()}
        onValue={fields.onChange("situation", setSituation)}
        options={situations.map((value) => ({ value, label: text(`situation.${value}`) }))}
        error={fields.error("situation")}
      />
      <SelectField
        label={text("form.consent")}
        hint={text("form.consent.hint")}
        required
        value={consent()}
        onValue={fields.onChange("consentGivenBy", setConsent)}
        options={consentOptions()}
        error={fields.error("consentGivenBy")}
      />
      <DateField
        label={text("form.graduationDate")}
        value={graduationDate()}
        onValue={fields.onChange("graduationDate", setGraduationDate)}
        error={fields.error("graduationDate")}
      />
      <fieldset class="field">
        <legend>{text("form.covers")}</legend>
        <p class="hint">{text("form.covers.hint")}</p>
        <For each={packetParts}>
          {(part) => (
            <CheckboxField
              label={text(`cover.${part}`)}
              checked={covered(part)}
              onChecked={(on) => toggle(part, on)}
            />
          )}
        </For>
      </fieldset>
      <Show when={covered("career_goals")}>
        <TextAreaField
          label={text("form.careerGoals")}
          value={careerGoals()}
          onValue={setCareerGoals}
          maxLength={4000}
        />
        {/* The plan made with the student before graduation goes with the career goals as it is. */}
        <p class="hint">
          {planNow()
            ? text("form.planGoes", {
                plan: `${text(`path.${planNow()!.path}` as "path.other")}: ${planNow()!.goal}`,
              })
            : text("packet.noPlan")}
        </p>
      </Show>
      <Show when={covered("support")}>
        <TextAreaField label={text("form.support")} value={support()} onValue={setSupport} maxLength={4000} />
      </Show>
      <Show when={covered("tutor_notes")}>
        <TextAreaField label={text("form.note")} value={note()} onValue={setNote} maxLength={4000} />
      </Show>
      <FormActions label={text("form.submit")} pending={save.pending()} error={save.error()}>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {text("form.cancel")}
        </Button>
      </FormActions>
    </form>
  );
}
