import {
  Async,
  Button,
  createLiveResource,
  DataTable,
  Empty,
  formatMoney,
  formatNumber,
  Page,
  Section,
  TextField,
  useApi,
} from "@polku/ui";
import { A, useParams } from "@solidjs/router";
import { createSignal, onCleanup, Show } from "solid-js";
import { unwrap } from "solid-js/store";
import { EuroBarChart, seriesColors } from "./EuroBarChart.tsx";
import { defaultFundingYear } from "./format.ts";
import { SensitivitySection } from "./SensitivitySection.tsx";
import type { WorkerMessage } from "./scenarios.worker.ts";
import type { DistributionResult, ScenarioRequest, ScenarioResult } from "./scenarios-run.ts";
import { useFundingText } from "./text.ts";
import "./funding.css";

type Facts = Awaited<ReturnType<ReturnType<typeof useApi>["funding"]["facts"]["query"]>>;

const modelYear = (id: string) => id.replace("law-", "");

/** User Timing names: a person's browser tools, and `pnpm bench`, see when the first chart appeared. */
const RUN_MARK = "polku:funding-run";
const FIRST_CHART_MEASURE = "polku:funding-first-chart";
const ALL_RESULTS_MEASURE = "polku:funding-all-results";

function Distribution(props: {
  first: DistributionResult;
  names: ReadonlyMap<string, string>;
  onDrawn: () => void;
}) {
  const { text } = useFundingText();
  const name = (id: string) => props.names.get(id) ?? id;
  const r = () => props.first;
  return (
    <Section title={text("scenarios.distribution")}>
      <EuroBarChart
        labels={r().distribution.map((d) => name(d.partyId))}
        series={(["p10", "p50", "p90"] as const).map((k, i) => ({
          label: text(`scenarios.${k}`),
          data: r().distribution.map((d) => d[k]),
          color: seriesColors[i]!,
        }))}
        summary={text("scenarios.distributionSummary")}
        onDrawn={props.onDrawn}
      />
      <DataTable
        caption={text("scenarios.distributionCaption", { model: modelYear(r().modelId) })}
        rows={[...r().distribution]}
        columns={[
          { header: text("scenarios.party"), rowHeader: true, cell: (d) => name(d.partyId) },
          { header: text("scenarios.mean"), cell: (d) => formatMoney(d.mean), class: "num" },
          { header: text("scenarios.p10"), cell: (d) => formatMoney(d.p10), class: "num" },
          { header: text("scenarios.p50"), cell: (d) => formatMoney(d.p50), class: "num" },
          { header: text("scenarios.p90"), cell: (d) => formatMoney(d.p90), class: "num" },
        ]}
      />
    </Section>
  );
}

/** The comparison and the sensitivity: they follow the distribution once every run is done. */
function Comparison(props: {
  result: ScenarioResult;
  names: ReadonlyMap<string, string>;
  proposedVersion: number | null;
}) {
  const { text } = useFundingText();
  const name = (id: string) => props.names.get(id) ?? id;
  const r = () => props.result;
  const variant = (l: ScenarioResult["comparison"]["labels"][number]) =>
    `${l.terms === "inForce" ? text("scenarios.variant.inForce") : text("scenarios.variant.proposed", { version: String(props.proposedVersion ?? "") })} · ${modelYear(l.modelId)}`;
  return (
    <>
      <Section title={text("scenarios.comparison")}>
        <EuroBarChart
          labels={r().comparison.parties.map((p) => name(p.partyId))}
          series={r().comparison.labels.map((l, i) => ({
            label: variant(l),
            data: r().comparison.parties.map((p) => p.means[i] ?? null),
            color: seriesColors[i % seriesColors.length]!,
          }))}
          summary={text("scenarios.comparisonSummary")}
        />
        <DataTable
          caption={text("scenarios.comparisonCaption")}
          rows={[...r().comparison.parties]}
          columns={[
            { header: text("scenarios.party"), rowHeader: true, cell: (p) => name(p.partyId) },
            ...r().comparison.labels.map((l, i) => ({
              header: variant(l),
              cell: (p: ScenarioResult["comparison"]["parties"][number]) => {
                const m = p.means[i];
                return m === null || m === undefined ? "–" : formatMoney(m);
              },
              class: "num",
            })),
          ]}
        />
      </Section>
      <SensitivitySection sensitivity={r().sensitivity} name={name} />
    </>
  );
}

