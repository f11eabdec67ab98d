/**
 * What the production build (apps/api/build.mjs) compiles in. Running from source (tsx, the tests) this
 * module is what you see: no bundle, plugins are imported from their workspace folders, and PGlite runs
 * initdb for a new data directory itself. The build replaces this module's text with:
 * - one lazy `import()` of each workspace plugin's server entry, so the bundle holds every installed
 *   plugin and the deployment file still chooses, at start-up, which of them load;
 * - the location of the empty database cluster it initialised (see production.ts).
 */
export const inBundle: boolean = false;
export const bundledPlugins: Readonly<Record<string, () => Promise<unknown>>> = {};
export const pgliteTemplate: URL | null = null;
