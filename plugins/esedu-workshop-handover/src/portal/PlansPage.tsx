import {
  Async,
  Button,
  createLiveResource,
  DataTable,
  Page,
  Section,
  SelectField,
  StatusMessage,
  usePluginApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { PlanForm, type PlanStudent } from "./PlanForm.tsx";
import { pluginId, usePluginText } from "./text.ts";

const horizons = [1, 3, 6, 12] as const;

/**
 * The tutor's list of students graduating within a chosen horizon who have no job or study place
 * recorded, each with the continuation plan written with them (seed 000: planned while still studying).
 */
export default function PlansPage() {
  const { text, formatDate } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [months, setMonths] = createSignal("6");
  const [rows, { refetch }] = createLiveResource(months, (m) =>
    api.plans.graduating.query({ withinMonths: Number(m) }),
  );
  const [selected, setSelected] = createSignal<PlanStudent | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const planText = (s: PlanStudent) =>
    s.plan ? `${text(`path.${s.plan.path}` as "path.other")}: ${s.plan.goal}` : text("plans.noPlan");
  return (
    <Page title={text("plans.title")} intro={text("plans.intro")}>
      <StatusMessage message={message()} />
      <Section title={text("plans.caption")}>
        <SelectField
          label={text("plans.horizon")}
          value={months()}
          onValue={setMonths}
          options={horizons.map((h) => ({ value: String(h), label: text("plans.months", { count: h }) }))}
        />
        <Show when={selected()}>
          {(student) => (
            <PlanForm
              student={student()}
              onCancel={() => setSelected(null)}
              onDone={(name) => {
                setSelected(null);
                setMessage(text("plans.saved", { name }));
              }}
            />
          )}
        </Show>
        <Async resource={rows} retry={refetch}>
          {(list) => (
            <DataTable
              caption={text("plans.caption")}
              hideCaption
              empty={text("plans.empty")}
              rows={list}
              columns={[
                {
                  header: text("plans.student"),
                  rowHeader: true,
                  cell: (s) => `${s.lastName}, ${s.firstName}`,
                },
                {
                  header: text("plans.graduation"),
                  cell: (s) => (s.expectedGraduation ? formatDate(s.expectedGraduation) : "–"),
                },
                { header: text("plans.plan"), cell: planText },
                {
                  header: text("list.actions"),
                  cell: (s) => (
                    <Button
                      variant="secondary"
                      onClick={() => {
                        setMessage(null);
                        setSelected(s);
                      }}
                    >
                      {text(s.plan ? "plans.edit" : "plans.write")}
                      <span class="visually-hidden">: {`${s.firstName} ${s.lastName}`}</span>
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </Async>
      </Section>
    </Page>
  );
}
