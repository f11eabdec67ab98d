import {
  type ApiOutputs,
  Async,
  Button,
  createLiveResource,
  DataTable,
  DateField,
  Empty,
  ExportButtons,
  Loading,
  Page,
  Section,
  SelectField,
  TextField,
  useApi,
  useSession,
} from "@polku/ui";
import { Navigate } from "@solidjs/router";
import { createSignal, Match, Show, Switch } from "solid-js";
import { rosterSheet } from "./attendance-export.ts";
import { GroupMarkForm } from "./GroupMarkForm.tsx";
import { todayInHelsinki, useAttendanceText } from "./text.ts";
import "./attendance.css";

export type Roster = ApiOutputs["attendance"]["roster"];

/**
 * The teacher's page: choose a group, a day and optionally a lesson, then mark the whole group at once.
 * Staff who may only read (welfare, managers) see the marks; students and guardians go to their own.
 */
export default function AttendancePage() {
  const session = useSession();
  const role = () => session.me.latest?.current.role;
  // Decide only once the session is known: before that, a student would briefly get the teacher's page.
  return (
    <Show when={role()} fallback={<Loading />}>
      <Switch fallback={<GroupAttendance />}>
        <Match when={role() === "student" || role() === "guardian"}>
          <Navigate href="/attendance/mine" />
        </Match>
      </Switch>
    </Show>
  );
}

function GroupAttendance() {
  const { t, text, formatDate } = useAttendanceText();
  const api = useApi();
  const session = useSession();
  const [groups, { refetch: refetchGroups }] = createLiveResource(() => api.attendance.groups.query());
  const [groupId, setGroupId] = createSignal("");
  const [day, setDay] = createSignal(todayInHelsinki());
  const [lesson, setLesson] = createSignal("");
  const [pickError, setPickError] = createSignal<string | null>(null);
  const [query, setQuery] = createSignal<{ groupId: string; day: string; lesson: string } | null>(null);
  const [roster, { refetch }] = createLiveResource(query, (q) =>
    api.attendance.roster.query({
      groupId: q.groupId,
      day: q.day,
      ...(q.lesson ? { lesson: q.lesson } : {}),
    }),
  );

  const show = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = groupId() || groups.latest?.[0]?.id || "";
    if (!chosen) return;
    if (!day()) {
      setPickError(t("form.requiredError"));
      return;
    }
    setPickError(null);
    setGroupId(chosen);
    setQuery({ groupId: chosen, day: day(), lesson: lesson().trim() });
  };

  // The saved marks, read again at the click: the form on screen may hold changes not yet saved.
  const exportSheets = async () => {
    const q = query();
    if (!q) return [];
    const fresh = await api.attendance.roster.query({
      groupId: q.groupId,
      day: q.day,
      ...(q.lesson ? { lesson: q.lesson } : {}),
    });
    return [rosterSheet(fresh, text, text("mark.caption"))];
  };
  const fileName = (r: Roster) => [r.group.name, r.day, r.lesson].filter(Boolean).join("-");

  const title = (r: Roster) =>
    r.lesson
      ? text("mark.formTitleLesson", { group: r.group.name, day: formatDate(r.day), lesson: r.lesson })
      : text("mark.formTitle", { group: r.group.name, day: formatDate(r.day) });

  return (
    <Page title={text("mark.title")} intro={text("mark.intro")}>
      <Async resource={groups} retry={() => void refetchGroups()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<Empty>{text("mark.noGroups")}</Empty>}>
            <form class="form-inline" aria-label={text("mark.pick")} onSubmit={show}>
              <SelectField
                label={text("mark.group")}
                required
                value={groupId() || list[0]!.id}
                onValue={setGroupId}
                options={list.map((g) => ({ value: g.id, label: g.name }))}
              />
              <DateField
                label={text("mark.day")}
                required
                value={day()}
                onValue={setDay}
                error={pickError()}
              />
              <TextField
                label={text("mark.lesson")}
                hint={text("mark.lessonHint")}
                value={lesson()}
                onValue={setLesson}
                maxLength={40}
              />
              <div class="field">
                <Button type="submit" variant="secondary">
                  {text("mark.show")}
                </Button>
              </div>
            </form>
          </Show>
        )}
      </Async>
      <Show when={query()}>
        <Async resource={roster} retry={() => void refetch()}>
          {(r) => (
            <Section title={title(r)}>
              <Switch>
                <Match when={r.students.length === 0}>
                  <Empty>{text("mark.empty")}</Empty>
                </Match>
                <Match when={session.can("attendance.mark")}>
                  <GroupMarkForm roster={r} title={title(r)} />
                </Match>
                <Match when={true}>
                  <p>{text("mark.readOnly")}</p>
                  <DataTable
                    caption={text("mark.caption")}
                    rows={r.students}
                    columns={[
                      {
                        header: text("mark.student"),
                        rowHeader: true,
                        cell: (s) => `${s.lastName}, ${s.firstName}${s.minor ? ` (${text("minor")})` : ""}`,
                      },
                      {
                        header: text("mark.mark"),
                        cell: (s) =>
                          s.mark
                            ? `${text(`status.${s.mark.status}`)}${s.mark.minutesLate ? `, ${s.mark.minutesLate} min` : ""}`
                            : text("mark.none"),
                      },
                    ]}
                  />
                </Match>
              </Switch>
              <Show when={r.students.length > 0}>
                <ExportButtons
                  label={text("mark.exportLabel")}
                  fileName={fileName(r)}
                  sheets={exportSheets}
                />
              </Show>
            </Section>
          )}
        </Async>
      </Show>
    </Page>
  );
}
