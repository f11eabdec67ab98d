import { law2026 } from "@polku/domain/funding";
import { A } from "@solidjs/router";
import { useRegionText } from "./text.ts";

/** The share of funding a negotiation is about, and the way to the models side by side. */
export default function FundingCard() {
  const { text, formatNumber } = useRegionText();
  const placement = law2026.criteria.find((c) => c.id === law2026.placementCriterion);
  return (
    <>
      <p>
        {text("funding.cardBody", {
          year: String(law2026.firstYear),
          share: formatNumber(placement?.weight ?? 0, { style: "percent", maximumFractionDigits: 1 }),
        })}
      </p>
      <p>
        <A href="/region/funding">{text("funding.open")}</A>
      </p>
    </>
  );
}
