import {
  Button,
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  useApi,
  usePluginApi,
} from "@polku/ui";
import { createResource, createSignal } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { situations } from "../situation.ts";
import { pluginId, usePluginText } from "./text.ts";

export interface Candidate {
  id: string;
  firstName: string;
  lastName: string;
  minor: boolean;
  expectedGraduation: string | null;
}

/**
 * The tutor's handover of one graduate: which workshop, the situation, and whose consent. A minor's
 * consent is a guardian's, so the form offers only that. Nothing typed is lost if the save fails.
 */
export function HandoverForm(props: {
  candidate: Candidate;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { text } = usePluginText();
  const api = useApi();
  const handovers = usePluginApi<HandoverRouter>(pluginId);
  const [workshops] = createResource(() => api.organisations.list.query({ kinds: ["workshop"] }));
  const [workshopId, setWorkshopId] = createSignal("");
  const [situation, setSituation] = createSignal<string>("no_job_no_study");
  const [consent, setConsent] = createSignal<string>(props.candidate.minor ? "guardian" : "student");
  const [graduationDate, setGraduationDate] = createSignal(props.candidate.expectedGraduation ?? "");
  const [note, setNote] = createSignal("");
  const name = () => `${props.candidate.firstName} ${props.candidate.lastName}`;
  const save = createSubmission(() =>
    handovers.create.mutate({
      studentId: props.candidate.id,
      workshopId: workshopId(),
      situation: situation() as (typeof situations)[number],
      consentGivenBy: consent() as "student" | "guardian",
      ...(graduationDate() ? { graduationDate: graduationDate() } : {}),
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
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
        onValue={setWorkshopId}
        placeholder={text("choose")}
        options={(workshops() ?? []).map((w) => ({ value: w.id, label: w.name }))}
        error={save.fieldError("workshopId")}
      />
      <SelectField
        label={text("form.situation")}
        required
        value={situation()}
        onValue={setSituation}
        options={situations.map((value) => ({ value, label: text(`situation.${value}`) }))}
        error={save.fieldError("situation")}
      />
      <SelectField
        label={text("form.consent")}
        hint={text("form.consent.hint")}
        required
        value={consent()}
        onValue={setConsent}
        options={consentOptions()}
        error={save.fieldError("consentGivenBy")}
      />
      <DateField
        label={text("form.graduationDate")}
        value={graduationDate()}
        onValue={setGraduationDate}
        error={save.fieldError("graduationDate")}
      />
      <TextAreaField label={text("form.note")} value={note()} onValue={setNote} maxLength={4000} />
      <FormActions label={text("form.submit")} pending={save.pending()} error={save.error()}>
        <Button variant="secondary" onClick={() => props.onCancel()}>
          {text("form.cancel")}
        </Button>
      </FormActions>
    </form>
  );
}
