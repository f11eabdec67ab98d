export { CreditCard as default } from "./HomeCards.tsx";
