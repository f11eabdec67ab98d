import { attendanceStatuses } from "@polku/domain/vocabulary";
import { Button, createSubmission, FormActions, StatusMessage, TextField, useApi } from "@polku/ui";
import { createEffect, For, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import type { Roster } from "./AttendancePage.tsx";
import { useAttendanceText } from "./text.ts";

type Status = (typeof attendanceStatuses)[number];
interface Entry {
  status: Status;
  minutes: string;
}

/**
 * Every student of the group in one form: a fieldset per student, its legend the student's name, with
 * one radio button per status (arrow keys move between them). Everyone starts as present, or as already
 * marked; one save sends the whole group. The form is not read back after saving: it already shows
 * what was saved, and keeping it keeps the keyboard focus where it was.
 */
export function GroupMarkForm(props: { roster: Roster; title: string }) {
  const { text } = useAttendanceText();
  const api = useApi();
  const [entries, setEntries] = createStore<Record<string, Entry>>({});
  const [saved, setSaved] = createStore<{ message: string | null }>({ message: null });

  // A new roster (another group or day, or the saved one read back) starts the form afresh.
  createEffect(
    on(
      () => props.roster,
      (roster) => {
        const fresh: Record<string, Entry> = {};
        for (const s of roster.students) {
          fresh[s.id] = {
            status: s.mark?.status ?? "present",
            minutes: s.mark?.minutesLate ? String(s.mark.minutesLate) : "",
          };
        }
        setEntries(fresh);
      },
    ),
  );

  const save = createSubmission(() =>
    api.attendance.mark.mutate({
      groupId: props.roster.group.id,
      day: props.roster.day,
      ...(props.roster.lesson ? { lesson: props.roster.lesson } : {}),
      marks: props.roster.students.map((s) => {
        const entry = entries[s.id] ?? { status: "present" as const, minutes: "" };
        const minutes = entry.status === "late" && entry.minutes.trim() ? Number(entry.minutes) : undefined;
        return {
          studentId: s.id,
          status: entry.status,
          ...(minutes !== undefined ? { minutesLate: minutes } : {}),
        };
      }),
    }),
  );

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setSaved({ message: null });
    const result = await save.run();
    if (result) {
      setSaved({
        // Each number with its own plural form ("1 uusi merkintä", "2 uutta merkintää").
        message: text("mark.saved", {
          students: text("count.students", { count: props.roster.students.length }),
          created: text("count.newMarks", { count: result.created }),
          updated: text("count.changedMarks", { count: result.updated }),
        }),
      });
    }
  };

  const allPresent = () => {
    for (const s of props.roster.students) setEntries(s.id, { status: "present", minutes: "" });
  };

  const summary = () => {
    const counts = { present: 0, absent: 0, excused: 0, late: 0 };
    for (const s of props.roster.students) counts[entries[s.id]?.status ?? "present"]++;
    return text("mark.summary", counts);
  };

  return (
    <>
      <StatusMessage message={saved.message} />
      <form class="attendance-form" aria-label={props.title} onSubmit={submit}>
        <div class="button-row">
          <Button variant="secondary" onClick={allPresent}>
            {text("mark.allPresent")}
          </Button>
        </div>
        <ul class="attendance-students">
          <For each={props.roster.students}>
            {(s, i) => {
              const name = `attendance-${s.id}`;
              const studentError = () => save.fieldError(`marks.${i()}.studentId`);
              return (
                <li>
                  <fieldset class="attendance-student">
                    <legend>
                      {s.lastName}, {s.firstName}
                      <Show when={s.minor}>
                        <span class="attendance-minor"> ({text("minor")})</span>
                      </Show>
                    </legend>
                    <div class="attendance-options">
                      <For each={attendanceStatuses}>
                        {(status) => (
                          <label class="attendance-option">
                            <input
                              type="radio"
                              name={name}
                              value={status}
                              checked={entries[s.id]?.status === status}
                              onChange={() => setEntries(s.id, "status", status)}
                            />
                            {text(`status.${status}`)}
                          </label>
                        )}
                      </For>
                    </div>
                    <Show when={entries[s.id]?.status === "late"}>
                      <TextField
                        class="attendance-minutes"
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={600}
                        label={text("mark.minutes")}
                        value={entries[s.id]?.minutes ?? ""}
                        onValue={(value) => setEntries(s.id, "minutes", value)}
                        error={save.fieldError(`marks.${i()}.minutesLate`)}
                      />
                    </Show>
                    <Show when={studentError()}>
                      <p class="field-error">{studentError()}</p>
                    </Show>
                  </fieldset>
                </li>
              );
            }}
          </For>
        </ul>
        <p class="attendance-summary">{summary()}</p>
        <FormActions label={text("mark.submit")} pending={save.pending()} error={save.error()} />
      </form>
    </>
  );
}
