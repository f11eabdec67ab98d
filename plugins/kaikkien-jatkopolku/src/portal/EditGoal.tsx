import { createSubmission, FormActions, StatusMessage, TextAreaField, usePluginApi } from "@polku/ui";
import { createSignal } from "solid-js";
import { manifest } from "../manifest.ts";
import type { PluginRouter } from "../router.ts";
import { usePluginText } from "../text.ts";

interface Props {
  learner: {
    id: string;
    firstName: string;
    lastName: string;
    challenge: string;
    personalGoal: string;
    continuationPath: string | null;
  };
  onSaved?: () => void;
}

/**
 * The learner's personal goal and its continuation path, as the learner and the trainer agree them
 * while the training runs (and after, as the path goes on): opened on request, prefilled with what is
 * recorded, so a change never starts from a blank form.
 */
export function EditGoal(props: Props) {
  const { text } = usePluginText();
  const plugin = usePluginApi<PluginRouter>(manifest.id);
  const [open, setOpen] = createSignal(false);
  const [challenge, setChallenge] = createSignal(props.learner.challenge);
  const [goal, setGoal] = createSignal(props.learner.personalGoal);
  const [path, setPath] = createSignal(props.learner.continuationPath ?? "");
  const [message, setMessage] = createSignal<string | null>(null);
  const save = createSubmission(() =>
    plugin.learners.update.mutate({
      learnerId: props.learner.id,
      challenge: challenge(),
      personalGoal: goal(),
      continuationPath: path(),
    }),
  );
  const name = () => `${props.learner.firstName} ${props.learner.lastName}`;
  return (
    <details open={open()} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{`${text("goal.edit")}: ${name()}`}</summary>
      <StatusMessage message={message()} />
      <form
        class="form"
        aria-label={`${text("goal.edit")}: ${name()}`}
        onSubmit={async (e) => {
          e.preventDefault();
          setMessage(null);
          if (await save.run()) {
            setMessage(text("goal.saved"));
            props.onSaved?.();
          }
        }}
      >
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
        <FormActions label={text("goal.edit")} pending={save.pending()} error={save.error()} />
      </form>
    </details>
  );
}
