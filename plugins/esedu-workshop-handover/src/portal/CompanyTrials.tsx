import {
  Async,
  CheckboxField,
  createLiveResource,
  createSubmission,
  DetailList,
  FormActions,
  Page,
  Section,
  StatusMessage,
  TextAreaField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { CalendarFeeds } from "./CalendarFeeds.tsx";
import { pluginId, usePluginText } from "./text.ts";

type Trial = Awaited<
  ReturnType<ReturnType<typeof usePluginApi<HandoverRouter>>["trials"]["forCompany"]["query"]>
>[number];

/** The company contact's page: the coachees on a work trial with it now, and its feedback on each. */
export default function CompanyTrials() {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [trials, { refetch }] = createLiveResource(() => api.trials.forCompany.query());
  const [message, setMessage] = createSignal<string | null>(null);
  return (
    <Page title={text("company.title")} intro={text("company.intro")}>
      <StatusMessage message={message()} />
      <Async resource={trials} retry={refetch}>
        {(rows) => (
          <>
            {rows.length === 0 && <p>{text("trials.empty")}</p>}
            <For each={rows}>
              {(t) => (
                <TrialFeedback
                  trial={t}
                  onSaved={() => {
                    setMessage(text("company.saved"));
                  }}
                />
              )}
            </For>
          </>
        )}
      </Async>
      <CalendarFeeds />
    </Page>
  );
}

function TrialFeedback(props: { trial: Trial; onSaved: () => void }) {
  const { text, formatDate } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [feedback, setFeedback] = createSignal(props.trial.feedback ?? "");
  const [wouldHire, setWouldHire] = createSignal(props.trial.wouldHire ?? false);
  const save = createSubmission(() =>
    api.trials.giveFeedback.mutate({
      trialId: props.trial.id,
      feedback: feedback().trim(),
      wouldHire: wouldHire(),
    }),
  );
  const name = () => `${props.trial.firstName} ${props.trial.lastName}`;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onSaved();
  };
  return (
    <Section title={name()}>
      <DetailList
        items={[
          { label: text("company.workshop"), value: props.trial.workshopName },
          {
            label: text("trials.period"),
            value: `${formatDate(props.trial.startsOn)}–${formatDate(props.trial.endsOn)}`,
          },
          { label: text("trials.goals"), value: props.trial.goals },
        ]}
      />
      <form class="form card" onSubmit={submit} aria-label={`${text("company.feedback")}: ${name()}`}>
        <TextAreaField
          label={text("company.feedback")}
          value={feedback()}
          onValue={setFeedback}
          maxLength={4000}
          error={save.fieldError("feedback")}
        />
        <CheckboxField label={text("company.wouldHire")} checked={wouldHire()} onChecked={setWouldHire} />
        <FormActions label={text("company.submit")} pending={save.pending()} error={save.error()} />
      </form>
    </Section>
  );
}
