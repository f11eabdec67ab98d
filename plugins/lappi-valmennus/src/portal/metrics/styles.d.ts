/**
 * The metrics pages import their stylesheet for its side effect; Vite bundles it with the lazy page.
 * The plugin is type-checked without Vite's client types, so the import is declared here.
 */
declare module "*.css";
