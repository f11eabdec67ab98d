import {
  ApiError,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  Section,
  SelectField,
  TextAreaField,
  useApi,
  usePluginApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

export interface TrialRow {
  id: string;
  companyName: string;
  startsOn: string;
  endsOn: string;
  goals: string;
  status: string;
  feedback: string | null;
  wouldHire: boolean | null;
}

/**
 * The coachee's work trials with the companies' feedback. The coach records a trial (which opens the
 * coachee to that company until the trial's last day) and ends one early, which ends the access too.
 */
export function TrialsSection(props: {
  handoverId: string;
  trials: readonly TrialRow[];
  canRecord: boolean;
  covered: boolean;
  onChange: (message: string) => void;
}) {
  const { text, formatDate } = usePluginText();
  const core = useApi();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [companies] = createLiveResource(
    () => props.canRecord && props.covered,
    () => core.organisations.list.query({ kinds: ["company"] }),
  );
  const [companyId, setCompanyId] = createSignal("");
  const [startsOn, setStartsOn] = createSignal("");
  const [endsOn, setEndsOn] = createSignal("");
  const [goals, setGoals] = createSignal("");
  const save = createSubmission(() =>
    api.trials.record.mutate({
      handoverId: props.handoverId,
      companyId: companyId(),
      startsOn: startsOn(),
      endsOn: endsOn(),
      goals: goals().trim(),
    }),
  );
  const ending = createSubmission((trialId: string) => api.trials.end.mutate({ trialId }));
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setCompanyId("");
      setGoals("");
      props.onChange(text("trials.saved"));
    }
  };
  const end = async (trialId: string) => {
    if (await ending.run(trialId)) props.onChange(text("trials.ended.done"));
  };
  return (
    <Section title={text("trials.title")}>
      <Show when={ending.error()}>{(error) => <ApiError error={error()} />}</Show>
      <DataTable
        caption={text("trials.caption")}
        hideCaption
        empty={text("trials.empty")}
        rows={[...props.trials]}
        columns={[
          { header: text("trials.company"), rowHeader: true, cell: (t) => t.companyName },
          {
            header: text("trials.period"),
            cell: (t) => `${formatDate(t.startsOn)}–${formatDate(t.endsOn)}`,
          },
          { header: text("trials.goals"), cell: (t) => t.goals },
          {
            header: text("trials.feedback"),
            cell: (t) =>
              t.feedback
                ? // A box left unticked says nothing of hiring: only the company's yes is shown.
                  `${t.feedback}${t.wouldHire ? ` (${text("trials.wouldHire")}: ${text("yes")})` : ""}`
                : text("trials.noFeedback"),
          },
          {
            header: text("trials.status"),
            cell: (t) =>
              t.status === "active" && props.canRecord ? (
                <Button variant="secondary" onClick={() => void end(t.id)}>
                  {text("trials.end")}
                  <span class="visually-hidden">: {t.companyName}</span>
                </Button>
              ) : (
                text(t.status === "active" ? "trials.active" : "trials.ended")
              ),
          },
        ]}
      />
      <Show when={props.canRecord && !props.covered}>
        <p>{text("trials.notCovered")}</p>
      </Show>
      <Show when={props.canRecord && props.covered}>
        <form class="form card" onSubmit={submit} aria-labelledby="trial-form-title">
          <h3 id="trial-form-title">{text("trials.new")}</h3>
          <SelectField
            label={text("trials.company")}
            required
            value={companyId()}
            onValue={setCompanyId}
            placeholder={text("choose")}
            options={(companies() ?? []).map((c) => ({ value: c.id, label: c.name }))}
            error={save.fieldError("companyId")}
          />
          <DateField
            label={text("trials.startsOn")}
            required
            value={startsOn()}
            onValue={setStartsOn}
            error={save.fieldError("startsOn")}
          />
          <DateField
            label={text("trials.endsOn")}
            required
            value={endsOn()}
            onValue={setEndsOn}
            error={save.fieldError("endsOn")}
          />
          <TextAreaField label={text("trials.goals")} value={goals()} onValue={setGoals} maxLength={2000} />
          <FormActions label={text("trials.submit")} pending={save.pending()} error={save.error()} />
        </form>
      </Show>
    </Section>
  );
}
