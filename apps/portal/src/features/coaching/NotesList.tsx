import { type ApiOutputs, Timeline } from "@polku/ui";
import { useCoachingText } from "./text.ts";

type Note = ApiOutputs["coaching"]["notes"][number];

const tones = { team: "neutral", staff: "active", welfare: "cancelled" } as const;

/** Notes as a timeline, newest first; each says who may read it, in words and not by colour alone. */
export function NotesList(props: { notes: readonly Note[]; showStudent?: boolean }) {
  const { text, formatDateTime } = useCoachingText();
  return (
    <Timeline
      label={text("notes.caption")}
      empty={text("notes.empty")}
      items={props.notes.map((n) => ({
        id: n.id,
        title: props.showStudent ? n.studentName : formatDateTime(n.createdAt),
        status: {
          label: text(`visibility.${n.visibility}` as "visibility.team"),
          tone: tones[n.visibility as keyof typeof tones] ?? "neutral",
        },
        details: [
          { label: text("notes.body"), value: n.body },
          ...(props.showStudent ? [{ label: text("notes.date"), value: formatDateTime(n.createdAt) }] : []),
          { label: text("notes.author"), value: n.authorName ?? "–" },
          ...(n.sessionTitle && !props.showStudent
            ? [{ label: text("notes.session"), value: n.sessionTitle }]
            : []),
        ],
      }))}
    />
  );
}
