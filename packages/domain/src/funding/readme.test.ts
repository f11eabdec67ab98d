/**
 * The README's funding examples are the files in `examples/`: this test fails if the README's code
 * blocks drift from them, and runs them, checking their figures against ones worked out by hand.
 */
import { describe, expect, it } from "vitest";
import scenariosSource from "../../examples/funding-scenarios.ts?raw";
import statementSource from "../../examples/funding-statement.ts?raw";
import readme from "../../README.md?raw";

describe("README funding examples", () => {
  it.each([
    ["examples/funding-statement.ts", statementSource],
    ["examples/funding-scenarios.ts", scenariosSource],
  ])("the README shows %s as it is", (name, source) => {
    expect(readme).toContain(`<!-- ${name} -->\n\`\`\`ts\n${source}\`\`\``);
  });

  it("the statement example prices the line as its comment says", async () => {
    const { statement } = await import("../../examples/funding-statement.ts");
    expect(statement.euros).toBeCloseTo(38_571.43, 2);
    expect(statement.lines[0]!.student).toMatch(/^P-[0-9a-f]{16}$/);
    expect(statement.lines[0]!.explanation.fi).toMatch(
      /^Sijoittui: työssä 3 kk jaksolla 1\.7\.2024–30\.6\.2025\. Sääntö: /,
    );
  });

  it("the scenario example gives a distribution around the expected revenue", async () => {
    const { run, tornado, progress } = await import("../../examples/funding-scenarios.ts");
    // Expected: 10 graduates x 0.6 x 0.5 point x (0.18e9 / ~1000 points) x 50 % ~ 270,000 EUR.
    const paja = run.parties[0]!;
    expect(paja.key).toBe("jatkopolku/paja");
    expect(paja.mean).toBeGreaterThan(240_000);
    expect(paja.mean).toBeLessThan(300_000);
    expect(paja.p10).toBeLessThan(paja.p50);
    expect(paja.p50).toBeLessThan(paja.p90);
    expect(progress).toEqual([2_500, 5_000, 7_500, 10_000]);
    expect(tornado.get("jatkopolku/paja")![0]!.assumption).toBe("placementRate");
  });
});
