import {
  type ApiOutputs,
  createSubmission,
  DataTable,
  DetailList,
  formatDate,
  SelectField,
  useApi,
  useSession,
} from "@polku/ui";
import { For, Show } from "solid-js";
import { useHoksText } from "./text.ts";
import { careerPlans, unitTitle } from "./units.ts";

export type HoksData = NonNullable<ApiOutputs["hoks"]["get"]>;
type Unit = HoksData["units"][number];
const progressStatuses = ["not_started", "in_progress", "demonstrated", "completed"] as const;

/** A unit's progress: a select for those who record it, text for everyone else. */
function ProgressCell(props: {
  studentId: string;
  unit: Unit;
  title: string;
  onSaved: (message: string) => void;
}) {
  const { text } = useHoksText();
  const api = useApi();
  const session = useSession();
  const save = createSubmission((status: (typeof progressStatuses)[number]) =>
    api.hoks.setProgress.mutate({ studentId: props.studentId, unitCode: props.unit.code, status }),
  );
  return (
    <Show
      when={session.can("progress.write")}
      fallback={text(`progress.${props.unit.status}` as "progress.completed")}
    >
      <SelectField
        label={text("progress.label", { code: props.title })}
        class="field-compact"
        value={props.unit.status}
        options={progressStatuses.map((s) => ({ value: s, label: text(`progress.${s}`) }))}
        error={save.error()?.message}
        onValue={async (value) => {
          const result = await save.run(value as (typeof progressStatuses)[number]);
          if (result) props.onSaved(text("progress.saved", { code: props.title }));
        }}
      />
    </Show>
  );
}

/** The HOKS as everyone allowed reads it: status and dates, plan, units with ways, demonstrations, progress. */
export function HoksView(props: { studentId: string; hoks: HoksData; onChanged: (message: string) => void }) {
  const { text, locale, formatNumber } = useHoksText();
  const plan = () => props.hoks.draft;
  const title = (code: string, documentName?: string | null) =>
    unitTitle(code, props.hoks.catalogue, locale(), text, documentName);
  const scope = (u: Unit) => {
    const points = u.competencePoints ?? props.hoks.catalogue[u.code]?.competencePoints ?? null;
    return points === null ? "–" : text("unit.points", { points: formatNumber(points) });
  };
  const career = (code: string) =>
    (careerPlans as readonly string[]).includes(code)
      ? text(`career.${code as (typeof careerPlans)[number]}`)
      : code;
  return (
    <>
      <DetailList
        items={[
          { label: text("status.label"), value: text(`status.${props.hoks.status}`) },
          { label: text("origin.label"), value: text(`origin.${props.hoks.origin}`) },
          ...(props.hoks.firstApprovedOn
            ? [{ label: text("firstApproved"), value: formatDate(props.hoks.firstApprovedOn) }]
            : []),
          ...(props.hoks.approvedOn
            ? [{ label: text("approved"), value: formatDate(props.hoks.approvedOn) }]
            : []),
          { label: text("updated"), value: formatDate(props.hoks.updatedAt) },
          ...(plan().careerPlan ? [{ label: text("career.label"), value: career(plan().careerPlan!) }] : []),
          ...(plan().competenceBy
            ? [{ label: text("competenceBy"), value: formatDate(plan().competenceBy) }]
            : []),
        ]}
      />
      <h3>{text("units.title")}</h3>
      <Show when={props.hoks.units.length > 0} fallback={<p>{text("units.none")}</p>}>
        <DataTable
          caption={text("units.caption")}
          hideCaption
          rows={props.hoks.units}
          columns={[
            { header: text("units.code"), rowHeader: true, cell: (u) => title(u.code, u.name) },
            { header: text("units.kind"), cell: (u) => text(`kind.${u.kind}`) },
            { header: text("units.scope"), cell: scope },
            {
              header: text("units.progress"),
              cell: (u) => (
                <ProgressCell
                  studentId={props.studentId}
                  unit={u}
                  title={title(u.code, u.name)}
                  onSaved={props.onChanged}
                />
              ),
            },
            { header: text("units.changed"), cell: (u) => formatDate(u.changedOn) },
          ]}
        />
      </Show>
      <For each={plan().units}>
        {(unit) => (
          <section aria-label={title(unit.code)} class="hoks-unit">
            <h4>{title(unit.code)}</h4>
            <Show when={unit.ways.length > 0}>
              <h5>{text("ways.title")}</h5>
              <ul>
                <For each={unit.ways}>
                  {(way) => (
                    <li>
                      {text(`method.${way.method}`)},{" "}
                      {text("period", { start: formatDate(way.start), end: formatDate(way.end) })}
                      {way.partTime !== undefined ? ` (${way.partTime} %)` : ""}
                      <Show when={way.workplace}>
                        {(w) => (
                          <>
                            <br />
                            {text("workplace")}: {w().name}
                            {w().businessId ? ` (${w().businessId})` : ""}; {text("instructor")}:{" "}
                            {w().instructorName}
                            <Show when={w().tasks.length > 0}>
                              ; {text("tasks")}: {w().tasks.join(", ")}
                            </Show>
                          </>
                        )}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={unit.demonstrations.length > 0}>
              <h5>{text("demos.title")}</h5>
              <ul>
                <For each={unit.demonstrations}>
                  {(d) => (
                    <li>
                      {d.environment},{" "}
                      {text("period", { start: formatDate(d.start), end: formatDate(d.end) })}
                      <Show when={d.content.length > 0}>
                        ; {text("content")}: {d.content.join(", ")}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </For>
    </>
  );
}
