export { PartnerCard as default } from "./HomeCards.tsx";
