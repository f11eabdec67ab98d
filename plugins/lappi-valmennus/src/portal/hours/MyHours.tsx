import { localDateIn } from "@polku/domain";
import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  DetailList,
  ExportButtons,
  type ExportSheet,
  Page,
  Section,
  SelectField,
  StatusMessage,
  usePluginApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { activities } from "../../hours/rules.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { useHoursText, yearChoices } from "./labels.ts";
import { RecordForm } from "./RecordForm.tsx";

/** A team member's own hours: record them, see the year against the plan, delete a mistaken entry. */
export default function MyHours() {
  const { text, formatDate, activityLabel, hours, share } = useHoursText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const today = localDateIn(new Date());
  const currentYear = Number(today.slice(0, 4));
  const [year, setYear] = createSignal(currentYear);
  const [mine, { refetch }] = createLiveResource(year, (y) => api.hours.mine.query({ year: y }));
  const [message, setMessage] = createSignal<string | null>(null);
  const removal = createSubmission((entryId: string) => api.hours.delete.mutate({ entryId }));
  const remove = async (entryId: string) => {
    if (!window.confirm(text("hours.entries.deleteConfirm"))) return;
    if (await removal.run(entryId)) {
      setMessage(text("hours.entries.deleted"));
    }
  };

  return (
    <Page title={text("hours.mine.title")} intro={text("hours.mine.intro")}>
      <StatusMessage message={message()} />
      <RecordForm
        today={today}
        onSaved={() => {
          setMessage(text("hours.form.saved"));
        }}
      />
      <SelectField
        label={text("hours.year")}
        value={String(year())}
        onValue={(v) => setYear(Number(v))}
        options={yearChoices(currentYear).map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Async resource={mine} retry={refetch}>
        {(m) => (
          <>
            <Section title={text("hours.total.title", { year: m.year })}>
              <DetailList
                items={[
                  {
                    label: text("hours.total.planned"),
                    value: m.planned === null ? text("hours.total.noPlan") : hours(m.planned),
                  },
                  { label: text("hours.total.spent"), value: hours(m.spent) },
                  { label: text("hours.total.share"), value: share(m.shareUsed) },
                  {
                    label: text("hours.total.remaining"),
                    value: m.planned === null ? text("hours.none") : hours(m.planned - m.spent),
                  },
                ]}
              />
              <DataTable
                caption={text("hours.byActivity.caption")}
                rows={activities.map((a) => ({ activity: a, hours: m.byActivity[a] }))}
                columns={[
                  {
                    header: text("hours.entries.activity"),
                    rowHeader: true,
                    cell: (r) => activityLabel(r.activity),
                  },
                  { header: text("hours.entries.hours"), cell: (r) => hours(r.hours) },
                ]}
              />
            </Section>
            <Section title={text("hours.entries.title")}>
              <Show when={removal.error()}>{(error) => <ApiError error={error()} />}</Show>
              <DataTable
                caption={text("hours.entries.caption", { year: m.year })}
                empty={text("hours.entries.empty")}
                rows={m.entries}
                columns={[
                  {
                    header: text("hours.entries.date"),
                    rowHeader: true,
                    cell: (e) => formatDate(e.workedOn),
                  },
                  { header: text("hours.entries.hours"), cell: (e) => hours(e.hours) },
                  { header: text("hours.entries.activity"), cell: (e) => activityLabel(e.activity) },
                  { header: text("hours.entries.note"), cell: (e) => e.note ?? "" },
                  {
                    header: text("hours.entries.actions"),
                    cell: (e) => (
                      <Button variant="danger" onClick={() => void remove(e.id)}>
                        {text("hours.entries.delete")}
                        <span class="visually-hidden">
                          : {formatDate(e.workedOn)}, {activityLabel(e.activity)}, {hours(e.hours)}
                        </span>
                      </Button>
                    ),
                  },
                ]}
              />
              <Show when={m.entries.length > 0}>
                <ExportButtons
                  label={text("hours.entries.caption", { year: m.year })}
                  fileName={`${text("hours.exportFile.mine")}-${m.year}`}
                  sheets={() => [
                    {
                      title: text("hours.entries.title"),
                      rows: m.entries,
                      columns: [
                        { header: text("hours.entries.date"), kind: "date", value: (e) => e.workedOn },
                        { header: text("hours.entries.hours"), kind: "number", value: (e) => e.hours },
                        {
                          header: text("hours.entries.activity"),
                          kind: "text",
                          value: (e) => activityLabel(e.activity),
                        },
                        { header: text("hours.entries.note"), kind: "text", value: (e) => e.note },
                      ],
                    } satisfies ExportSheet<(typeof m.entries)[number]>,
                  ]}
                />
              </Show>
            </Section>
          </>
        )}
      </Async>
    </Page>
  );
}
