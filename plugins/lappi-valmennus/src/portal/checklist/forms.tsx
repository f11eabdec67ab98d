/**
 * The staff's forms on a student's checklist: a manual task done (with a note such as the initial
 * situation), a screening result, and the day the results were gone through with the student. Each
 * shows the server's refusal next to the field it names, and keeps what was typed when it fails.
 */
import { localDateIn } from "@polku/domain";
import {
  createSubmission,
  DateField,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal } from "solid-js";
import {
  type ManualTask,
  manualTasks,
  type ScreeningKind,
  type ScreeningResult,
  screeningKinds,
  screeningResults,
} from "../../checklist/tasks.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { useChecklistText } from "./labels.ts";

const today = () => localDateIn(new Date());

export function TaskForm(props: {
  studentId: string;
  /** The notes already recorded, so choosing a task shows its note for editing. */
  notes: ReadonlyMap<string, string | null>;
  onSaved: (task: ManualTask) => void;
}) {
  const { text, itemLabel } = useChecklistText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [task, setTask] = createSignal("");
  const [doneOn, setDoneOn] = createSignal(today());
  const [note, setNote] = createSignal("");
  const choose = (value: string) => {
    setTask(value);
    setNote(props.notes.get(value) ?? "");
  };
  const save = createSubmission(() =>
    api.checklist.recordTask.mutate({
      studentId: props.studentId,
      task: task() as ManualTask,
      doneOn: doneOn(),
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const saved = await save.run();
    if (!saved) return;
    setTask("");
    setNote("");
    setDoneOn(today());
    props.onSaved(saved.task);
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="checklist-task-title">
      <h3 id="checklist-task-title">{text("checklist.task.title")}</h3>
      <p class="field-hint">{text("checklist.privacy")}</p>
      <SelectField
        label={text("checklist.task.task")}
        required
        value={task()}
        onValue={choose}
        placeholder={text("checklist.choose")}
        options={manualTasks.map((value) => ({ value, label: itemLabel(value) }))}
        error={save.fieldError("task")}
      />
      <DateField
        label={text("checklist.task.doneOn")}
        required
        value={doneOn()}
        onValue={setDoneOn}
        error={save.fieldError("doneOn")}
      />
      <TextAreaField
        label={text("checklist.task.note")}
        hint={text("checklist.task.noteHint")}
        value={note()}
        onValue={setNote}
        maxLength={4000}
        rows={4}
        error={save.fieldError("note")}
      />
      <FormActions label={text("checklist.task.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}

export function ScreeningForm(props: { studentId: string; onSaved: () => void }) {
  const { text, kindLabel, resultLabel } = useChecklistText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [kind, setKind] = createSignal("");
  const [takenOn, setTakenOn] = createSignal(today());
  const [result, setResult] = createSignal("");
  const [score, setScore] = createSignal("");
  const [note, setNote] = createSignal("");
  const save = createSubmission(() =>
    api.checklist.recordScreening.mutate({
      studentId: props.studentId,
      kind: kind() as ScreeningKind,
      takenOn: takenOn(),
      result: result() as ScreeningResult,
      // A score that is not a number is sent as it is, so the server names the field.
      ...(score().trim() ? { score: Number(score().trim()) } : {}),
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!(await save.run())) return;
    setKind("");
    setResult("");
    setScore("");
    setNote("");
    props.onSaved();
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="checklist-screening-title">
      <h3 id="checklist-screening-title">{text("checklist.screening.formTitle")}</h3>
      <SelectField
        label={text("checklist.screening.kind")}
        required
        value={kind()}
        onValue={setKind}
        placeholder={text("checklist.choose")}
        options={screeningKinds.map((value) => ({ value, label: kindLabel(value) }))}
        error={save.fieldError("kind")}
      />
      <DateField
        label={text("checklist.screening.takenOn")}
        required
        value={takenOn()}
        onValue={setTakenOn}
        error={save.fieldError("takenOn")}
      />
      <SelectField
        label={text("checklist.screening.result")}
        required
        value={result()}
        onValue={setResult}
        placeholder={text("checklist.choose")}
        options={screeningResults.map((value) => ({ value, label: resultLabel(value) }))}
        error={save.fieldError("result")}
      />
      <TextField
        label={text("checklist.screening.score")}
        type="number"
        inputmode="numeric"
        min={0}
        max={1000}
        value={score()}
        onValue={setScore}
        error={save.fieldError("score")}
      />
      <TextAreaField
        label={text("checklist.screening.note")}
        value={note()}
        onValue={setNote}
        maxLength={4000}
        error={save.fieldError("note")}
      />
      <FormActions label={text("checklist.screening.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}

export function ReviewForm(props: { studentId: string; onSaved: () => void }) {
  const { text, kindLabel } = useChecklistText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [kind, setKind] = createSignal("");
  const [reviewedOn, setReviewedOn] = createSignal(today());
  const save = createSubmission(() =>
    api.checklist.markScreeningReviewed.mutate({
      studentId: props.studentId,
      reviewedOn: reviewedOn(),
      ...(kind() ? { kind: kind() as ScreeningKind } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) props.onSaved();
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="checklist-review-title">
      <h3 id="checklist-review-title">{text("checklist.review.title")}</h3>
      <SelectField
        label={text("checklist.review.kind")}
        value={kind()}
        onValue={setKind}
        placeholder={text("checklist.review.all")}
        options={screeningKinds.map((value) => ({ value, label: kindLabel(value) }))}
        error={save.fieldError("kind")}
      />
      <DateField
        label={text("checklist.review.date")}
        required
        value={reviewedOn()}
        onValue={setReviewedOn}
        error={save.fieldError("reviewedOn")}
      />
      <FormActions label={text("checklist.review.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
