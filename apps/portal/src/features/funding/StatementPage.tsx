import {
  type ApiOutputs,
  Async,
  Button,
  DataTable,
  Empty,
  formatMoney,
  formatNumber,
  Page,
  SelectField,
  TextField,
  useApi,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, Show } from "solid-js";
import { defaultFundingYear, euros, share } from "./format.ts";
import type { MessageKey } from "./messages.ts";
import { download, toCsv } from "./statement-csv.ts";
import { useFundingText } from "./text.ts";
import "./funding.css";

type Statement = ApiOutputs["funding"]["statement"];
type Line = Statement["lines"][number];

function StatementView(props: { statement: Statement }) {
  const { text, locale, formatDate } = useFundingText();
  const s = () => props.statement;
  const outcome = (kind: string) => text(`outcome.${kind}` as MessageKey);
  const columns = () => [
    { header: text("statement.student"), value: (l: Line) => l.student },
    { header: text("statement.outcome"), value: (l: Line) => outcome(l.outcomeKind) },
    { header: text("statement.placedOn"), value: (l: Line) => formatDate(l.placedOn) },
    { header: text("statement.fraction"), value: (l: Line) => share(l.fraction) },
    { header: text("statement.placementEuros"), value: (l: Line) => euros(l.placementEuros) },
    { header: text("statement.attributed"), value: (l: Line) => euros(l.attributedEuros) },
    { header: text("statement.rate"), value: (l: Line) => share(l.rate) },
    { header: text("statement.euros"), value: (l: Line) => euros(l.euros) },
    { header: text("statement.version"), value: (l: Line) => String(l.agreementVersion) },
  ];
  const exportCsv = () => {
    // Numbers as numbers (a spreadsheet sums them), with the explanation in the person's language.
    const csv = toCsv<Line>(
      [
        { header: text("statement.student"), value: (l) => l.student },
        { header: text("statement.outcome"), value: (l) => outcome(l.outcomeKind) },
        { header: text("statement.placedOn"), value: (l) => l.placedOn },
        { header: text("statement.fraction"), value: (l) => l.fraction },
        { header: text("statement.placementEuros"), value: (l) => l.placementEuros },
        { header: text("statement.attributed"), value: (l) => l.attributedEuros },
        { header: text("statement.rate"), value: (l) => l.rate },
        { header: text("statement.euros"), value: (l) => l.euros },
        { header: text("statement.version"), value: (l) => l.agreementVersion },
        { header: text("statement.explanation"), value: (l) => l.explanation[locale()] },
      ],
      s().lines,
    );
    download(`tilitys-${s().fundingYear}-${s().partyName.replace(/[^\p{L}\p{N}]+/gu, "-")}.csv`, csv);
  };
  const assumption = (name: string) => s().assumptions.find((a) => a.name === name)?.value ?? 0;
  return (
    <>
      <p>
        {text("statement.total", {
          euros: formatMoney(s().euros),
          lines: formatNumber(s().lines.length),
          versions: s().versionsUsed.join(", ") || "–",
        })}
      </p>
      <Show when={s().adjustment !== "none"}>
        <p>
          {text(s().adjustment === "cap" ? "statement.adjusted.cap" : "statement.adjusted.floor", {
            lines: formatMoney(s().linesEuros),
            euros: formatMoney(s().euros),
          })}
        </p>
      </Show>
      <p class="muted">
        {text("statement.assumptions", {
          budget: formatMoney(Number(assumption("nationalBudget"))),
          points: formatNumber(Number(assumption(`nationalPoints.placement`))),
        })}
      </p>
      <Show when={s().lines.length > 0} fallback={<Empty>{text("statement.none")}</Empty>}>
        <Button variant="secondary" onClick={exportCsv}>
          {text("statement.csv")}
        </Button>
        <div>
          <DataTable
            caption={text("statement.caption")}
            rows={[...s().lines]}
            columns={columns().map((c, i) => ({
              header: c.header,
              cell: c.value,
              ...(i === 0 ? { rowHeader: true } : {}),
              ...(i >= 3 ? { class: "num" } : {}),
            }))}
          />
        </div>
      </Show>
    </>
  );
}

/** A party's statement for a funding year: a partner sees its own, the provider's negotiators any party's. */
export default function StatementPage() {
  const { text } = useFundingText();
  const api = useApi();
  const params = useParams<{ agreementId: string }>();
  const [year, setYear] = createSignal(String(defaultFundingYear()));
  const [party, setParty] = createSignal("");
  const [asked, setAsked] = createSignal({ year: defaultFundingYear(), party: "" });
  const [agreement] = createResource(() => api.funding.agreement.query({ agreementId: params.agreementId }));
  const [statement, { refetch }] = createResource(asked, (a) =>
    api.funding.statement.query({
      agreementId: params.agreementId,
      fundingYear: a.year,
      ...(a.party ? { partyId: a.party } : {}),
    }),
  );
  const parties = () => {
    const a = agreement.latest;
    if (a?.side !== "provider") return [];
    return [
      ...new Map(a.versions.flatMap((v) => v.terms.parties).map((p) => [p.partyId, p.name ?? p.partyId])),
    ];
  };
  const title = () =>
    statement.latest
      ? text("statement.title", {
          year: String(statement.latest.fundingYear),
          party: statement.latest.partyName,
        })
      : text("agreement.statement");
  return (
    <Page title={title()} intro={text("statement.intro")}>
      <p>
        <A href={`/funding/${params.agreementId}`}>{text("statement.back")}</A>
      </p>
      <form
        class="form form-inline"
        aria-label={text("agreement.statement")}
        onSubmit={(e) => {
          e.preventDefault();
          const y = Number(year());
          if (Number.isInteger(y)) setAsked({ year: y, party: party() });
        }}
      >
        <TextField label={text("statement.year")} inputMode="numeric" value={year()} onValue={setYear} />
        <Show when={parties().length > 0}>
          <SelectField
            label={text("statement.party")}
            value={party()}
            onValue={setParty}
            options={parties().map(([value, label]) => ({ value, label }))}
          />
        </Show>
        <Button type="submit">{text("statement.show")}</Button>
      </form>
      <Async resource={statement} retry={() => void refetch()}>
        {(s) => <StatementView statement={s} />}
      </Async>
    </Page>
  );
}
