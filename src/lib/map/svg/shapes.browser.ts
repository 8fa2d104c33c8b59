// What the browser gets for `#still-shapes` (package.json "imports", condition "browser"): no
// shapes. The browser reads them from the server's SVG instead, and fetches the generated module
// only when it must (shapes.ts); the server and Node get the generated module itself.
import type { SvgShapes } from './types.ts';

export const SVG_SHAPES: SvgShapes | null = null;
