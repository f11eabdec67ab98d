import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  Section,
  usePluginApi,
} from "@polku/ui";
import { Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * Competence mapping against local companies' open needs (stated in the partner portal): those for the
 * coachee's own qualification first; the coach proposes the coachee for one (a job-placement step).
 */
export function NeedsSection(props: { handoverId: string; onProposed: () => void }) {
  const { text } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [needs, { refetch }] = createLiveResource(
    () => props.handoverId,
    (handoverId) => api.placement.needs.query({ handoverId }),
  );
  const proposal = createSubmission((needId: string) =>
    api.placement.propose.mutate({ handoverId: props.handoverId, needId }),
  );
  const propose = async (needId: string) => {
    if (await proposal.run(needId)) props.onProposed();
  };
  return (
    <Section title={text("needs.title")}>
      <p>{text("needs.intro")}</p>
      <Show when={proposal.error()}>{(error) => <ApiError error={error()} />}</Show>
      <Async resource={needs} retry={refetch}>
        {(rows) => (
          <DataTable
            caption={text("needs.title")}
            hideCaption
            empty={text("needs.empty")}
            rows={rows}
            columns={[
              { header: text("trials.company"), rowHeader: true, cell: (n) => n.organisationName },
              { header: text("needs.field"), cell: (n) => n.field },
              { header: text("needs.description"), cell: (n) => n.descriptionFi },
              { header: text("needs.headcount"), cell: (n) => String(n.headcount) },
              {
                header: text("needs.match"),
                cell: (n) => (n.matchesQualification ? text("needs.sameQualification") : "–"),
              },
              {
                header: text("list.actions"),
                cell: (n) => (
                  <Button variant="secondary" onClick={() => void propose(n.id)}>
                    {text("needs.propose")}
                    <span class="visually-hidden">: {`${n.organisationName}, ${n.field}`}</span>
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Async>
    </Section>
  );
}
