// What the browser gets for `#still-defs` (package.json "imports", condition "browser"): nothing.
// A page that carries the shapes in its own <defs> hands them over itself (SvgMap.svelte,
// readDefs); the markup is in no script.
export const STILL_DEFS: string | null = null;
