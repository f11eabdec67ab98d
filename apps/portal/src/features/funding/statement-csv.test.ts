import { describe, expect, it } from "vitest";
import { toCsv } from "./statement-csv.ts";

describe("statement CSV", () => {
  it("writes Finnish CSV: a BOM, semicolons, decimal commas and quoted text", () => {
    const csv = toCsv(
      [
        { header: "Opiskelija", value: (r: { s: string; e: number }) => r.s },
        { header: "Euroa", value: (r) => r.e },
      ],
      [
        { s: "P-1", e: 1234.5 },
        { s: 'a;"b"', e: 3 },
      ],
    );
    expect(csv).toBe('\uFEFFOpiskelija;Euroa\r\nP-1;1234,50\r\n"a;""b""";3\r\n');
  });
});
