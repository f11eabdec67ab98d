import { describe, expect, it } from "vitest";
import { loggablePath } from "../src/server.ts";

/** The request log keeps where a request went, never the ids or tokens in its path. */
describe("loggablePath", () => {
  it("logs a matched route as its pattern, without the values in it", () => {
    expect(
      loggablePath({
        url: "/public/esedu-workshop-handover/verify/SECRET-TOKEN-123?x=1",
        routeOptions: { url: "/public/esedu-workshop-handover/verify/:token" },
      }),
    ).toBe("/public/esedu-workshop-handover/verify/:token");
  });

  it("keeps only the words of a path no route matched (the portal's pages)", () => {
    expect(loggablePath({ url: "/welfare/refer/3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b" })).toBe(
      "/welfare/refer/:value",
    );
    expect(loggablePath({ url: "/students/abc123?search=Helmi" })).toBe("/students/:value");
    expect(loggablePath({ url: "/p/lappi-valmennus/notices", routeOptions: { url: "/*" } })).toBe(
      "/p/lappi-valmennus/notices",
    );
    expect(loggablePath({ url: "/" })).toBe("/");
  });
});