function Runner(props: { agreementId: string; facts: Facts }) {
  const { text } = useFundingText();
  const [year, setYear] = createSignal(String(defaultFundingYear()));
  const [count, setCount] = createSignal("10000");
  const [seed, setSeed] = createSignal("2026");
  const [progress, setProgress] = createSignal<{ done: number; total: number } | null>(null);
  const [first, setFirst] = createSignal<DistributionResult | null>(null);
  const [result, setResult] = createSignal<ScenarioResult | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  let worker: Worker | undefined;
  onCleanup(() => worker?.terminate());
  const names = new Map(
    [...props.facts.accepted, ...(props.facts.proposed ? [props.facts.proposed] : [])]
      .flatMap((v) => v.parties)
      .map((p) => [p.partyId, p.name ?? p.partyId] as const),
  );
  const run = (event: SubmitEvent) => {
    event.preventDefault();
    worker?.terminate();
    setFirst(null);
    setResult(null);
    setFailure(null);
    setProgress({ done: 0, total: 1 });
    worker = new Worker(new URL("./scenarios.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
      const m = e.data;
      if (m.type === "progress") setProgress({ done: m.done, total: m.total });
      else if (m.type === "distribution") setFirst(m.first);
      else if (m.type === "result") {
        performance.measure(ALL_RESULTS_MEASURE, RUN_MARK);
        setResult(m.result);
        setProgress(null);
      } else {
        setFailure(m.message);
        setProgress(null);
      }
    };
    // The facts are a live resource's store (see createLiveResource): a worker gets the plain objects
    // under it, since a store's proxies cannot be copied into another thread.
    const facts = unwrap(props.facts);
    const request: ScenarioRequest = {
      agreementId: props.agreementId,
      paths: facts.paths,
      accepted: facts.accepted,
      proposed: facts.proposed,
      ownParty: facts.ownParty,
      fundingYear: Number(year()) || defaultFundingYear(),
      scenarios: Math.min(100_000, Math.max(100, Math.round(Number(count()) || 10_000))),
      seed: Math.round(Number(seed()) || 0),
    };
    performance.mark(RUN_MARK);
    drawnThisRun = false;
    worker.postMessage(request);
  };
  let drawnThisRun = false;
  const firstChartDrawn = () => {
    if (drawnThisRun) return;
    drawnThisRun = true;
    performance.measure(FIRST_CHART_MEASURE, RUN_MARK);
  };
  const percentDone = () => {
    const p = progress();
    return p ? Math.round((100 * p.done) / Math.max(1, p.total)) : 0;
  };
  return (
    <Show when={props.facts.paths.length > 0} fallback={<Empty>{text("scenarios.noGraduates")}</Empty>}>
      <form class="form form-inline" aria-label={text("scenarios.form")} onSubmit={run}>
        <TextField label={text("scenarios.year")} inputMode="numeric" value={year()} onValue={setYear} />
        <TextField label={text("scenarios.count")} inputMode="numeric" value={count()} onValue={setCount} />
        <TextField label={text("scenarios.seed")} inputMode="numeric" value={seed()} onValue={setSeed} />
        <Button type="submit" busy={progress() !== null}>
          {progress() ? text("scenarios.running") : text("scenarios.run")}
        </Button>
      </form>
      <div aria-live="polite">
        <Show when={progress()}>
          {(p) => (
            <p>
              <label for="funding-progress">{text("scenarios.progress")}</label>{" "}
              <progress id="funding-progress" max="100" value={percentDone()}>
                {percentDone()} %
              </progress>{" "}
              {text("scenarios.progressText", {
                done: formatNumber(p().done),
                total: formatNumber(p().total),
              })}
            </p>
          )}
        </Show>
        <Show when={result()}>
          {(_r) => <p>{text("scenarios.done", { count: formatNumber(Number(count()) || 0) })}</p>}
        </Show>
        <Show when={failure()}>
          {(m) => <p class="field-error">{text("scenarios.failed", { message: m() })}</p>}
        </Show>
      </div>
      <Show when={first()}>
        {(f) => <Distribution first={f()} names={names} onDrawn={firstChartDrawn} />}
      </Show>
      <Show when={result()}>
        {(r) => (
          <Comparison result={r()} names={names} proposedVersion={props.facts.proposed?.version ?? null} />
        )}
      </Show>
    </Show>
  );
}

/** Scenarios of an agreement in a Web Worker: each party's revenue as a distribution, and the comparison. */
export default function ScenariosPage() {
  const { text } = useFundingText();
  const api = useApi();
  const params = useParams<{ agreementId: string }>();
  const [facts, { refetch }] = createLiveResource(() =>
    api.funding.facts.query({ agreementId: params.agreementId }),
  );
  const title = () => {
    const f = facts.latest;
    const terms = f?.proposed ?? f?.accepted.at(-1);
    return text("scenarios.title", { title: terms?.title ?? "" });
  };
  return (
    <Page title={title()} intro={text("scenarios.intro")}>
      <p>
        <A href={`/funding/${params.agreementId}`}>{text("statement.back")}</A>
      </p>
      <Async resource={facts} retry={() => void refetch()}>
        {(f) => <Runner agreementId={params.agreementId} facts={f} />}
      </Async>
    </Page>
  );
}
