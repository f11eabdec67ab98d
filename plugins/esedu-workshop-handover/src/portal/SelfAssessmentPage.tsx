import {
  Async,
  createLiveResource,
  createSubmission,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { assessmentAreas } from "../self-assessment-areas.ts";
import { pluginId, usePluginText } from "./text.ts";

type Area = (typeof assessmentAreas)[number];

/** The coachee's anonymous self-assessment at the end of the workshop period. */
export default function SelfAssessmentPage() {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [mine, { refetch }] = createLiveResource(() => api.selfAssessment.mine.query());
  const [message, setMessage] = createSignal<string | null>(null);
  return (
    <Page title={text("sa.title")} intro={text("sa.intro")}>
      <StatusMessage message={message()} />
      <Async resource={mine} retry={refetch}>
        {(rows) => (
          <>
            <Show when={rows.length === 0}>
              <p>{text("sa.empty")}</p>
            </Show>
            <For each={rows}>
              {(h) => (
                <Section title={text("sa.workshop", { name: h.workshopName })}>
                  <Show when={!h.answered} fallback={<p>{text("sa.answered")}</p>}>
                    <AnswerForm
                      handoverId={h.id}
                      onSaved={() => {
                        setMessage(text("sa.saved"));
                      }}
                    />
                  </Show>
                </Section>
              )}
            </For>
          </>
        )}
      </Async>
    </Page>
  );
}

function AnswerForm(props: { handoverId: string; onSaved: () => void }) {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [scores, setScores] = createSignal<Partial<Record<Area, string>>>({});
  const save = createSubmission(() => {
    const s = scores();
    const n = (a: Area) => Number(s[a] ?? 0);
    return api.selfAssessment.answer.mutate({
      handoverId: props.handoverId,
      selfKnowledge: n("selfKnowledge"),
      socialSkills: n("socialSkills"),
      everydayLife: n("everydayLife"),
      studyWorkReadiness: n("studyWorkReadiness"),
      lifeManagement: n("lifeManagement"),
    });
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onSaved();
  };
  return (
    <form class="form card" onSubmit={submit} aria-label={text("sa.title")}>
      <p>{text("sa.scale")}</p>
      <For each={assessmentAreas}>
        {(area) => (
          <SelectField
            label={text(`sa.area.${area}`)}
            required
            value={scores()[area] ?? ""}
            onValue={(v) => setScores((all) => ({ ...all, [area]: v }))}
            placeholder={text("choose")}
            options={["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }))}
            error={save.fieldError(area)}
          />
        )}
      </For>
      <FormActions label={text("sa.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
