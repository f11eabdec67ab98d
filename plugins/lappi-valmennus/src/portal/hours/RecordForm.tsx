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
import type { Activity } from "../../hours/rules.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { parseDecimal, useHoursText } from "./labels.ts";

/** A member records hours of work done (today or before) for one activity. */
export function RecordForm(props: { today: string; onSaved: () => void }) {
  const { text, activityOptions } = useHoursText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [workedOn, setWorkedOn] = createSignal(props.today);
  const [hours, setHours] = createSignal("");
  const [activity, setActivity] = createSignal("");
  const [note, setNote] = createSignal("");
  const save = createSubmission(() =>
    api.hours.record.mutate({
      workedOn: workedOn(),
      // Sent even when not a number: the server then names the field, next to which the error shows.
      hours: parseDecimal(hours()),
      activity: activity() as Activity,
      ...(note().trim() ? { note: note().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setHours("");
      setNote("");
      props.onSaved();
    }
  };
  return (
    <form class="form card" onSubmit={submit} aria-labelledby="hours-form-title">
      <h2 id="hours-form-title">{text("hours.form.title")}</h2>
      <DateField
        label={text("hours.form.workedOn")}
        required
        max={props.today}
        value={workedOn()}
        onValue={setWorkedOn}
        error={save.fieldError("workedOn")}
      />
      <TextField
        label={text("hours.form.hours")}
        hint={text("hours.form.hoursHint")}
        required
        inputMode="decimal"
        value={hours()}
        onValue={setHours}
        error={save.fieldError("hours")}
      />
      <SelectField
        label={text("hours.form.activity")}
        required
        value={activity()}
        onValue={setActivity}
        placeholder={text("hours.form.activity")}
        options={activityOptions()}
        error={save.fieldError("activity")}
      />
      <TextAreaField
        label={text("hours.form.note")}
        hint={text("hours.form.noteHint")}
        value={note()}
        onValue={setNote}
        maxLength={4000}
        error={save.fieldError("note")}
      />
      <FormActions label={text("hours.form.submit")} pending={save.pending()} error={save.error()} />
    </form>
  );
}
