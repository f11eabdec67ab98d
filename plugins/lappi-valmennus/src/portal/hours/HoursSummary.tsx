import { localDateIn } from "@polku/domain";
import {
  Async,
  createLiveResource,
  createSubmission,
  DataTable,
  DetailList,
  ExportButtons,
  type ExportSheet,
  FormActions,
  loadedValue,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal } from "solid-js";
import { activities, outsidePilotRange } from "../../hours/rules.ts";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { parseDecimal, useHoursText, yearChoices } from "./labels.ts";

/**
 * The manager's view of the support team's hours: planned hours per member and year (a warning outside
 * the pilot's 40–100, though any 0–2000 is allowed) and the year's summary, planned against spent.
 */
export default function HoursSummary() {
  const { text, activityLabel, hours, share } = useHoursText();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const currentYear = Number(localDateIn(new Date()).slice(0, 4));
  const [year, setYear] = createSignal(currentYear);
  const [summary, { refetch }] = createLiveResource(year, (y) => api.hours.summary.query({ year: y }));
  const [team] = createLiveResource(year, (y) => api.hours.team.query({ year: y }));
  const [message, setMessage] = createSignal<string | null>(null);
  const [personId, setPersonId] = createSignal("");
  const [planned, setPlanned] = createSignal("");
  const choose = (id: string) => {
    setPersonId(id);
    const current = loadedValue(team)?.find((t) => t.personId === id)?.plannedHours;
    setPlanned(current === null || current === undefined ? "" : String(current));
  };
  const plannedNumber = () => parseDecimal(planned());
  const warn = () => Number.isFinite(plannedNumber()) && outsidePilotRange(plannedNumber());
  const save = createSubmission(() =>
    api.hours.setPlan.mutate({ personId: personId(), year: year(), plannedHours: plannedNumber() }),
  );
  type Summary = NonNullable<ReturnType<typeof summary>>;
  type Line = Pick<Summary["members"][number], "name" | "planned" | "spent" | "shareUsed" | "byActivity"> & {
    remaining: number | null;
  };
  // Hours as numbers and the share used as a percentage, each member and the team's total on its own line.
  const summarySheet = (s: Summary): ExportSheet<Line> => ({
    title: text("hours.summary.title"),
    rows: [...s.members, { ...s.totals, name: text("hours.summary.totals"), remaining: null }],
    columns: [
      { header: text("hours.summary.member"), kind: "text", value: (m) => m.name },
      { header: text("hours.total.planned"), kind: "number", value: (m) => m.planned },
      { header: text("hours.total.spent"), kind: "number", value: (m) => m.spent },
      { header: text("hours.total.share"), kind: "percent", decimals: 0, value: (m) => m.shareUsed },
      { header: text("hours.total.remaining"), kind: "number", value: (m) => m.remaining },
      ...activities.map((a): ExportSheet<Line>["columns"][number] => ({
        header: activityLabel(a),
        kind: "number",
        value: (m) => m.byActivity[a],
      })),
    ],
  });
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (await save.run()) {
      setMessage(text("hours.plan.saved"));
    }
  };

  return (
    <Page title={text("hours.summary.title")} intro={text("hours.summary.intro")}>
      <StatusMessage message={message()} />
      <SelectField
        label={text("hours.year")}
        value={String(year())}
        onValue={(v) => setYear(Number(v))}
        options={yearChoices(currentYear).map((y) => ({ value: String(y), label: String(y) }))}
      />
      <form class="form card" onSubmit={submit} aria-labelledby="hours-plan-title">
        <h2 id="hours-plan-title">{text("hours.plan.title")}</h2>
        <SelectField
          label={text("hours.plan.person")}
          required
          value={personId()}
          onValue={choose}
          placeholder={text("hours.plan.choose")}
          options={(loadedValue(team) ?? []).map((t) => ({
            value: t.personId,
            label: `${t.lastName}, ${t.firstName}`,
          }))}
          error={save.fieldError("personId")}
        />
        <TextField
          label={text("hours.plan.hours")}
          hint={warn() ? text("hours.plan.outsideWarning") : text("hours.plan.hoursHint")}
          required
          inputMode="numeric"
          value={planned()}
          onValue={setPlanned}
          error={save.fieldError("plannedHours")}
        />
        <FormActions label={text("hours.plan.submit")} pending={save.pending()} error={save.error()} />
      </form>
      <Section title={text("hours.summary.tableTitle", { year: year() })}>
        <Async resource={summary} retry={refetch}>
          {(s) => (
            <>
              <DataTable
                caption={text("hours.summary.caption", { year: s.year })}
                empty={text("hours.summary.empty")}
                rows={s.members}
                columns={[
                  { header: text("hours.summary.member"), rowHeader: true, cell: (m) => m.name },
                  {
                    header: text("hours.total.planned"),
                    cell: (m) => (
                      <>
                        {m.planned === null ? text("hours.total.noPlan") : hours(m.planned)}
                        {m.outsidePilotRange ? (
                          <span class="field-hint"> ({text("hours.summary.outside")})</span>
                        ) : null}
                      </>
                    ),
                  },
                  { header: text("hours.total.spent"), cell: (m) => hours(m.spent) },
                  { header: text("hours.total.share"), cell: (m) => share(m.shareUsed) },
                  { header: text("hours.total.remaining"), cell: (m) => hours(m.remaining) },
                  ...activities.map((a) => ({
                    header: activityLabel(a),
                    cell: (m: (typeof s.members)[number]) => hours(m.byActivity[a]),
                  })),
                ]}
              />
              <DetailList
                items={[
                  {
                    label: `${text("hours.summary.totals")}: ${text("hours.total.planned")}`,
                    value: hours(s.totals.planned),
                  },
                  {
                    label: `${text("hours.summary.totals")}: ${text("hours.total.spent")}`,
                    value: hours(s.totals.spent),
                  },
                  {
                    label: `${text("hours.summary.totals")}: ${text("hours.total.share")}`,
                    value: share(s.totals.shareUsed),
                  },
                ]}
              />
              <ExportButtons
                label={text("hours.summary.caption", { year: s.year })}
                fileName={`${text("hours.exportFile.summary")}-${s.year}`}
                sheets={() => [summarySheet(s)]}
              />
            </>
          )}
        </Async>
      </Section>
    </Page>
  );
}
