import {
  type ApiOutputs,
  Async,
  Button,
  createLiveResource,
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
import { createSignal, Show } from "solid-js";
import { defaultFundingYear, euros, share } from "./format.ts";
import type { MessageKey } from "./messages.ts";
import { download, toCsv } from "./statement-csv.ts";
import { type XlsxColumn, xlsxBlob } from "./statement-xlsx.ts";
import { useFundingText } from "./text.ts";
import "./funding.css";

type Statement = ApiOutputs["funding"]["statement"];
type Line = Statement["lines"][number];

function StatementView(props: { statement: Statement }) {
  const { text, locale, formatDate } = useFundingText();
  const s = () => props.statement;
  const outcome = (kind: string) => text(`outcome.${kind}` as MessageKey);
  // The name column only when the person may see some student's name (see funding.statement): the
  // pseudonym stays beside it, as it is what the other parties' statements and the downloads carry.
  const named = () => s().lines.some((l) => l.name !== null);
  const columns = () => [
    ...(named() ? [{ header: text("statement.name"), value: (l: Line) => l.name ?? "–", num: false }] : []),
    { header: text("statement.student"), value: (l: Line) => l.student, num: false },
    { header: text("statement.outcome"), value: (l: Line) => outcome(l.outcomeKind), num: false },
    { header: text("statement.placedOn"), value: (l: Line) => formatDate(l.placedOn), num: false },
    { header: text("statement.fraction"), value: (l: Line) => share(l.fraction), num: true },
    { header: text("statement.placementEuros"), value: (l: Line) => euros(l.placementEuros), num: true },
    { header: text("statement.attributed"), value: (l: Line) => euros(l.attributedEuros), num: true },
    { header: text("statement.rate"), value: (l: Line) => share(l.rate), num: true },
    { header: text("statement.euros"), value: (l: Line) => euros(l.euros), num: true },
    { header: text("statement.version"), value: (l: Line) => String(l.agreementVersion), num: true },
  ];
  // Numbers as numbers (a spreadsheet sums them), with the explanation in the person's language.
  const fileColumns = (): XlsxColumn<Line>[] => [
    { header: text("statement.student"), kind: "text", value: (l) => l.student },
    { header: text("statement.outcome"), kind: "text", value: (l) => outcome(l.outcomeKind) },
    { header: text("statement.placedOn"), kind: "date", value: (l) => l.placedOn },
    { header: text("statement.fraction"), kind: "share", value: (l) => l.fraction },
    { header: text("statement.placementEuros"), kind: "euro", value: (l) => l.placementEuros },
    { header: text("statement.attributed"), kind: "euro", value: (l) => l.attributedEuros },
    { header: text("statement.rate"), kind: "share", value: (l) => l.rate },
    { header: text("statement.euros"), kind: "euro", value: (l) => l.euros },
    { header: text("statement.version"), kind: "integer", value: (l) => l.agreementVersion },
    { header: text("statement.explanation"), kind: "text", value: (l) => l.explanation[locale()] },
  ];
  const fileName = (ext: string) =>
    `tilitys-${s().fundingYear}-${s().partyName.replace(/[^\p{L}\p{N}]+/gu, "-")}.${ext}`;
  const exportCsv = () => download(fileName("csv"), toCsv(fileColumns(), s().lines));
  const exportXlsx = async () =>
    download(
      fileName("xlsx"),
      await xlsxBlob([{ title: text("statement.caption"), columns: fileColumns(), rows: s().lines }]),
    );
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
        <p class="funding-links">
          <Button variant="secondary" onClick={exportCsv}>
            {text("statement.csv")}
          </Button>
          <Button variant="secondary" onClick={() => void exportXlsx()}>
            {text("statement.xlsx")}
          </Button>
        </p>
        <div>
          <DataTable
            caption={text("statement.caption")}
            rows={[...s().lines]}
            columns={columns().map((c, i) => ({
              header: c.header,
              cell: c.value,
              ...(i === 0 ? { rowHeader: true } : {}),
              ...(c.num ? { class: "num" } : {}),
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
  const [agreement] = createLiveResource(() =>
    api.funding.agreement.query({ agreementId: params.agreementId }),
  );
  const [statement, { refetch }] = createLiveResource(asked, (a) =>
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
