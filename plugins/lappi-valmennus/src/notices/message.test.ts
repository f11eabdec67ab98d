import { describe, expect, it } from "vitest";
import { composeNotice, finnishDate } from "./message.ts";

describe("absence notice email", () => {
  it("writes dates as Finns do", () => {
    expect(finnishDate("2026-11-04")).toBe("4.11.2026");
    expect(finnishDate("2026-01-31")).toBe("31.1.2026");
  });

  it("lists each ward's lessons, a day mark as the whole day, and links to the portal page", () => {
    const message = composeNotice({
      day: "2026-11-24",
      guardianFirstName: "Sari",
      providerName: "Lapin ammattiopisto",
      portalUrl: "https://polku.example/",
      lines: [
        { studentId: "a", name: "Aino Virtanen", lessons: ["1", "2"] },
        { studentId: "b", name: "Eino Virtanen", lessons: [""] },
      ],
    });
    expect(message.subject).toBe("Poissaoloilmoitus 24.11.2026: Aino Virtanen, Eino Virtanen");
    expect(message.text).toContain("Hei Sari,");
    expect(message.text).toContain("- Aino Virtanen: oppitunnit 1, 2");
    expect(message.text).toContain("- Eino Virtanen: koko päivä");
    expect(message.text).toContain("https://polku.example/p/lappi-valmennus/notices");
  });

  it("leaves the link out when the portal's address is not configured", () => {
    const message = composeNotice({
      day: "2026-11-24",
      guardianFirstName: null,
      providerName: "P",
      portalUrl: null,
      lines: [{ studentId: "a", name: "A B", lessons: ["3"] }],
    });
    expect(message.text.startsWith("Hei,")).toBe(true);
    expect(message.text).not.toContain("http");
  });
});
