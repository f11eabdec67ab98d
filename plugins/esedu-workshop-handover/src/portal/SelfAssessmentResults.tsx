import { Async, createLiveResource, DataTable, Section, usePluginApi } from "@polku/ui";

import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * The coachees' self-assessments per half-year: the count only from seven respondents up, the averages
 * only for a half-year that has ended (live figures would let a reader infer one coachee's answers).
 */
export function SelfAssessmentResults() {
  const { text, formatNumber } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [results, { refetch }] = createLiveResource(() => api.selfAssessment.results.query());
  const avg = (v: string | null) => (v === null ? "–" : formatNumber(Number(v)));
  return (
    <Section title={text("sa.results")}>
      <p>{text("sa.intro")}</p>
      <Async resource={results} retry={refetch}>
        {(rows) => (
          <DataTable
            caption={text("sa.results")}
            hideCaption
            empty={text("results.empty")}
            rows={rows}
            columns={[
              { header: text("results.period"), rowHeader: true, cell: (r) => r.period },
              {
                header: text("sa.respondents"),
                cell: (r) =>
                  r.respondents === null
                    ? text("sa.tooFew")
                    : r.self_knowledge === null
                      ? `${r.respondents} (${text("sa.periodOpen")})`
                      : String(r.respondents),
              },
              { header: text("sa.area.selfKnowledge"), cell: (r) => avg(r.self_knowledge) },
              { header: text("sa.area.socialSkills"), cell: (r) => avg(r.social_skills) },
              { header: text("sa.area.everydayLife"), cell: (r) => avg(r.everyday_life) },
              { header: text("sa.area.studyWorkReadiness"), cell: (r) => avg(r.study_work_readiness) },
              { header: text("sa.area.lifeManagement"), cell: (r) => avg(r.life_management) },
            ]}
          />
        )}
      </Async>
    </Section>
  );
}
