import { Async, createLiveResource, useApi, useI18n } from "@polku/ui";
import { A } from "@solidjs/router";

import { countsByKind } from "./organisations.ts";
import { useRegionText } from "./text.ts";

/** How many organisations of each kind take part, and the way to the list. */
export default function OrganisationsCard() {
  const { text, formatNumber } = useRegionText();
  const { t } = useI18n();
  const api = useApi();
  const [organisations, { refetch }] = createLiveResource(() => api.organisations.list.query({}));
  return (
    <Async resource={organisations} retry={() => void refetch()}>
      {(list) => (
        <>
          <p>
            {text("organisations.summary", {
              total: formatNumber(list.length),
              parts: countsByKind(list)
                .map(([kind, n]) => `${t(`orgKind.${kind}`).toLocaleLowerCase()} ${formatNumber(n)}`)
                .join(", "),
            })}
          </p>
          <p>
            <A href="/region/organisations">{text("organisations.open")}</A>
          </p>
        </>
      )}
    </Async>
  );
}
