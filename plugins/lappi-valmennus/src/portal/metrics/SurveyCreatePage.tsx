/**
 * A manager writes a short survey: title, audience, the days it is open, and 1–10 questions, each
 * answered on a 1–5 scale or in words. Nothing typed is lost if the save fails; each bad field shows
 * the server's words next to it.
 */
import { localDateIn } from "@polku/domain/days";
import { Button, createSubmission, DateField, FormActions, Page, SelectField, TextField } from "@polku/ui";
import { useNavigate } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { createStore, produce } from "solid-js/store";
import { base, useMetricsApi, useMetricsText } from "./shared.tsx";
import "./metrics.css";

type Kind = "scale" | "text";

const MAX_QUESTIONS = 10;

export default function SurveyCreatePage() {
  const { text } = useMetricsText();
  const api = useMetricsApi();
  const navigate = useNavigate();
  const today = localDateIn(new Date());
  const [title, setTitle] = createSignal("");
  const [audience, setAudience] = createSignal<"student" | "team">("student");
  const [opensOn, setOpensOn] = createSignal(today);
  const [closesOn, setClosesOn] = createSignal("");
  const [questions, setQuestions] = createStore<{ text: string; kind: Kind }[]>([
    { text: "", kind: "scale" },
  ]);
  const save = createSubmission(() =>
    api.surveys.create.mutate({
      title: title(),
      audience: audience(),
      opensOn: opensOn(),
      closesOn: closesOn(),
      questions: questions.map((q) => ({ text: q.text, kind: q.kind })),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) navigate(`${base}/surveys/manage?created=1`);
  };
  const add = () => {
    setQuestions(produce((list) => list.push({ text: "", kind: "scale" })));
    // Move to the new question, so a keyboard user goes on writing where they meant to.
    queueMicrotask(() => document.getElementById(`question-${questions.length - 1}`)?.focus());
  };
  const remove = (index: number) => {
    setQuestions((list) => list.filter((_, i) => i !== index));
    queueMicrotask(() => document.getElementById("survey-add-question")?.focus());
  };

  return (
    <Page title={text("metrics.create.title")}>
      <form class="form card" onSubmit={submit} aria-label={text("metrics.create.title")}>
        <TextField
          label={text("metrics.create.surveyTitle")}
          required
          maxLength={200}
          value={title()}
          onValue={setTitle}
          error={save.fieldError("title")}
        />
        <SelectField
          label={text("metrics.create.audience")}
          required
          value={audience()}
          onValue={(v) => setAudience(v === "team" ? "team" : "student")}
          options={[
            { value: "student", label: text("metrics.audience.student") },
            { value: "team", label: text("metrics.audience.team") },
          ]}
          error={save.fieldError("audience")}
        />
        <DateField
          label={text("metrics.create.opensOn")}
          required
          value={opensOn()}
          onValue={setOpensOn}
          error={save.fieldError("opensOn")}
        />
        <DateField
          label={text("metrics.create.closesOn")}
          required
          value={closesOn()}
          onValue={setClosesOn}
          error={save.fieldError("closesOn")}
        />
        <fieldset class="metrics-question" aria-describedby="survey-questions-hint">
          <legend>{text("metrics.create.questions")}</legend>
          <p id="survey-questions-hint" class="field-hint">
            {text("metrics.create.questions.hint")}
          </p>
          <Show when={save.fieldError("questions")}>
            <p class="field-error">{save.fieldError("questions")}</p>
          </Show>
          <For each={questions}>
            {(q, i) => (
              <div class="metrics-draft-question">
                <TextField
                  id={`question-${i()}`}
                  label={text("metrics.create.question", { n: i() + 1 })}
                  required
                  maxLength={300}
                  value={q.text}
                  onValue={(v) => setQuestions(i(), "text", v)}
                  error={save.fieldError(`questions.${i()}.text`)}
                />
                <SelectField
                  label={text("metrics.create.kind")}
                  value={q.kind}
                  onValue={(v) => setQuestions(i(), "kind", v === "text" ? "text" : "scale")}
                  options={[
                    { value: "scale", label: text("metrics.create.kind.scale") },
                    { value: "text", label: text("metrics.create.kind.text") },
                  ]}
                  error={save.fieldError(`questions.${i()}.kind`)}
                />
                <Show when={questions.length > 1}>
                  <Button variant="secondary" onClick={() => remove(i())}>
                    {text("metrics.create.remove", { n: i() + 1 })}
                  </Button>
                </Show>
              </div>
            )}
          </For>
          <Show when={questions.length < MAX_QUESTIONS}>
            <Button id="survey-add-question" variant="secondary" onClick={add}>
              {text("metrics.create.add")}
            </Button>
          </Show>
        </fieldset>
        <FormActions label={text("metrics.create.submit")} pending={save.pending()} error={save.error()}>
          <Button variant="secondary" onClick={() => navigate(`${base}/surveys/manage`)}>
            {text("metrics.create.cancel")}
          </Button>
        </FormActions>
      </form>
    </Page>
  );
}
