/**
 * Attendance as files: a group's marks for a day or lesson, and one student's marks over a period.
 * The rows are read again at the click through the same procedures as the page (attendance.roster,
 * attendance.forStudent), so the file holds what is saved, and each read is audited as the page's is.
 */
import type { ApiOutputs, ExportColumn, ExportSheet } from "@polku/ui";
import type { MessageKey } from "./messages.ts";

type Roster = ApiOutputs["attendance"]["roster"];
type RosterStudent = Roster["students"][number];
type Marks = ApiOutputs["attendance"]["forStudent"];
type Text = (key: MessageKey) => string;

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The group's marks: a line per student, with the day, lesson and group on each line for sorting. */
export function rosterSheet(roster: Roster, text: Text, title: string): ExportSheet<RosterStudent> {
  const columns: ExportColumn<RosterStudent>[] = [
    { header: text("mark.lastName"), kind: "text", value: (s) => s.lastName },
    { header: text("mark.firstName"), kind: "text", value: (s) => s.firstName },
    // "alaikäinen" as a header: with a capital, as the other headers.
    { header: capitalised(text("minor")), kind: "text", value: (s) => (s.minor ? text("mark.yes") : "") },
    { header: text("mark.group"), kind: "text", value: () => roster.group.name },
    { header: text("mark.day"), kind: "date", value: () => roster.day },
    { header: text("mark.lesson"), kind: "text", value: () => roster.lesson || text("wholeDay") },
    {
      header: text("mark.mark"),
      kind: "text",
      value: (s) => (s.mark ? text(`status.${s.mark.status}`) : text("mark.none")),
    },
    { header: text("mark.minutes"), kind: "number", decimals: 0, value: (s) => s.mark?.minutesLate },
  ];
  return { title, columns, rows: roster.students };
}

/** One student's marks over the period, newest first as on the page. */
export function marksSheet(marks: Marks, text: Text, title: string): ExportSheet<Marks["marks"][number]> {
  return {
    title,
    columns: [
      { header: text("mine.day"), kind: "date", value: (m) => m.day },
      { header: text("mine.lesson"), kind: "text", value: (m) => m.lesson || text("wholeDay") },
      { header: text("mine.mark"), kind: "text", value: (m) => text(`status.${m.status}`) },
      { header: text("mine.minutes"), kind: "number", decimals: 0, value: (m) => m.minutesLate },
    ],
    rows: marks.marks,
  };
}
