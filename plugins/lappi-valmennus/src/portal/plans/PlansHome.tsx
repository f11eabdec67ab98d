import {
  Async,
  Button,
  createLiveResource,
  DataTable,
  Page,
  Section,
  StatusMessage,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { A } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import type { ValmennusRouter } from "../../router.ts";
import { pluginId } from "../text.ts";
import { usePlansText } from "./labels.ts";
import { PlanForm } from "./PlanForm.tsx";

/** The provider's teaching groups, each with its coaching plans per term; staff who plan add new ones. */
export default function PlansHome() {
  const { text, formatDate } = usePlansText();
  const session = useSession();
  const api = usePluginApi<ValmennusRouter>(pluginId);
  const [groups, { refetch }] = createLiveResource(() => api.plans.list.query());
  const [creatingFor, setCreatingFor] = createSignal<string | null>(null);
  const [message, setMessage] = createSignal<string | null>(null);
  const canWrite = () => session.can("valmennus.plan.write");

  return (
    <Page title={text("plans.home.title")} intro={text("plans.home.intro")}>
      <StatusMessage message={message()} />
      <Async resource={groups} retry={refetch}>
        {(rows) => (
          <Show when={rows.length > 0} fallback={<p>{text("plans.home.noGroups")}</p>}>
            <For each={rows}>
              {(group) => (
                <Section title={group.name}>
                  <DataTable
                    caption={text("plans.home.caption", { group: group.name })}
                    hideCaption
                    empty={text("plans.home.empty")}
                    rows={group.plans}
                    columns={[
                      {
                        header: text("plans.term"),
                        rowHeader: true,
                        cell: (p) => (
                          <A href={`/p/${pluginId}/plans/${p.id}`}>
                            {text("plans.termValue", {
                              start: formatDate(p.termStart),
                              end: formatDate(p.termEnd),
                            })}
                          </A>
                        ),
                      },
                      {
                        header: text("plans.progress"),
                        cell: (p) => text("plans.progressValue", { done: p.done, total: p.items }),
                      },
                    ]}
                  />
                  <Show when={canWrite()}>
                    <Show
                      when={creatingFor() === group.id}
                      fallback={
                        <Button variant="secondary" onClick={() => setCreatingFor(group.id)}>
                          {text("plans.home.new")}
                          <span class="visually-hidden">: {group.name}</span>
                        </Button>
                      }
                    >
                      <PlanForm
                        groupId={group.id}
                        title={text("plans.form.createTitle", { group: group.name })}
                        onDone={() => {
                          setCreatingFor(null);
                          setMessage(text("plans.home.created"));
                        }}
                        onCancel={() => setCreatingFor(null)}
                      />
                    </Show>
                  </Show>
                </Section>
              )}
            </For>
          </Show>
        )}
      </Async>
    </Page>
  );
}
