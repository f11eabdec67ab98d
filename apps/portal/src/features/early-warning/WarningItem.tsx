import {
  ApiError,
  type ApiOutputs,
  Button,
  createSubmission,
  FormActions,
  TextAreaField,
  useApi,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { FlagList } from "./FlagList.tsx";
import { useEarlyWarningText } from "./text.ts";

export type Warning = ApiOutputs["earlyWarning"]["forMe"]["students"][number];

/** The note's most characters, as the API takes it. */
const MAX_NOTE = 2000;

/**
 * One student's warning: the urgency in words and why, the flags, and its handling. An open one can be
 * marked handled with a note (who and when are recorded); a handled one shows who marked it, when and
 * the note, and can be opened again. `announce` says what was done.
 */
export function WarningItem(props: {
  warning: Warning;
  canHandle: boolean;
  announce: (message: string) => void;
}) {
  const { text, urgency, whyUrgent, formatDateTime } = useEarlyWarningText();
  const api = useApi();
  const name = () => `${props.warning.firstName} ${props.warning.lastName}`;
  const [editing, setEditing] = createSignal(false);
  const [note, setNote] = createSignal("");
  const [missing, setMissing] = createSignal(false);
  const handle = createSubmission(() =>
    api.earlyWarning.handle.mutate({ studentId: props.warning.studentId, note: note() }),
  );
  const reopen = createSubmission(() =>
    api.earlyWarning.reopen.mutate({ studentId: props.warning.studentId }),
  );
  const latest = () => props.warning.latest;
  const by = (key: "handling.handledBy" | "handling.previous") => {
    const l = latest();
    if (!l) return "";
    const at = formatDateTime(l.at);
    return l.byName ? text(key, { name: l.byName, at }) : text("handling.handledByUnknown", { at });
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    handle.clear();
    if (!note().trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (await handle.run()) {
      props.announce(text("handling.done", { name: name() }));
      setEditing(false);
      setNote("");
    }
  };

  const undo = async () => {
    if (await reopen.run()) {
      props.announce(text("handling.reopened", { name: name() }));
    }
  };

  return (
    <li class={`ew-student ew-${props.warning.urgency.level}`}>
      <h3>
        <A href={`/students/${props.warning.studentId}`}>{name()}</A>
      </h3>
      <p class="ew-urgency">
        <strong class={`ew-level ew-level-${props.warning.urgency.level}`}>
          {urgency(props.warning.urgency)}
        </strong>{" "}
        <span>{whyUrgent(props.warning.urgency, props.warning.expectedGraduation)}</span>
      </p>
      <FlagList flags={props.warning.flags} />
      <Show when={props.warning.state === "handled"}>
        <div class="ew-handling">
          <p>{by("handling.handledBy")}</p>
          <Show when={latest()?.note}>
            {(n) => (
              <p class="ew-note">
                <strong>{text("handling.note")}:</strong> {n()}
              </p>
            )}
          </Show>
          <Show when={props.canHandle}>
            <Button
              variant="secondary"
              busy={reopen.pending()}
              aria-label={text("handling.reopenFor", { name: name() })}
              onClick={() => void undo()}
            >
              {text("handling.reopen")}
            </Button>
          </Show>
        </div>
      </Show>
      <Show when={props.warning.state === "open"}>
        <Show when={props.warning.newSinceHandled > 0}>
          <div class="ew-handling">
            <p>{text("handling.returned", { count: props.warning.newSinceHandled })}</p>
            <p>{by("handling.previous")}</p>
            <Show when={latest()?.note}>
              {(n) => (
                <p class="ew-note">
                  <strong>{text("handling.note")}:</strong> {n()}
                </p>
              )}
            </Show>
          </div>
        </Show>
        <Show when={props.canHandle}>
          <Show
            when={editing()}
            fallback={
              <Button
                variant="secondary"
                aria-label={text("handling.markFor", { name: name() })}
                onClick={() => setEditing(true)}
              >
                {text("handling.mark")}
              </Button>
            }
          >
            <form class="form ew-form" aria-label={text("handling.form", { name: name() })} onSubmit={submit}>
              <TextAreaField
                label={text("handling.noteLabel")}
                hint={text("handling.noteHint")}
                value={note()}
                onValue={setNote}
                maxLength={MAX_NOTE}
                error={missing() ? text("handling.noteMissing") : handle.fieldError("note")}
              />
              <FormActions
                label={text("handling.submit")}
                pending={handle.pending()}
                error={handle.fieldError("note") ? null : handle.error()}
              >
                <Button variant="secondary" onClick={() => setEditing(false)}>
                  {text("handling.cancel")}
                </Button>
              </FormActions>
            </form>
          </Show>
        </Show>
      </Show>
      <Show when={reopen.error()}>{(failure) => <ApiError error={failure()} />}</Show>
    </li>
  );
}
