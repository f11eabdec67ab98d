import { createLiveResource, Page, Section, SelectField, useApi } from "@polku/ui";
import { createSignal, Show } from "solid-js";
import { usePluginText } from "../text.ts";
import { Entries } from "./Entries.tsx";

/** The plugin's page: pick a student, read and add entries. Start your practice from here. */
export default function Main() {
  const { text } = usePluginText();
  const api = useApi();
  const [students] = createLiveResource(() => api.students.list.query({ limit: 500 }));
  const [studentId, setStudentId] = createSignal("");
  return (
    <Page title={text("page.title")}>
      <SelectField
        label={text("page.student")}
        value={studentId()}
        onValue={setStudentId}
        placeholder={text("page.choose")}
        options={(students() ?? []).map((s) => ({ value: s.id, label: `${s.lastName}, ${s.firstName}` }))}
      />
      <Show when={studentId()}>
        <Section title={text("page.entries")}>
          <Entries studentId={studentId()} />
        </Section>
      </Show>
    </Page>
  );
}
