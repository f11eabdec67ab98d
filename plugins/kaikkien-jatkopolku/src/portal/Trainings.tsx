import {
  Async,
  createLiveResource,
  createSubmission,
  DataTable,
  DateField,
  FormActions,
  Page,
  Section,
  SelectField,
  StatusMessage,
  TextField,
  usePluginApi,
  useSession,
} from "@polku/ui";
import { A, useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";
import { themes } from "../vocabulary.ts";
import { CalendarFeed } from "./CalendarFeed.tsx";

const base = `/p/${manifest.id}`;

/** The trainer's front page: the provider's trainings, and a new one. */
export default function Trainings() {
  const { text, formatDate } = usePluginText();
  const session = useSession();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const navigate = useNavigate();
  const [list, { refetch }] = createLiveResource(() => plugin.trainings.list.query());
  const [name, setName] = createSignal("");
  const [theme, setTheme] = createSignal<string>("money");
  const [startsOn, setStartsOn] = createSignal("");
  const [endsOn, setEndsOn] = createSignal("");
  const [weeks, setWeeks] = createSignal("6");
  const [message, setMessage] = createSignal<string | null>(null);
  const create = createSubmission(() =>
    plugin.trainings.create.mutate({
      name: name(),
      theme: theme() as (typeof themes)[number],
      startsOn: startsOn(),
      endsOn: endsOn(),
      followUpWeeks: Number(weeks()) || 6,
    }),
  );
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const created = await create.run();
    if (created) {
      setMessage(text("trainings.created"));
      navigate(`${base}/trainings/${created.id}`);
    }
  };
  type Row = NonNullable<ReturnType<typeof list>>[number];
  return (
    <Page title={text("trainings.title")} intro={text("trainings.intro")}>
      <StatusMessage message={message()} />
      <Async resource={list} retry={() => void refetch()}>
        {(rows) => (
          <DataTable<Row>
            caption={text("trainings.title")}
            hideCaption
            rows={rows}
            empty={text("trainings.empty")}
            columns={[
              {
                header: text("trainings.name"),
                rowHeader: true,
                cell: (t) => <A href={`${base}/trainings/${t.id}`}>{t.name}</A>,
              },
              { header: text("trainings.theme"), cell: (t) => text(`theme.${t.theme}` as "theme.money") },
              {
                header: text("trainings.dates"),
                cell: (t) => `${formatDate(t.startsOn)}–${formatDate(t.endsOn)}`,
              },
              { header: text("trainings.learners"), cell: (t) => String(t.learners) },
              {
                header: text("trainings.status"),
                cell: (t) => (t.closedAt ? text("trainings.closed") : text("trainings.running")),
              },
            ]}
          />
        )}
      </Async>
      <Show when={session.can("jatkopolku.write")}>
        <Section title={text("trainings.new")}>
          <form class="form" onSubmit={submit}>
            <TextField
              label={text("trainings.name")}
              value={name()}
              onValue={setName}
              required
              error={create.fieldError("name")}
            />
            <SelectField
              label={text("trainings.theme")}
              value={theme()}
              onValue={setTheme}
              options={themes.map((t) => ({ value: t, label: text(`theme.${t}`) }))}
            />
            <DateField
              label={text("trainings.startsOn")}
              value={startsOn()}
              onValue={setStartsOn}
              required
              error={create.fieldError("startsOn")}
            />
            <DateField
              label={text("trainings.endsOn")}
              value={endsOn()}
              onValue={setEndsOn}
              required
              error={create.fieldError("endsOn")}
            />
            <TextField
              label={text("trainings.followUpWeeks")}
              value={weeks()}
              onValue={setWeeks}
              inputMode="numeric"
              error={create.fieldError("followUpWeeks")}
            />
            <FormActions label={text("trainings.create")} pending={create.pending()} error={create.error()} />
          </form>
        </Section>
      </Show>
      <Show when={session.can("jatkopolku.feed")}>
        <CalendarFeed />
      </Show>
    </Page>
  );
}
