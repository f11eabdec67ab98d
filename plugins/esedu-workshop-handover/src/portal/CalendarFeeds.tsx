import {
  ApiError,
  Async,
  Button,
  createLiveResource,
  createSubmission,
  DataTable,
  Section,
  TextField,
  usePluginApi,
} from "@polku/ui";
import { createSignal, Show } from "solid-js";
import type { HandoverRouter } from "../router.ts";
import { pluginId, usePluginText } from "./text.ts";

/**
 * The person's calendar feeds: meetings, work trials and deadlines for a calendar program to subscribe
 * to. The address holds only an unguessable token, shown once; a feed is ended with one press.
 */
export function CalendarFeeds() {
  const { text, formatDateTime } = usePluginText();
  const api = usePluginApi<HandoverRouter>(pluginId);
  const [feeds, { refetch }] = createLiveResource(() => api.calendar.feeds.query());
  const [address, setAddress] = createSignal("");
  const creation = createSubmission(() => api.calendar.createFeed.mutate());
  const revocation = createSubmission((feedId: string) => api.calendar.revokeFeed.mutate({ feedId }));
  const create = async () => {
    const made = await creation.run();
    if (made) {
      setAddress(`${window.location.origin}${made.path}`);
    }
  };
  const revoke = async (feedId: string) => {
    await revocation.run(feedId);
  };
  return (
    <Section title={text("calendar.title")}>
      <p>{text("calendar.intro")}</p>
      <Show when={creation.error() ?? revocation.error()}>{(error) => <ApiError error={error()} />}</Show>
      <Show when={address()}>
        <TextField
          label={text("calendar.address")}
          hint={text("calendar.once")}
          value={address()}
          onValue={() => {}}
        />
      </Show>
      <Button variant="secondary" onClick={() => void create()}>
        {text("calendar.create")}
      </Button>
      <Async resource={feeds} retry={refetch}>
        {(rows) => (
          <DataTable
            caption={text("calendar.title")}
            hideCaption
            empty={text("calendar.empty")}
            rows={rows}
            columns={[
              { header: text("calendar.created"), rowHeader: true, cell: (f) => formatDateTime(f.createdAt) },
              {
                header: text("list.status"),
                cell: (f) =>
                  f.revokedAt ? (
                    text("calendar.revoked")
                  ) : (
                    <Button variant="danger" onClick={() => void revoke(f.id)}>
                      {text("calendar.revoke")}
                      <span class="visually-hidden">: {formatDateTime(f.createdAt)}</span>
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
