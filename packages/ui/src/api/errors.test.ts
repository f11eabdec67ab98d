import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { errorInfo, fieldErrors } from "./errors.ts";

const clientError = (message: string, data: unknown) =>
  TRPCClientError.from({ error: { message, code: -32600, data } } as never);

describe("errorInfo", () => {
  it("reads the code, message and field issues of a bad input", () => {
    const info = errorInfo(
      clientError("Invalid input: startsOn: Use a date in the form YYYY-MM-DD.", {
        code: "BAD_REQUEST",
        issues: [{ path: "startsOn", message: "Use a date in the form YYYY-MM-DD." }],
      }),
    );
    expect(info.code).toBe("BAD_REQUEST");
    expect(fieldErrors(info)).toEqual({ startsOn: "Use a date in the form YYYY-MM-DD." });
  });

  it("reads a 'field: message' message of the API's own checks as a field issue", () => {
    const info = errorInfo(
      clientError("endsOn: the end date is before the start date.", { code: "BAD_REQUEST" }),
    );
    expect(fieldErrors(info)).toEqual({ endsOn: "the end date is before the start date." });
  });

  it("keeps the server's message for other failures", () => {
    const info = errorInfo(clientError("Too many failed logins.", { code: "TOO_MANY_REQUESTS" }));
    expect(info).toEqual({ code: "TOO_MANY_REQUESTS", message: "Too many failed logins.", issues: [] });
  });

  it("reads a tagged failure's tag and fields, for wording it in the user's language", () => {
    const info = errorInfo(
      clientError("Too many failed logins. Try again in 2 minutes.", {
        code: "TOO_MANY_REQUESTS",
        tag: "LoginLimited",
        fields: { seconds: 120 },
      }),
    );
    expect(info).toMatchObject({ code: "TOO_MANY_REQUESTS", tag: "LoginLimited", fields: { seconds: 120 } });
  });
});
