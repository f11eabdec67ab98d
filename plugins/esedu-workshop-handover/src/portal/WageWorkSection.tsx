import {
  ApiError,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  Section,
  SelectField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { unitStatuses } from "../wage-work-vocabulary.ts";
import { pluginId, usePluginText } from "./text.ts";
import { WageWorkForm } from "./WageWorkForm.tsx";

/**
 * The coachee's wage-subsidised work: each period with its employer and subsidy decision, and the units
 * of the qualification completed alongside it with their progress, which the coach updates.
 */
export function WageWorkSection(props: {
  handoverId: string;
  canRecord: boolean;
  onChange: (message: string) => void;
}) {
  const { text, formatDate, locale } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [periods] = createLiveResource(
    () => props.handoverId,
    (handoverId) => api.wageWork.list.query({ handoverId }),
  );
  const nameOf = (n: { fi: string; sv: string | null; en: string | null }) =>
    (locale() === "sv" ? n.sv : locale() === "en" ? n.en : null) ?? n.fi;
  const [chosen, setChosen] = createSignal<Record<string, string>>({});
  const progress = createSubmission((key: { wageSubsidyId: string; unitCode: string; status: string }) =>
    api.wageWork.setProgress.mutate({ ...key, status: key.status as (typeof unitStatuses)[number] }),
  );
  type Period = NonNullable<ReturnType<typeof periods>>[number];
  return (
    <Section title={text("wage.title")}>
      <Show when={progress.error()}>{(error) => <ApiError error={error()} />}</Show>
      <DataTable<Period>
        caption={text("wage.caption")}
        hideCaption
        empty={text("wage.empty")}
        rows={periods() ?? []}
        columns={[
          { header: text("wage.employer"), rowHeader: true, cell: (p) => p.employerName },
          { header: text("wage.period"), cell: (p) => `${formatDate(p.startsOn)}–${formatDate(p.endsOn)}` },
          {
            header: text("wage.decision"),
            cell: (p) =>
              text("wage.decisionText", {
                number: p.decisionNumber,
                date: formatDate(p.decisionDate),
                by: p.deciderName || text(`decider.${p.decidedBy}` as "decider.other"),
              }),
          },
          {
            header: text("wage.units"),
            cell: (p) =>
              p.units.length === 0 ? (
                text("wage.noUnits")
              ) : (
                <ul>
                  <For each={p.units}>
                    {(u) => {
                      const key = `${p.id}:${u.code}`;
                      return (
                        <li>
                          {`${nameOf(u.name)}: ${text(`unitStatus.${u.status}` as "unitStatus.planned")}`}
                          <Show when={props.canRecord}>
                            <SelectField
                              label={text("wage.progress", { unit: nameOf(u.name) })}
                              value={chosen()[key] ?? u.status}
                              onValue={(v) => setChosen((all) => ({ ...all, [key]: v }))}
                              options={unitStatuses.map((s) => ({
                                value: s,
                                label: text(`unitStatus.${s}` as "unitStatus.planned"),
                              }))}
                            />
                            <Button
                              variant="secondary"
                              onClick={async () => {
                                const status = chosen()[key] ?? u.status;
                                if (await progress.run({ wageSubsidyId: p.id, unitCode: u.code, status })) {
                                  props.onChange(text("wage.progressSaved"));
                                }
                              }}
                            >
                              {text("wage.setProgress")}
                              <span class="visually-hidden">: {nameOf(u.name)}</span>
                            </Button>
                          </Show>
                        </li>
                      );
                    }}
                  </For>
                </ul>
              ),
          },
        ]}
      />
      <Show when={props.canRecord}>
        <WageWorkForm
          handoverId={props.handoverId}
          onSaved={() => {
            props.onChange(text("wage.saved"));
          }}
        />
      </Show>
    </Section>
  );
}
