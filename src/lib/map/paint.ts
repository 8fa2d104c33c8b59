// Paint values written for the shader programs MapLibre compiles, shared by the style (style.ts)
// and the overlays' layers (overlays.ts).
import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * `value` for every feature, written as an expression that reads the feature. MapLibre compiles a
 * shader program for each mix of constant and per-feature paint properties a layer type is drawn
 * with, in the first frame that draws it: on software WebGL tens of ms each. Written so, a layer
 * shares the program of its neighbours whose value does depend on the feature (the land's colour
 * by country, the islands' outline by selection) instead of compiling one of its own.
 */
export function perFeature(value: number | string): ExpressionSpecification {
	return ['case', ['has', 'id'], value, value];
}
