// The credential libraries ship no TypeScript types: the plugin declares what it calls, and the
// baseline here calls the same, so its declarations serve both.
/// <reference path="../../../plugins/keski-pohjanmaa-tyoelamapassi/src/credentials/vendor.d.ts" />
