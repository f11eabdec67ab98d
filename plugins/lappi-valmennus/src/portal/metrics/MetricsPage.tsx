/**
 * The managers' dashboard "Mittarit": attendance by month, unit progress and retention per cohort,
 * each as a chart with a heading and a table of the same figures, and the feedback surveys. Figures
 * under the five-student floor show as "not shown"; the API has already withheld them.
 */
import { Page } from "@polku/ui";
import { AttendanceSection } from "./AttendanceSection.tsx";
import { FeedbackSection } from "./FeedbackSection.tsx";
import { ProgressSection } from "./ProgressSection.tsx";
import { RetentionSection } from "./RetentionSection.tsx";
import { useMetricsText } from "./shared.tsx";
import "./metrics.css";

export default function MetricsPage() {
  const { text } = useMetricsText();
  return (
    <Page title={text("metrics.title")} intro={text("metrics.intro")}>
      <p class="metrics-floor">{text("metrics.floor")}</p>
      <AttendanceSection />
      <ProgressSection />
      <RetentionSection />
      <FeedbackSection />
    </Page>
  );
}
