import { Async, createLiveResource, useApi } from "@polku/ui";
import { A } from "@solidjs/router";

import { useWelfareText } from "./text.ts";

/** How many new referrals wait for welfare staff, with the way to the queue. */
export default function WelfareCard() {
  const { text } = useWelfareText();
  const api = useApi();
  const [open, { refetch }] = createLiveResource(() =>
    api.welfare.queue.query({ statuses: ["open"], limit: 200 }),
  );
  return (
    <>
      <Async resource={open} retry={() => void refetch()}>
        {(rows) => (
          <p>
            {rows.length === 0
              ? text("card.none")
              : rows.length === 1
                ? text("card.one")
                : text("card.many", { count: rows.length })}
          </p>
        )}
      </Async>
      <p>
        <A href="/welfare">{text("card.link")}</A>
      </p>
    </>
  );
}
