import {
  type ApiErrorInfo,
  type ApiOutputs,
  Async,
  createLiveResource,
  createSubmission,
  FieldShell,
  FormActions,
  Page,
  StatusMessage,
  TextField,
  useApi,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useEarlyWarningText } from "./text.ts";
import "./early-warning.css";

type Config = ApiOutputs["earlyWarning"]["config"]["config"];

/** A number field's text as the API's number: an empty or non-numeric field is sent as NaN, which it names. */
const toNumber = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/** One rule's fieldset: a switch and its numbers. */
function RuleFieldset(props: {
  legend: string;
  enabled: boolean;
  onEnabled: (on: boolean) => void;
  children: JSX.Element;
}) {
  const { text } = useEarlyWarningText();
  return (
    <fieldset class="ew-rule">
      <legend>{props.legend}</legend>
      <FieldShell label={text("settings.enabled")} class="field-checkbox">
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={props.enabled}
            onChange={(e) => props.onEnabled(e.currentTarget.checked)}
          />
        )}
      </FieldShell>
      {props.children}
    </fieldset>
  );
}

function SettingsForm(props: { config: Config; saved: boolean }) {
  const { text } = useEarlyWarningText();
  const api = useApi();
  const c = props.config;
  const [absencesOn, setAbsencesOn] = createSignal(c.unexplainedAbsences.enabled);
  const [absenceDays, setAbsenceDays] = createSignal(String(c.unexplainedAbsences.days));
  const [absenceWindow, setAbsenceWindow] = createSignal(String(c.unexplainedAbsences.windowDays));
  const [progressOn, setProgressOn] = createSignal(c.noProgress.enabled);
  const [progressWeeks, setProgressWeeks] = createSignal(String(c.noProgress.weeks));
  const [coachingOn, setCoachingOn] = createSignal(c.missedCoaching.enabled);
  const [coachingSessions, setCoachingSessions] = createSignal(String(c.missedCoaching.sessions));
  const [coachingWindow, setCoachingWindow] = createSignal(String(c.missedCoaching.windowDays));
  const [done, setDone] = createSignal<string | null>(null);
  const save = createSubmission(() =>
    api.earlyWarning.setConfig.mutate({
      unexplainedAbsences: {
        enabled: absencesOn(),
        days: toNumber(absenceDays()),
        windowDays: toNumber(absenceWindow()),
      },
      noProgress: { enabled: progressOn(), weeks: toNumber(progressWeeks()) },
      missedCoaching: {
        enabled: coachingOn(),
        sessions: toNumber(coachingSessions()),
        windowDays: toNumber(coachingWindow()),
      },
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(null);
    if (await save.run()) setDone(text("settings.saved"));
  };
  /** The fields' labels by the API's field path, to word the server's complaints in the user's language. */
  const labels: Record<string, string> = {
    "unexplainedAbsences.days": `${text("rule.unexplained-absences")}: ${text("settings.absenceDays")}`,
    "unexplainedAbsences.windowDays": `${text("rule.unexplained-absences")}: ${text("settings.absenceWindow")}`,
    "noProgress.weeks": `${text("rule.no-progress")}: ${text("settings.progressWeeks")}`,
    "missedCoaching.sessions": `${text("rule.missed-coaching")}: ${text("settings.coachingSessions")}`,
    "missedCoaching.windowDays": `${text("rule.missed-coaching")}: ${text("settings.coachingWindow")}`,
  };
  /** Every number field has the same rule, so each complaint about one is worded the same way. */
  const fieldError = (field: string) => (save.fieldError(field) ? text("settings.numberError") : undefined);
  const error = (): ApiErrorInfo | null => {
    const info = save.error();
    if (!info) return null;
    const issues = info.issues.map((i) =>
      labels[i.path] ? { path: labels[i.path]!, message: text("settings.numberError") } : i,
    );
    return { ...info, issues };
  };
  const number = (
    label: string,
    field: string,
    value: () => string,
    onValue: (v: string) => void,
    hint?: string,
  ) => (
    <TextField
      label={label}
      hint={hint ?? text("settings.numberHint")}
      type="number"
      inputMode="numeric"
      min="1"
      max="365"
      step="1"
      required
      value={value()}
      onValue={onValue}
      error={fieldError(field)}
    />
  );
  return (
    <>
      <StatusMessage message={done()} />
      <Show when={!props.saved}>
        <p>{text("settings.defaults")}</p>
      </Show>
      <form class="form" aria-label={text("settings.form")} onSubmit={submit} novalidate>
        <RuleFieldset
          legend={text("rule.unexplained-absences")}
          enabled={absencesOn()}
          onEnabled={setAbsencesOn}
        >
          {number(
            text("settings.absenceDays"),
            "unexplainedAbsences.days",
            absenceDays,
            setAbsenceDays,
            text("settings.absenceDaysHint"),
          )}
          {number(
            text("settings.absenceWindow"),
            "unexplainedAbsences.windowDays",
            absenceWindow,
            setAbsenceWindow,
          )}
        </RuleFieldset>
        <RuleFieldset legend={text("rule.no-progress")} enabled={progressOn()} onEnabled={setProgressOn}>
          {number(
            text("settings.progressWeeks"),
            "noProgress.weeks",
            progressWeeks,
            setProgressWeeks,
            text("settings.progressWeeksHint"),
          )}
        </RuleFieldset>
        <RuleFieldset legend={text("rule.missed-coaching")} enabled={coachingOn()} onEnabled={setCoachingOn}>
          {number(
            text("settings.coachingSessions"),
            "missedCoaching.sessions",
            coachingSessions,
            setCoachingSessions,
          )}
          {number(
            text("settings.coachingWindow"),
            "missedCoaching.windowDays",
            coachingWindow,
            setCoachingWindow,
          )}
        </RuleFieldset>
        <FormActions label={text("settings.submit")} pending={save.pending()} error={error()} />
      </form>
    </>
  );
}

/** A manager's form for the provider's thresholds: each rule can be switched off or tuned. */
export default function SettingsPage() {
  const { text } = useEarlyWarningText();
  const api = useApi();
  const [current, { refetch }] = createLiveResource(() => api.earlyWarning.config.query());
  return (
    <Page title={text("settings.title")} intro={text("settings.intro")}>
      <p>
        <A href="/early-warning">{text("settings.back")}</A>
      </p>
      <Async resource={current} retry={() => void refetch()}>
        {(data) => <SettingsForm config={data.config} saved={data.saved} />}
      </Async>
    </Page>
  );
}
