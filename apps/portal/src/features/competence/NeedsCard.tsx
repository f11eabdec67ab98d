import { Async, createLiveResource, useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";

import { useCompetenceText } from "./text.ts";

/** A company contact's home card: how many of the company's needs are open, and the way to them. */
export default function NeedsCard() {
  const { text } = useCompetenceText();
  const api = useApi();
  const session = useSession();
  const [needs, { refetch }] = createLiveResource(
    () => session.me.latest?.current.organisationId,
    (organisationId) => api.competenceNeeds.list.query({ organisationId, status: "open" }),
  );
  return (
    <Async resource={needs} retry={() => void refetch()}>
      {(rows) => (
        <>
          <p>{text("card.open", { count: rows.length })}</p>
          <p>
            <A href="/competence-needs">{text("card.manage")}</A>
          </p>
        </>
      )}
    </Async>
  );
}
