/**
 * The support team (tukijajoukkue) around one student: the people who help, by their role in the team.
 * Team roles differ from user roles (`roles.ts`): a mentor, for example, may be a company contact.
 */
import { Schema } from "effect";
import { LocalDate } from "./dates.ts";
import { Uuid } from "./uuid.ts";

export const supportTeamRoles = [
  "tutor",
  "teacher",
  "welfare",
  "guardian",
  "workshop_coach",
  "mentor",
] as const;

export const SupportTeamRole = Schema.Literals(supportTeamRoles);
export type SupportTeamRole = typeof SupportTeamRole.Type;

export const SupportTeamMember = Schema.Struct({
  id: Uuid,
  studentId: Uuid,
  /** The person (user) in the team. */
  personId: Uuid,
  role: SupportTeamRole,
  /** The organisation the member works for; a guardian has none. */
  organisationId: Schema.optional(Uuid),
  since: LocalDate,
  until: Schema.optional(LocalDate),
}).check(
  Schema.makeFilter((m) => {
    const issues: Array<Schema.FilterIssue> = [];
    if (m.until !== undefined && m.until < m.since) {
      issues.push({ path: ["until"], issue: "Membership cannot end before it starts." });
    }
    if (m.role === "guardian" && m.organisationId !== undefined) {
      issues.push({
        path: ["organisationId"],
        issue: "A guardian takes part as a person, not for an organisation.",
      });
    }
    return issues;
  }),
);
export type SupportTeamMember = typeof SupportTeamMember.Type;

/** Whether the member belongs to the team on `day` (`YYYY-MM-DD`); `until` is the last day. */
export const isTeamMemberOn = (member: Pick<SupportTeamMember, "since" | "until">, day: string): boolean =>
  member.since <= day && (member.until === undefined || day <= member.until);
