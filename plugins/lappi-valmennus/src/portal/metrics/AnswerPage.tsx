/**
 * Answering a survey: each scale question is a group of five radio buttons in a fieldset whose legend
 * is the question (so a screen reader reads the question with each choice), each text question a text
 * area. The page says the answer is anonymous, and what is kept so that each person answers once.
 * Each choice is a large target (the whole label, 44 px high), easy to hit on a phone.
 */
import {
  Async,
  createLiveResource,
  createSubmission,
  FormActions,
  loadedValue,
  Page,
  StatusMessage,
  TextAreaField,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, For, Match, Show, Switch } from "solid-js";
import { createStore } from "solid-js/store";
import { base, useMetricsApi, useMetricsText } from "./shared.tsx";
import "./metrics.css";

const scale = [1, 2, 3, 4, 5] as const;

export default function AnswerPage() {
  const { text, t, formatDate } = useMetricsText();
  const api = useMetricsApi();
  const params = useParams<{ surveyId: string }>();
  const [survey, { refetch }] = createLiveResource(
    () => params.surveyId,
    (surveyId) => api.surveys.forAnswer.query({ surveyId }),
  );
  const [answers, setAnswers] = createStore<Record<string, number | string>>({});
  const [sent, setSent] = createSignal(false);
  const send = createSubmission(() =>
    api.surveys.answer.mutate({ surveyId: params.surveyId, answers: { ...answers } }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await send.run()) setSent(true);
  };
  const title = () => loadedValue(survey)?.title ?? text("metrics.answer.listTitle");

  return (
    <Page title={title()}>
      <p>
        <A href={`${base}/surveys`}>{text("metrics.answer.back")}</A>
      </p>
      <StatusMessage message={sent() ? text("metrics.answer.thanks") : null} />
      <Async resource={survey} retry={refetch}>
        {(s) => (
          <Switch>
            <Match when={sent()}>{null}</Match>
            <Match when={s.answered}>
              <p>{text("metrics.answer.already")}</p>
            </Match>
            <Match when={s.status !== "open"}>
              <p>
                {text("metrics.answer.notOpen", { from: formatDate(s.opensOn), to: formatDate(s.closesOn) })}
              </p>
            </Match>
            <Match when={true}>
              {/* noValidate: the browser's own bubble speaks the browser's language and names one field;
                  the server's check names every unanswered question in the person's language. */}
              <form class="form card" onSubmit={submit} aria-label={s.title} noValidate>
                <p>{text("metrics.answer.anonymous")}</p>
                <For each={s.questions}>
                  {(q) => (
                    <Show
                      when={q.kind === "scale"}
                      fallback={
                        <TextAreaField
                          label={`${q.text} (${text("metrics.answer.optional")})`}
                          value={typeof answers[q.id] === "string" ? (answers[q.id] as string) : ""}
                          onValue={(v) => setAnswers(q.id, v)}
                          maxLength={2000}
                          error={send.fieldError(`answers.${q.id}`)}
                        />
                      }
                    >
                      <fieldset
                        class="metrics-question"
                        aria-describedby={
                          send.fieldError(`answers.${q.id}`) ? `answer-${q.id}-error` : undefined
                        }
                      >
                        <legend>
                          {q.text} <span class="field-required">({t("form.required")})</span>
                        </legend>
                        <div class="metrics-scale">
                          <For each={scale}>
                            {(value) => (
                              <label>
                                <input
                                  type="radio"
                                  name={`answer-${q.id}`}
                                  value={value}
                                  required
                                  checked={answers[q.id] === value}
                                  onChange={() => setAnswers(q.id, value)}
                                />
                                {text(`metrics.answer.scale.${value}`)}
                              </label>
                            )}
                          </For>
                        </div>
                        <Show when={send.fieldError(`answers.${q.id}`)}>
                          <p id={`answer-${q.id}-error`} class="field-error">
                            {send.fieldError(`answers.${q.id}`)}
                          </p>
                        </Show>
                      </fieldset>
                    </Show>
                  )}
                </For>
                <FormActions
                  label={text("metrics.answer.submit")}
                  pending={send.pending()}
                  error={send.error()}
                />
              </form>
            </Match>
          </Switch>
        )}
      </Async>
    </Page>
  );
}
