export { AssessorCard as default } from "./HomeCards.tsx";
