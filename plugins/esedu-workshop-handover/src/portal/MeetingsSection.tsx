import {
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  Section,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/** Meetings with the coachee (Helsinki time); they appear in the workshop's calendar feed. */
export function MeetingsSection(props: {
  handoverId: string;
  meetings: readonly { id: string; title: string; startsAt: string | Date; place: string | null }[];
  canRecord: boolean;
  onSaved: () => void;
}) {
  const { text, formatDateTime } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [title, setTitle] = createSignal("");
  const [date, setDate] = createSignal("");
  const [time, setTime] = createSignal("10:00");
  const [minutes, setMinutes] = createSignal("60");
  const [place, setPlace] = createSignal("");
  const save = createSubmission(() =>
    api.calendar.recordMeeting.mutate({
      handoverId: props.handoverId,
      title: title().trim(),
      startsAt: `${date()}T${time()}`,
      minutes: Number(minutes()),
      ...(place().trim() ? { place: place().trim() } : {}),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setTitle("");
      props.onSaved();
    }
  };
  return (
    <Section title={text("meetings.title")}>
      <DataTable
        caption={text("meetings.title")}
        hideCaption
        empty={text("meetings.empty")}
        rows={[...props.meetings]}
        columns={[
          { header: text("meetings.name"), rowHeader: true, cell: (m) => m.title },
          { header: text("meetings.when"), cell: (m) => formatDateTime(m.startsAt) },
          { header: text("meetings.place"), cell: (m) => m.place ?? "–" },
        ]}
      />
      <Show when={props.canRecord}>
        <form class="form card" onSubmit={submit} aria-labelledby="meeting-form-title">
          <h3 id="meeting-form-title">{text("meetings.new")}</h3>
          <TextField
            label={text("meetings.name")}
            required
            value={title()}
            onValue={setTitle}
            error={save.fieldError("title")}
          />
          <DateField
            label={text("meetings.date")}
            required
            value={date()}
            onValue={setDate}
            error={save.fieldError("startsAt")}
          />
          <TextField label={text("meetings.time")} type="time" required value={time()} onValue={setTime} />
          <TextField
            label={text("meetings.minutes")}
            inputMode="numeric"
            required
            value={minutes()}
            onValue={setMinutes}
            error={save.fieldError("minutes")}
          />
          <TextField
            label={text("meetings.place")}
            value={place()}
            onValue={setPlace}
            error={save.fieldError("place")}
          />
          <FormActions label={text("meetings.submit")} pending={save.pending()} error={save.error()} />
        </form>
      </Show>
    </Section>
  );
}
