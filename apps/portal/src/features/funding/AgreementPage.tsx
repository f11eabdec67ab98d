import {
  type ApiOutputs,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  DetailList,
  Page,
  Section,
  StatusMessage,
  useApi,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { type Change, changesBetween } from "./changes.ts";
import { euros, percent, ruleText, share } from "./format.ts";
import type { MessageKey } from "./messages.ts";
import { useFundingText } from "./text.ts";
import "./funding.css";

type Agreement = ApiOutputs["funding"]["agreement"];
type Version = Agreement["versions"][number];

/** One version: its status, who has accepted, what changed from the one before, and its terms. */
function VersionSection(props: {
  agreement: Agreement;
  version: Version;
  previous?: Version;
  onAccepted: (version: number) => void;
}) {
  const { text, formatDate, formatDateTime } = useFundingText();
  const api = useApi();
  const v = () => props.version;
  const accept = createSubmission(() =>
    api.funding.accept.mutate({ agreementId: props.agreement.id, version: v().version }),
  );
  const mine = () => props.agreement.awaitingMe.includes(v().version);
  const status = () =>
    props.agreement.inForce === v().version
      ? text("agreement.status.inForce")
      : text(v().status === "accepted" ? "agreement.status.accepted" : "agreement.status.proposed");
  const fieldName: Record<string, MessageKey> = {
    percentage: "terms.percentage",
    capEuros: "terms.cap",
    floorEuros: "terms.floor",
    minContribution: "terms.minContribution",
  };
  const changeText = (c: Change) => {
    switch (c.kind) {
      case "added":
      case "removed":
        return text(c.kind === "added" ? "change.added" : "change.removed", { party: c.party });
      case "field": {
        const show = (x: number | undefined) =>
          x === undefined
            ? text("change.none")
            : c.field === "percentage"
              ? percent(x)
              : c.field === "minContribution"
                ? share(x)
                : euros(x);
        return text("change.field", {
          party: c.party,
          field: text(fieldName[c.field]!).toLocaleLowerCase(),
          from: show(c.from),
          to: show(c.to),
        });
      }
      case "effectiveFrom":
        return text("change.effectiveFrom", { from: formatDate(c.from), to: formatDate(c.to) });
      default:
        return text(c.kind === "title" ? "change.title" : "change.attribution", { from: c.from, to: c.to });
    }
  };
  const submit = async () => {
    if (await accept.run()) props.onAccepted(v().version);
  };
  return (
    <Section title={`${text("agreement.version", { version: String(v().version) })}: ${status()}`}>
      <DetailList
        items={[
          { label: text("agreement.effectiveFrom"), value: formatDate(v().effectiveFrom) },
          { label: text("agreement.proposedAt"), value: formatDateTime(v().proposedAt) },
          ...(v().note ? [{ label: text("agreement.note"), value: v().note! }] : []),
        ]}
      />
      <h3>{text("agreement.changes")}</h3>
      <Show when={props.previous} fallback={<p>{text("agreement.firstVersion")}</p>}>
        {(prev) => {
          const changes = changesBetween(prev().terms, v().terms);
          return (
            <Show when={changes.length > 0} fallback={<p>{text("agreement.noChanges")}</p>}>
              <ul>
                <For each={changes}>{(c) => <li>{changeText(c)}</li>}</For>
              </ul>
            </Show>
          );
        }}
      </Show>
      <p>{text("agreement.attribution", { rule: ruleText(text, v().terms.attribution) })}</p>
      <DataTable
        caption={text("agreement.terms", { version: String(v().version) })}
        rows={[...v().terms.parties]}
        columns={[
          { header: text("terms.party"), rowHeader: true, cell: (p) => p.name ?? p.partyId },
          { header: text("terms.role"), cell: (p) => text(`role.${p.role}` as MessageKey) },
          { header: text("terms.percentage"), cell: (p) => percent(p.percentage), class: "num" },
          { header: text("terms.cap"), cell: (p) => euros(p.capEuros), class: "num" },
          { header: text("terms.floor"), cell: (p) => euros(p.floorEuros), class: "num" },
          { header: text("terms.minContribution"), cell: (p) => share(p.minContribution), class: "num" },
        ]}
      />
      <h3>{text("agreement.acceptances")}</h3>
      <ul>
        <For each={v().acceptances}>
          {(a) => (
            <li>
              {a.name}:{" "}
              {a.accepted && a.acceptedAt
                ? text("agreement.accepted", { date: formatDate(a.acceptedAt.slice(0, 10)) })
                : text("agreement.waiting")}
            </li>
          )}
        </For>
      </ul>
      <Show when={mine()}>
        <Button onClick={() => void submit()} busy={accept.pending()}>
          {text("agreement.accept", { version: String(v().version) })}
        </Button>
        <Show when={accept.error()}>{(e) => <p class="field-error">{e().message}</p>}</Show>
      </Show>
    </Section>
  );
}

/** An agreement with its versions, newest first; the links to draft, the statement and the scenarios. */
export default function AgreementPage() {
  const { text } = useFundingText();
  const api = useApi();
  const params = useParams<{ agreementId: string }>();
  const [agreement, { refetch }] = createLiveResource(
    () => params.agreementId,
    (agreementId) => api.funding.agreement.query({ agreementId }),
  );
  const title = () => agreement.latest?.versions.at(-1)?.terms.title ?? text("agreement.title");
  // Kept here, not in the version's section: the sections are drawn anew when the agreement reloads.
  const [done, setDone] = createSignal<string | null>(null);
  return (
    <Page title={title()}>
      <p>
        <A href="/funding">{text("agreement.back")}</A>
      </p>
      <Async resource={agreement} retry={() => void refetch()}>
        {(a) => (
          <>
            <nav aria-label={text("agreement.title")}>
              <ul class="funding-links">
                <Show when={a.canEdit}>
                  <li>
                    <A href={`/funding/${a.id}/draft`}>{text("agreement.draft")}</A>
                  </li>
                </Show>
                <li>
                  <A href={`/funding/${a.id}/statement`}>{text("agreement.statement")}</A>
                </li>
                <li>
                  <A href={`/funding/${a.id}/scenarios`}>{text("agreement.scenarios")}</A>
                </li>
              </ul>
            </nav>
            <StatusMessage message={done()} />
            <DetailList
              items={[
                { label: text("agreement.provider"), value: a.providerName },
                {
                  label: text("agreement.inForce"),
                  value:
                    a.inForce === null
                      ? text("agreement.noneInForce")
                      : text("agreement.version", { version: String(a.inForce) }),
                },
              ]}
            />
            <For each={[...a.versions].reverse()}>
              {(v) => (
                <VersionSection
                  agreement={a}
                  version={v}
                  {...(v.version > 1
                    ? { previous: a.versions.find((x) => x.version === v.version - 1)! }
                    : {})}
                  onAccepted={(version) => {
                    setDone(text("agreement.acceptDone", { version: String(version) }));
                  }}
                />
              )}
            </For>
          </>
        )}
      </Async>
    </Page>
  );
}
