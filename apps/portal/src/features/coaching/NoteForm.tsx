import { noteVisibilitiesByRole } from "@polku/domain/vocabulary";
import { createSubmission, FormActions, SelectField, TextAreaField, useApi, useSession } from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { useCoachingText } from "./text.ts";

type Visibility = "team" | "staff" | "welfare";

/** The visibilities the current role may write (welfare notes only for welfare staff). */
export function useVisibilities() {
  const session = useSession();
  return () => {
    const role = session.me.latest?.current.role;
    return (role ? (noteVisibilitiesByRole[role] ?? []) : []) as readonly Visibility[];
  };
}

/**
 * A note about a student, optionally on a session, with the visibility chooser offering only what the
 * role may write. On a group session the writer chooses which participant the note is about.
 */
export function NoteForm(props: {
  students: ReadonlyArray<{ id: string; name: string }>;
  sessionId?: string;
  onSaved?: () => void;
}) {
  const { text } = useCoachingText();
  const api = useApi();
  const visibilities = useVisibilities();
  const [studentId, setStudentId] = createSignal(props.students.length === 1 ? props.students[0]!.id : "");
  const [visibility, setVisibility] = createSignal<Visibility>("team");
  const [body, setBody] = createSignal("");
  const save = createSubmission(() =>
    api.coaching.addNote.mutate({
      studentId: props.students.length === 1 ? props.students[0]!.id : studentId(),
      ...(props.sessionId ? { sessionId: props.sessionId } : {}),
      visibility: visibility(),
      body: body(),
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setBody("");
      props.onSaved?.();
    }
  };
  return (
    <Show when={visibilities().length > 0 && props.students.length > 0}>
      <form class="form card" onSubmit={submit} aria-label={text("notes.add")}>
        <h3>{text("notes.add")}</h3>
        <Show when={props.students.length > 1}>
          <SelectField
            label={text("notes.student")}
            required
            value={studentId()}
            onValue={setStudentId}
            placeholder={text("choose")}
            error={save.fieldError("studentId")}
            options={props.students.map((s) => ({ value: s.id, label: s.name }))}
          />
        </Show>
        <SelectField
          label={text("notes.visibility")}
          hint={text("notes.visibilityHint")}
          required
          value={visibility()}
          onValue={(v) => setVisibility(v as Visibility)}
          error={save.fieldError("visibility")}
          options={visibilities().map((v) => ({ value: v, label: text(`visibility.${v}`) }))}
        />
        <TextAreaField
          label={text("notes.body")}
          value={body()}
          onValue={setBody}
          maxLength={4000}
          rows={4}
          error={save.fieldError("body")}
        />
        <FormActions label={text("notes.submit")} pending={save.pending()} error={save.error()} />
      </form>
    </Show>
  );
}
