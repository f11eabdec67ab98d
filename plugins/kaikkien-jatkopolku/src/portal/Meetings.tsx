import {
  Async,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  SelectField,
  StatusMessage,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { CancelMeeting } from "./CancelMeeting.tsx";

interface Props {
  trainingId: string;
  partners: readonly { id: string; name: string }[];
  learners: readonly { id: string; firstName: string; lastName: string }[];
  canBook: boolean;
}

/** A training's meetings with its partners, and the booking form (the clock times are Helsinki's). */
export function Meetings(props: Props) {
  const { text, formatDateTime } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [list, { refetch }] = createLiveResource(
    () => props.trainingId,
    (trainingId) => plugin.meetings.list.query({ trainingId }),
  );
  const [partnerId, setPartnerId] = createSignal("");
  const [learnerId, setLearnerId] = createSignal("");
  const [title, setTitle] = createSignal("");
  const [place, setPlace] = createSignal("");
  const [date, setDate] = createSignal("");
  const [startTime, setStartTime] = createSignal("");
  const [endTime, setEndTime] = createSignal("");
  const [message, setMessage] = createSignal<string | null>(null);
  const book = createSubmission(() =>
    plugin.meetings.book.mutate({
      trainingPartnerId: partnerId(),
      learnerId: learnerId() || undefined,
      title: title(),
      place: place(),
      date: date(),
      startTime: startTime(),
      endTime: endTime(),
    }),
  );
  const partnerName = (id: string) => props.partners.find((p) => p.id === id)?.name ?? "";
  type Row = NonNullable<ReturnType<typeof list>>[number];
  return (
    <>
      <StatusMessage message={message()} />
      <Async resource={list} retry={() => void refetch()}>
        {(rows) => (
          <DataTable<Row>
            caption={text("meetings.title")}
            hideCaption
            rows={rows}
            empty={text("meetings.empty")}
            columns={[
              {
                header: text("meetings.when"),
                rowHeader: true,
                cell: (m) =>
                  `${formatDateTime(String(m.startsAt))}–${formatDateTime(String(m.endsAt)).split(" ").at(-1)}`,
              },
              { header: text("meetings.subject"), cell: (m) => m.title },
              { header: text("meetings.partner"), cell: (m) => partnerName(m.trainingPartnerId) },
              { header: text("meetings.place"), cell: (m) => m.place || "–" },
              {
                header: text("meetings.status"),
                cell: (m) =>
                  m.cancelledAt
                    ? [
                        text("meetings.cancelledBy", {
                          date: formatDateTime(String(m.cancelledAt)),
                          name: m.cancelledByName ?? "–",
                        }),
                        m.cancelReason,
                      ]
                        .filter(Boolean)
                        .join(": ")
                    : text("meetings.active"),
              },
            ]}
          />
        )}
      </Async>
      <Show when={props.canBook}>
        <CancelMeeting
          meetings={(list() ?? []).filter((m) => !m.cancelledAt)}
          label={(m) =>
            `${formatDateTime(String(m.startsAt))} ${m.title} (${partnerName(m.trainingPartnerId)})`
          }
          onCancelled={() => {
            setMessage(text("meetings.cancelDone"));
          }}
        />
      </Show>
      <Show when={props.canBook && props.partners.length > 0}>
        <form
          class="form"
          aria-label={text("meetings.book")}
          onSubmit={async (e) => {
            e.preventDefault();
            // The last booking's "booked" must not stand beside this one's error.
            setMessage(null);
            if (await book.run()) {
              setTitle("");
              setMessage(text("meetings.booked"));
            }
          }}
        >
          <SelectField
            label={text("meetings.partner")}
            value={partnerId()}
            onValue={setPartnerId}
            required
            placeholder="–"
            error={book.fieldError("trainingPartnerId")}
            options={props.partners.map((p) => ({ value: p.id, label: p.name }))}
          />
          <SelectField
            label={text("meetings.learner")}
            value={learnerId()}
            onValue={setLearnerId}
            placeholder={text("meetings.noLearner")}
            options={props.learners.map((l) => ({ value: l.id, label: `${l.lastName}, ${l.firstName}` }))}
          />
          <TextField
            label={text("meetings.subject")}
            value={title()}
            onValue={setTitle}
            required
            error={book.fieldError("title")}
          />
          <TextField
            label={text("meetings.place")}
            value={place()}
            onValue={setPlace}
            error={book.fieldError("place")}
          />
          <DateField
            label={text("meetings.date")}
            value={date()}
            onValue={setDate}
            required
            error={book.fieldError("date")}
          />
          <TextField
            label={text("meetings.start")}
            type="time"
            value={startTime()}
            onValue={setStartTime}
            required
            error={book.fieldError("startTime")}
          />
          <TextField
            label={text("meetings.end")}
            type="time"
            value={endTime()}
            onValue={setEndTime}
            required
            error={book.fieldError("endTime")}
          />
          <FormActions
            label={text("meetings.book")}
            pending={book.pending()}
            error={book.error()}
            variant="secondary"
          />
        </form>
      </Show>
    </>
  );
}
