import {
  Button,
  CheckboxField,
  createLiveResource,
  createSubmission,
  FormActions,
  SelectField,
  TextAreaField,
  TextField,
  useApi,
  usePluginApi,
} from "@polku/ui";
import { createSignal, For } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

/** Adds an adult student of the provider as a learner, with the challenge, the goal and its continuation path. */
export function AddLearner(props: { trainingId: string; onSaved?: () => void }) {
  const { text } = usePluginText();
  const api = useApi();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [students] = createLiveResource(() => api.students.list.query({ limit: 200 }));
  const [studentId, setStudentId] = createSignal("");
  const [challenge, setChallenge] = createSignal("");
  const [goal, setGoal] = createSignal("");
  const [path, setPath] = createSignal("");
  const save = createSubmission(() =>
    plugin.learners.add.mutate({
      trainingId: props.trainingId,
      studentId: studentId(),
      challenge: challenge(),
      personalGoal: goal(),
      continuationPath: path(),
    }),
  );
  return (
    <form
      class="form"
      aria-label={text("learner.add")}
      onSubmit={async (e) => {
        e.preventDefault();
        if (await save.run()) {
          setChallenge("");
          setGoal("");
          setPath("");
          props.onSaved?.();
        }
      }}
    >
      <SelectField
        label={text("learner.student")}
        value={studentId()}
        onValue={setStudentId}
        required
        placeholder="–"
        error={save.fieldError("studentId")}
        options={(students() ?? [])
          .filter((s) => !s.minor)
          .map((s) => ({ value: s.id, label: `${s.lastName}, ${s.firstName}` }))}
      />
      <TextAreaField
        label={text("training.challenge")}
        value={challenge()}
        onValue={setChallenge}
        error={save.fieldError("challenge")}
      />
      <TextAreaField
        label={text("training.goal")}
        value={goal()}
        onValue={setGoal}
        error={save.fieldError("personalGoal")}
      />
      <TextAreaField
        label={text("training.path")}
        value={path()}
        onValue={setPath}
        error={save.fieldError("continuationPath")}
      />
      <FormActions
        label={text("learner.add")}
        pending={save.pending()}
        error={save.error()}
        variant="secondary"
      />
    </form>
  );
}

interface LearnerProps {
  learner: {
    id: string;
    firstName: string;
    lastName: string;
    items: readonly { id: string; text: string; status: string }[];
  };
  partners: readonly { id: string; name: string }[];
  consentedPartnerIds: readonly string[];
  onSaved?: () => void;
}

/** During the training: what is still to solve, and what the learner agreed to share with which partner. */
export function LearnerForms(props: LearnerProps) {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const name = () => `${props.learner.firstName} ${props.learner.lastName}`;
  const [item, setItem] = createSignal("");
  const [partnerId, setPartnerId] = createSignal("");
  const [shareGoal, setShareGoal] = createSignal(true);
  const [shareContinuation, setShareContinuation] = createSignal(true);
  const addItem = createSubmission(() =>
    plugin.learners.addItem.mutate({ learnerId: props.learner.id, text: item() }),
  );
  const resolve = createSubmission((itemId: string) => plugin.learners.resolveItem.mutate({ itemId }));
  const consent = createSubmission(() =>
    plugin.learners.consent.mutate({
      learnerId: props.learner.id,
      trainingPartnerId: partnerId(),
      shareGoal: shareGoal(),
      shareContinuation: shareContinuation(),
    }),
  );
  const withdraw = createSubmission((trainingPartnerId: string) =>
    plugin.learners.withdrawConsent.mutate({ learnerId: props.learner.id, trainingPartnerId }),
  );
  const after = (ok: unknown) => ok && props.onSaved?.();
  return (
    <>
      <ul>
        <For each={props.learner.items.filter((i) => i.status === "open")}>
          {(i) => (
            <li>
              {i.text}{" "}
              <Button
                variant="link"
                aria-label={`${text("learner.resolve")}: ${i.text}`}
                onClick={async () => after(await resolve.run(i.id))}
              >
                {text("learner.resolve")}
              </Button>
            </li>
          )}
        </For>
      </ul>
      <form
        class="form"
        aria-label={`${text("learner.addItem")}: ${name()}`}
        onSubmit={async (e) => {
          e.preventDefault();
          if (await addItem.run()) {
            setItem("");
            props.onSaved?.();
          }
        }}
      >
        <TextField
          label={text("learner.item")}
          value={item()}
          onValue={setItem}
          error={addItem.fieldError("text")}
        />
        <FormActions
          label={text("learner.addItem")}
          pending={addItem.pending()}
          error={addItem.error()}
          variant="secondary"
        />
      </form>
      <form
        class="form"
        aria-label={`${text("learner.consent")}: ${name()}`}
        onSubmit={async (e) => {
          e.preventDefault();
          after(await consent.run());
        }}
      >
        <p>{text("learner.shareHint")}</p>
        <SelectField
          label={text("learner.consentPartner")}
          value={partnerId()}
          onValue={setPartnerId}
          required
          placeholder="–"
          options={props.partners.map((p) => ({ value: p.id, label: p.name }))}
        />
        <CheckboxField label={text("training.shareGoal")} checked={shareGoal()} onChecked={setShareGoal} />
        <CheckboxField
          label={text("training.shareContinuation")}
          checked={shareContinuation()}
          onChecked={setShareContinuation}
        />
        <FormActions
          label={text("learner.consent")}
          pending={consent.pending()}
          error={consent.error()}
          variant="secondary"
        />
      </form>
      <For each={props.partners.filter((p) => props.consentedPartnerIds.includes(p.id))}>
        {(p) => (
          <Button variant="danger" onClick={async () => after(await withdraw.run(p.id))}>
            {`${text("learner.withdraw")}: ${p.name}`}
          </Button>
        )}
      </For>
    </>
  );
}
