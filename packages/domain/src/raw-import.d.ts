// Vite's `?raw` imports (the README test reads the README as text without Node's fs types).
declare module "*?raw" {
  const text: string;
  export default text;
}
