/**
 * A bar chart drawn with chart.js. Only what bar charts need is registered (chart.js is tree-shaken
 * by what is registered), and this file is imported only by the lazily loaded dashboard page.
 *
 * A canvas is not readable by a screen reader: it is given role="img" and an aria-label that
 * summarises it, and each chart is shown next to a table with the same figures (WCAG 1.1.1).
 */
import { formatNumber } from "@polku/ui";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { createEffect, onCleanup } from "solid-js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  readonly label: string;
  /** Null where the figure is not shown (too few students, or no data): no bar is drawn. */
  readonly data: readonly (number | null)[];
  readonly color: string;
}

/** Colours with at least 3:1 contrast against the white page (WCAG 1.4.11), told apart by the legend too. */
export const chartColors = { blue: "#1d5b8f", orange: "#b54708", grey: "#5d6b7e" } as const;

const percent = (value: number | string) => `${formatNumber(Number(value), { maximumFractionDigits: 1 })} %`;

export function BarChart(props: {
  labels: readonly string[];
  series: readonly BarSeries[];
  /** What the chart shows, read out in place of the canvas. */
  summary: string;
  stacked?: boolean;
}) {
  let canvas: HTMLCanvasElement | undefined;
  let chart: Chart<"bar", (number | null)[], string> | undefined;
  // Drawn again whenever the figures change (e.g. another group chosen).
  createEffect(() => {
    const labels = [...props.labels];
    const datasets = props.series.map((s) => ({
      label: s.label,
      data: [...s.data],
      backgroundColor: s.color,
      borderColor: s.color,
    }));
    const stacked = props.stacked ?? false;
    chart?.destroy();
    if (!canvas) return;
    chart = new Chart(canvas, {
      type: "bar",
      data: { labels, datasets },
      options: {
        // No motion: the figures are what matter, and some people are made unwell by animation.
        animation: false,
        maintainAspectRatio: false,
        scales: {
          x: { stacked },
          y: { stacked, min: 0, max: 100, ticks: { callback: (value) => percent(value) } },
        },
        plugins: {
          legend: { position: "bottom" },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label}: ${percent(item.parsed.y ?? 0)}` },
          },
        },
      },
    });
  });
  onCleanup(() => chart?.destroy());
  return (
    <div class="metrics-chart">
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
