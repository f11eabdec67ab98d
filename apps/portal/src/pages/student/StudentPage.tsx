import { Async, createLiveResource, Page, Section, useApi, useI18n, useSession } from "@polku/ui";
import { useParams } from "@solidjs/router";
import { For } from "solid-js";
import { Dynamic } from "solid-js/web";
import { installed } from "../../plugins.ts";
import { SlotBoundary } from "../../slots/SlotBoundary.tsx";
import { type CoreStudentSectionProps, visibleSlots } from "../../slots/types.ts";
import { SectionNav } from "./SectionNav.tsx";

/**
 * One student: the sections the core's feature areas and the deployment's plugins contribute, those
 * this role may see, in their order, with links to each at the top. Each section loads on its own and
 * shows its own failure with a retry, so one failing part never blanks the page.
 */
export default function StudentPage() {
  const { t } = useI18n();
  const api = useApi();
  const session = useSession();
  const params = useParams<{ studentId: string }>();
  const [student, { refetch }] = createLiveResource(
    () => params.studentId,
    (studentId) => api.students.get.query({ studentId }),
  );
  // The installed slots themselves (not copies), so a change of language redraws titles, not sections.
  const sections = () => visibleSlots(installed.studentSections, session);
  return (
    <Async resource={student} retry={() => void refetch()}>
      {(s) => {
        const props = (): CoreStudentSectionProps => ({
          studentId: s.id,
          studentName: `${s.firstName} ${s.lastName}`,
          minor: s.minor,
          student: s,
        });
        return (
          <Page title={props().studentName}>
            <SectionNav sections={sections()} />
            <For each={sections()}>
              {(section) => (
                <Section title={t(section.titleKey)} id={section.key} focusableHeading>
                  <SlotBoundary title={t(section.titleKey)}>
                    <Dynamic component={section.component} {...props()} />
                  </SlotBoundary>
                </Section>
              )}
            </For>
          </Page>
        );
      }}
    </Async>
  );
}
