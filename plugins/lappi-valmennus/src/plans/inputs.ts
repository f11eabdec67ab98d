/** Inputs of the plans procedures, as Effect Schemas: a bad input is refused naming each bad field. */
import { Id, LocalDateInput, MultiLineText, Note, SingleLineText } from "@polku/plugin-sdk/server";
import { Schema } from "effect";
import { planItemKinds, TIME_PATTERN } from "./rules.ts";

/** Text that says something: not empty, not only spaces. */
const filled = (message: string) => Schema.isPattern(/\S/, { message });

const Goals = MultiLineText(4000).check(filled("Write the goals: a sentence or two is enough."));
const Title = SingleLineText(200).check(filled("Give the item a title, e.g. “Ryhmäytyspäivä”."));
const Place = SingleLineText(200);
const Time = Schema.String.check(
  Schema.isPattern(TIME_PATTERN, { message: "Use a time in the form HH:MM, e.g. 09:30." }),
);

const planFields = {
  termStart: LocalDateInput,
  termEnd: LocalDateInput,
  groupGoals: Goals,
  individualGoals: Goals,
};

export const CreatePlanInput = Schema.Struct({ groupId: Id, ...planFields });
export const UpdatePlanInput = Schema.Struct({ planId: Id, ...planFields });

/** An item as the form sends it; a field left out is cleared on update. */
const itemFields = {
  kind: Schema.Literals(planItemKinds),
  plannedOn: LocalDateInput,
  /** Local Helsinki time; left out for an item without a set time. */
  startsAt: Schema.optional(Time),
  title: Title,
  place: Schema.optional(Place),
  responsiblePersonId: Schema.optional(Id),
  note: Schema.optional(Note),
};

export const AddItemInput = Schema.Struct({ planId: Id, ...itemFields });
export const UpdateItemInput = Schema.Struct({ itemId: Id, ...itemFields });
export const MarkDoneInput = Schema.Struct({ itemId: Id, doneOn: LocalDateInput });
export const ItemRef = Schema.Struct({ itemId: Id });
export const PlanRef = Schema.Struct({ planId: Id });

export const OutreachInput = Schema.Struct({
  /** "mine": the visits the acting person is responsible for; "all": the provider's. */
  scope: Schema.Literals(["mine", "all"]),
  /** From this day on; today in Helsinki when left out. */
  from: Schema.optional(LocalDateInput),
});
