/**
 * A bar chart of euros drawn with chart.js (only the bar parts registered, so the rest is tree-shaken;
 * the file loads with the scenarios page only). A canvas says nothing to a screen reader: it has
 * role="img" and a summary, and every chart stands next to a table of the same figures (WCAG 1.1.1).
 */
import { formatMoney } from "@polku/ui";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { createEffect, onCleanup } from "solid-js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface EuroSeries {
  readonly label: string;
  readonly data: readonly (number | null)[];
  readonly color: string;
}

/** At least 3:1 against the white page (WCAG 1.4.11), and told apart by the legend as well. */
export const seriesColors = ["#1d5b8f", "#b54708", "#5d6b7e", "#2e7d32"] as const;

export function EuroBarChart(props: {
  labels: readonly string[];
  series: readonly EuroSeries[];
  summary: string;
  /** Called after each drawing of the chart (chart.js's afterRender). */
  onDrawn?: () => void;
}) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart<"bar", (number | null)[], string> | undefined;
  createEffect(() => {
    const labels = [...props.labels];
    const datasets = props.series.map((s) => ({
      label: s.label,
      data: [...s.data],
      backgroundColor: s.color,
      borderColor: s.color,
    }));
    chart?.destroy();
    if (!canvas) return;
    chart = new Chart(canvas, {
      type: "bar",
      data: { labels, datasets },
      plugins: [{ id: "polku-drawn", afterRender: () => props.onDrawn?.() }],
      options: {
        // No motion: the figures matter, and animation makes some people unwell.
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { min: 0, ticks: { callback: (value) => formatMoney(Number(value)) } } },
        plugins: {
          legend: { position: "bottom" },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label}: ${formatMoney(item.parsed.y ?? 0)}` },
          },
        },
      },
    });
  });
  onCleanup(() => chart?.destroy());
  return (
    <div class="funding-chart">
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
