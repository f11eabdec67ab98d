export { TrainerCard as default } from "./HomeCards.tsx";
