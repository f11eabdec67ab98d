import { Async, createLiveResource, DataTable, Empty, Page, useApi, useSession } from "@polku/ui";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { useFundingText } from "./text.ts";
import "./funding.css";

/** Every agreement the organisation negotiates or is party to, with the version in force and what waits. */
export default function AgreementsPage() {
  const { text } = useFundingText();
  const api = useApi();
  const session = useSession();
  const [agreements, { refetch }] = createLiveResource(() => api.funding.agreements.query());
  return (
    <Page title={text("list.title")} intro={text("list.intro")}>
      <Show when={session.can("funding.agreement.write")}>
        <p>
          <A href="/funding/new">{text("list.new")}</A>
        </p>
      </Show>
      <Async resource={agreements} retry={() => void refetch()}>
        {(list) => (
          <Show when={list.length > 0} fallback={<Empty>{text("list.none")}</Empty>}>
            <DataTable
              caption={text("list.caption")}
              rows={list}
              columns={[
                {
                  header: text("agreement.title"),
                  rowHeader: true,
                  cell: (a) => <A href={`/funding/${a.id}`}>{a.title}</A>,
                },
                { header: text("agreement.provider"), cell: (a) => a.providerName },
                { header: text("agreement.parties"), cell: (a) => a.parties.map((p) => p.name).join(", ") },
                {
                  header: text("agreement.inForce"),
                  cell: (a) =>
                    a.inForce === null
                      ? text("agreement.noneInForce")
                      : text("agreement.version", { version: String(a.inForce) }),
                },
                {
                  header: text("agreement.latest"),
                  cell: (a) =>
                    a.latest
                      ? `${text("agreement.version", { version: String(a.latest.version) })}: ${text(
                          a.latest.status === "accepted"
                            ? "agreement.status.accepted"
                            : "agreement.status.proposed",
                        )}`
                      : "–",
                },
              ]}
            />
          </Show>
        )}
      </Async>
    </Page>
  );
}
