import {
  attendanceStatuses,
  outcomeKinds,
  pathwayPhases,
  stepStatuses,
  studyRightStates,
} from "@polku/domain";
import { Schema } from "effect";
import {
  type AnyEvent,
  defineEvent,
  type EmitContext,
  type EventBus,
  type EventDefinition,
} from "./events.ts";
import { Id, LocalDateInput } from "./schemas.ts";

/** Every core event concerns one provider's student or students, and says who acted. */
const StudentFact = { providerId: Id, studentId: Id };

const SavedMark = Schema.Struct({
  studentId: Id,
  day: LocalDateInput,
  lesson: Schema.String,
  status: Schema.Literals(attendanceStatuses),
});

/**
 * What the core emits, inside the transaction of the change it tells of: a subscriber sees the change
 * before it commits, and its own work commits or rolls back with it.
 */
export const coreEvents = {
  /** Attendance marks were created or changed (in status or minutes); unchanged ones are left out. */
  marksSaved: defineEvent(
    "core.marksSaved",
    Schema.Struct({ providerId: Id, savedBy: Id, marks: Schema.Array(SavedMark) }),
  ),
  /** A step was added to a student's pathway, by the core or a plugin. */
  stepRecorded: defineEvent(
    "core.stepRecorded",
    Schema.Struct({
      ...StudentFact,
      stepId: Id,
      kind: Schema.String,
      phase: Schema.Literals(pathwayPhases),
      status: Schema.Literals(stepStatuses),
    }),
  ),
  /** Where a student ended up was recorded. */
  outcomeRecorded: defineEvent(
    "core.outcomeRecorded",
    Schema.Struct({
      ...StudentFact,
      outcomeId: Id,
      kind: Schema.Literals(outcomeKinds),
      occurredOn: LocalDateInput,
    }),
  ),
  /** A partner organisation was given access to a student on recorded consent. */
  grantCreated: defineEvent(
    "core.grantCreated",
    Schema.Struct({ ...StudentFact, grantId: Id, granteeOrganisationId: Id, scope: Schema.String }),
  ),
  /** A grant was ended (consent withdrawn, or the partner gave its access up). */
  grantRevoked: defineEvent(
    "core.grantRevoked",
    Schema.Struct({ ...StudentFact, grantId: Id, granteeOrganisationId: Id, scope: Schema.String }),
  ),
  /** The student, or a minor's guardian, approved the student's HOKS. */
  hoksApproved: defineEvent(
    "core.hoksApproved",
    Schema.Struct({ ...StudentFact, hoksId: Id, approvedOn: LocalDateInput }),
  ),
  /** The state of the student's study right changed (e.g. to graduated or resigned). */
  studyRightChanged: defineEvent(
    "core.studyRightChanged",
    Schema.Struct({
      ...StudentFact,
      from: Schema.Literals(studyRightStates),
      to: Schema.Literals(studyRightStates),
    }),
  ),
};

export const coreEventList: readonly AnyEvent[] = Object.values(coreEvents);

/** The core's writes emit through this, whoever called them (a plugin's procedure records steps too). */
export const emitCore = <P>(
  ctx: EmitContext & { readonly services: { readonly events: EventBus } },
  event: EventDefinition<P>,
  payload: P,
) => ctx.services.events.emit(ctx, "core", event, payload);
