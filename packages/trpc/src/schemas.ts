import { LocalDate, MultiLineText, SingleLineText } from "@polku/domain";
import { Schema } from "effect";

/** The shared text schemas: every free-text input is one of these (no control characters, bounded). */
export { MultiLineText, SingleLineText };

/** Input fields shared by the core routers. */
export const Id = Schema.String.check(
  // An empty choice (a select left at its placeholder) is asked for in words, not as a malformed UUID
  // (the words as a `message:` property, where the translation check reads the core's messages). It
  // stops the checks after it, so the UUID's own complaint does not follow.
  Schema.makeFilter(
    (s: string) => (s === "" ? { message: "Choose one." }.message : undefined),
    undefined,
    true,
  ),
  Schema.isUUID(undefined, {
    message: "This is not an id: an id is a UUID such as 3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b.",
  }),
);
/** A calendar date YYYY-MM-DD that exists (the domain's rule: no 2024-13-45). */
export const LocalDateInput = LocalDate;
/** A free-text note of one or more lines. */
export const Note = MultiLineText(4000);
export const StudentRef = Schema.Struct({ studentId: Id });

/** The largest page a list procedure returns unless it says otherwise. */
export const MAX_PAGE_SIZE = 200;

/**
 * A page size, 1 to `max` (default MAX_PAGE_SIZE): every procedure that returns a list that can grow
 * without bound takes one (`limit: Schema.optional(PageLimit())`) and applies a default of its own.
 */
export const PageLimit = (max: number = MAX_PAGE_SIZE) =>
  Schema.Int.check(
    Schema.isBetween({ minimum: 1, maximum: max }, { message: `Ask for 1 to ${max} rows at a time.` }),
  );

/** Where a page starts: how many rows to skip (with `PageLimit`). */
export const PageOffset = Schema.Int.check(
  Schema.isBetween(
    { minimum: 0, maximum: 1_000_000 },
    { message: "Start the page at row 0 to 1,000,000: narrow the search for rows further on." },
  ),
);
