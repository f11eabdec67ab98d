/**
 * The rules of coaching and student welfare: who may write a note of which visibility, who takes part
 * in which kind of session, and how a welfare referral moves from open to closed.
 */
import { Data, Effect, Schema } from "effect";
import {
  coachingSessionKinds,
  noteVisibilities,
  noteVisibilitiesByRole,
  referralStatuses,
  referralStatusTransitions,
  welfareServices,
} from "../vocabulary.ts";

export const CoachingSessionKind = Schema.Literals(coachingSessionKinds);
export type CoachingSessionKind = typeof CoachingSessionKind.Type;
export const NoteVisibility = Schema.Literals(noteVisibilities);
export type NoteVisibility = typeof NoteVisibility.Type;
export const WelfareService = Schema.Literals(welfareServices);
export type WelfareService = typeof WelfareService.Type;
export const ReferralStatus = Schema.Literals(referralStatuses);
export type ReferralStatus = typeof ReferralStatus.Type;

/** A role asked to write a note of a visibility it may not use. Tagged "Forbidden": the API answers FORBIDDEN. */
export class NoteVisibilityNotAllowed extends Data.TaggedError("Forbidden")<{
  readonly role: string;
  readonly visibility: NoteVisibility;
}> {
  override get message(): string {
    return this.visibility === "welfare"
      ? "visibility: only student-welfare staff may write welfare notes. Refer the student to welfare instead."
      : `visibility: your role may not write "${this.visibility}" notes.`;
  }
}

export class InvalidSessionParticipants extends Data.TaggedError("InvalidSessionParticipants")<{
  readonly kind: CoachingSessionKind;
  readonly students: number;
  readonly hasGroup: boolean;
}> {
  override get message(): string {
    if (this.kind === "individual") {
      return this.hasGroup
        ? "groupId: an individual session is with one student, not a group."
        : "studentIds: an individual session needs exactly one student.";
    }
    return "studentIds: a group session needs a group or at least one student.";
  }
}

export class InvalidReferralTransition extends Data.TaggedError("InvalidReferralTransition")<{
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
}> {
  override get message(): string {
    return this.from === "closed"
      ? "status: this referral is closed and cannot change. Make a new referral if the student needs help again."
      : `status: a referral cannot go from "${this.from}" to "${this.to}". Allowed: open -> in_progress or closed; in_progress -> closed.`;
  }
}

/** The visibilities a role may write notes with; none for roles that may not write notes. */
export const noteVisibilitiesFor = (role: string): ReadonlyArray<NoteVisibility> =>
  noteVisibilitiesByRole[role as keyof typeof noteVisibilitiesByRole] ?? [];

export const checkNoteVisibility = (
  role: string,
  visibility: NoteVisibility,
): Effect.Effect<NoteVisibility, NoteVisibilityNotAllowed> =>
  noteVisibilitiesFor(role).includes(visibility)
    ? Effect.succeed(visibility)
    : Effect.fail(new NoteVisibilityNotAllowed({ role, visibility }));

/**
 * Who takes part: an individual session has exactly one student and no group; a group session a group
 * or at least one student; a community activity anyone (participants may be added later).
 */
export const checkSessionParticipants = (
  kind: CoachingSessionKind,
  students: number,
  hasGroup: boolean,
): Effect.Effect<void, InvalidSessionParticipants> => {
  const ok =
    kind === "individual" ? students === 1 && !hasGroup : kind === "group" ? hasGroup || students > 0 : true;
  return ok ? Effect.void : Effect.fail(new InvalidSessionParticipants({ kind, students, hasGroup }));
};

export const canTransitionReferral = (from: ReferralStatus, to: ReferralStatus): boolean =>
  referralStatusTransitions[from].includes(to);

/**
 * A referral's next status. Staying in the same open status is allowed (welfare staff update their
 * note); a closed referral is final.
 */
export const transitionReferral = (
  from: ReferralStatus,
  to: ReferralStatus,
): Effect.Effect<ReferralStatus, InvalidReferralTransition> =>
  (from === to && from !== "closed") || canTransitionReferral(from, to)
    ? Effect.succeed(to)
    : Effect.fail(new InvalidReferralTransition({ from, to }));
