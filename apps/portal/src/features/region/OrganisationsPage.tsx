import { Async, createLiveResource, Empty, Page, Section, useApi, useI18n } from "@polku/ui";
import { For, Show } from "solid-js";
import { countsByKind } from "./organisations.ts";
import { useRegionText } from "./text.ts";

/** The region's organisations by kind, as a list that reads on a phone too. */
export default function OrganisationsPage() {
  const { text, formatNumber } = useRegionText();
  const { t } = useI18n();
  const api = useApi();
  const [organisations, { refetch }] = createLiveResource(() => api.organisations.list.query({}));
  return (
    <Page title={text("organisations.title")} intro={text("organisations.intro")}>
      <Async resource={organisations} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<Empty>{text("organisations.none")}</Empty>}>
            <For each={countsByKind(list)}>
              {([kind, n]) => (
                <Section title={`${t(`orgKind.${kind}`)} (${formatNumber(n)})`}>
                  <ul class="plain-list">
                    <For each={list.filter((o) => o.kind === kind)}>
                      {(o) => (
                        <li>
                          {o.name}
                          <Show when={o.businessId}>
                            {(id) => (
                              <span class="muted">
                                {" "}
                                · {text("organisations.businessId")} {id()}
                              </span>
                            )}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </Section>
              )}
            </For>
          </Show>
        )}
      </Async>
    </Page>
  );
}
