import { createSubmission, FormActions, SelectField, TextField, usePluginApi } from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

interface Meeting {
  id: string;
  title: string;
  startsAt: Date | string;
  trainingPartnerId: string;
}

interface Props<M extends Meeting> {
  /** The meetings still booked. */
  meetings: readonly M[];
  label: (meeting: M) => string;
  onCancelled: () => void;
}

/**
 * Cancels a booked meeting, with an optional reason: it stays on the list with who cancelled it and
 * when (the API never deletes one), and leaves the calendar feeds.
 */
export function CancelMeeting<M extends Meeting>(props: Props<M>) {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [meetingId, setMeetingId] = createSignal("");
  const [reason, setReason] = createSignal("");
  const cancel = createSubmission(() =>
    plugin.meetings.cancel.mutate({ meetingId: meetingId(), reason: reason() || undefined }),
  );
  return (
    <Show when={props.meetings.length > 0}>
      <form
        class="form"
        aria-label={text("meetings.cancel")}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await cancel.run()) {
            setMeetingId("");
            setReason("");
            props.onCancelled();
          }
        }}
      >
        <SelectField
          label={text("meetings.cancelWhich")}
          value={meetingId()}
          onValue={setMeetingId}
          required
          placeholder="–"
          error={cancel.fieldError("meetingId")}
          options={props.meetings.map((m) => ({ value: m.id, label: props.label(m) }))}
        />
        <TextField
          label={text("meetings.cancelReason")}
          value={reason()}
          onValue={setReason}
          error={cancel.fieldError("reason")}
        />
        <FormActions
          label={text("meetings.cancel")}
          pending={cancel.pending()}
          error={cancel.error()}
          variant="danger"
        />
      </form>
    </Show>
  );
}
