// Web Mercator for the server-rendered SVG map, in the units MapLibre itself uses: one unit is one
// CSS pixel at zoom UNIT_ZOOM (512-pixel tiles). The projection is d3-geo's Mercator (its raw form:
// the whole geoMercator() object, with its clipping and resampling that a point never needs, would
// add 6.5 KB gzip to every map page), scaled so the world is WORLD units wide, north up, with
// (0°, 0°) at (WORLD / 2, WORLD / 2), as MapLibre's own pixel grid is. With the subject's box as the SVG viewBox and
// preserveAspectRatio="xMidYMid meet", the SVG shows what MapLibre's fitBounds shows with the same
// padding, so the hand-over from the SVG to the interactive map does not jump. Pure functions:
// the generator (scripts/svg-map/build.ts), the component and the unit tests share them.

import { geoMercatorRaw } from 'd3-geo';
import type { MapInsets } from '../status.ts';

/** Zoom at which one unit is one pixel. 12 keeps integer coordinates under a pixel up to zoom 12. */
export const UNIT_ZOOM = 12;
/** MapLibre's tile size: the world is 512 px wide at zoom 0. */
export const TILE_SIZE = 512;
export const WORLD = TILE_SIZE * 2 ** UNIT_ZOOM;

/** Web Mercator's latitude limit, as MapLibre clamps it. */
const MAX_LAT = 85.051129;

export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** A rectangle in projected units: the SVG viewBox. */
export interface View {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface Size {
	width: number;
	height: number;
}

/** Units per radian: a world of WORLD units is 2π radians round. */
const RADIUS = WORLD / (2 * Math.PI);
const RADIANS = Math.PI / 180;
// d3 types every raw projection's inverse as optional; Mercator's is always there.
const mercatorInvert = geoMercatorRaw.invert as (x: number, y: number) => [number, number];

export function project(lngLat: readonly [number, number] | readonly number[]): [number, number] {
	const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, lngLat[1] ?? 0));
	const [x, y] = geoMercatorRaw((lngLat[0] ?? 0) * RADIANS, lat * RADIANS);
	return [WORLD / 2 + x * RADIUS, WORLD / 2 - y * RADIUS];
}

export function projectX(lng: number): number {
	return project([lng, 0])[0];
}

export function projectY(lat: number): number {
	return project([0, lat])[1];
}

/** [lng, lat] of a point in units. */
export function unproject(x: number, y: number): [number, number] {
	const [lambda, phi] = mercatorInvert((x - WORLD / 2) / RADIUS, (WORLD / 2 - y) / RADIUS);
	return [lambda / RADIANS, phi / RADIANS];
}

export function unprojectX(x: number): number {
	return unproject(x, WORLD / 2)[0];
}

export function unprojectY(y: number): number {
	return unproject(WORLD / 2, y)[1];
}

/** The projected box of a [west, south, east, north] box (north is the smaller y). */
export function bboxView([w, s, e, n]: Bbox): View {
	const x0 = projectX(w);
	const x1 = projectX(e);
	const y0 = projectY(n);
	const y1 = projectY(s);
	return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

export function viewBoxAttr(v: View, digits = 1): string {
	const f = (n: number) => String(Number(n.toFixed(digits)));
	return `${f(v.x)} ${f(v.y)} ${f(v.w)} ${f(v.h)}`;
}

/** Pixels per unit at a zoom. */
export function scaleAt(zoom: number): number {
	return 2 ** (zoom - UNIT_ZOOM);
}

/** The zoom at which a scale (pixels per unit) is drawn. */
export function zoomFor(scale: number): number {
	return UNIT_ZOOM + Math.log2(scale);
}

/**
 * What "meet" does to a view in a box of `box` pixels: the scale (pixels per unit) and the offset
 * of the view's corner inside the box. The same arithmetic as MapLibre's cameraForBounds with zero
 * bearing: the smaller of the two axis scales wins and the view is centred on the other axis.
 */
export function meet(view: View, box: Size): { scale: number; dx: number; dy: number } {
	const scale = Math.min(box.width / view.w, box.height / view.h);
	return {
		scale,
		dx: (box.width - view.w * scale) / 2,
		dy: (box.height - view.h * scale) / 2
	};
}

/**
 * The camera MapLibre's fitBounds(bbox, { padding: insets }) lands on for a map of `size` pixels:
 * the zoom and the longitude/latitude at the centre of the whole map (not of the uncovered part).
 */
export function fitCamera(
	bbox: Bbox,
	size: Size,
	insets: MapInsets,
	maxZoom = Infinity
): { zoom: number; lng: number; lat: number } | null {
	const view = bboxView(bbox);
	const box = {
		width: size.width - insets.left - insets.right,
		height: size.height - insets.top - insets.bottom
	};
	if (box.width <= 0 || box.height <= 0 || view.w <= 0 || view.h <= 0) return null;
	const zoom = Math.min(zoomFor(meet(view, box).scale), maxZoom);
	const scale = scaleAt(zoom);
	// The box's centre shows the bbox's centre; the map's centre is offset from it by half the
	// difference of opposite insets.
	const cx = view.x + view.w / 2 - (insets.left - insets.right) / 2 / scale;
	const cy = view.y + view.h / 2 - (insets.top - insets.bottom) / 2 / scale;
	return { zoom, lng: unprojectX(cx), lat: unprojectY(cy) };
}

/**
 * The view (in units) that a camera shows inside the uncovered box of a map of `size` pixels:
 * what the SVG should show to match MapLibre at that camera. The camera's centre is the centre of
 * the whole map, as MapLibre reports it.
 */
export function cameraView(
	camera: { zoom: number; lng: number; lat: number },
	size: Size,
	insets: MapInsets
): View | null {
	const width = size.width - insets.left - insets.right;
	const height = size.height - insets.top - insets.bottom;
	if (width <= 0 || height <= 0) return null;
	const scale = scaleAt(camera.zoom);
	const cx = projectX(camera.lng);
	const cy = projectY(camera.lat);
	return {
		x: cx + (insets.left - size.width / 2) / scale,
		y: cy + (insets.top - size.height / 2) / scale,
		w: width / scale,
		h: height / scale
	};
}

/**
 * The smallest box holding all boxes. Plain minima and maxima: @turf/bbox would bring @turf/meta's
 * geometry walkers into every page's first JavaScript for four comparisons.
 */
export function unionBbox(boxes: readonly Bbox[]): [number, number, number, number] {
	if (!boxes.length) throw new Error('unionBbox: no boxes');
	return [
		Math.min(...boxes.map((b) => b[0])),
		Math.min(...boxes.map((b) => b[1])),
		Math.max(...boxes.map((b) => b[2])),
		Math.max(...boxes.map((b) => b[3]))
	];
}

// ---------------------------------------------------------------------------------------------
// Path data: projected, integer, relative. The generator simplifies the rings first
// (scripts/svg-map/simplify.ts).

export type Ring = [number, number][];

/**
 * SVG path data for rings (closed) or lines (open) with integer coordinates: an absolute move, then
 * relative line-tos, which keeps the numbers short.
 */
export function pathData(parts: readonly Ring[], closed: boolean): string {
	let d = '';
	for (const part of parts) {
		if (part.length < 2) continue;
		const [x0, y0] = part[0] as [number, number];
		d += `M${x0} ${y0}l`;
		let [px, py] = [x0, y0];
		const steps: string[] = [];
		for (const [x, y] of part.slice(1)) {
			steps.push(`${x - px} ${y - py}`);
			[px, py] = [x, y];
		}
		// Relative numbers: a minus sign separates two numbers without a space.
		d += steps.join(' ').replace(/ -/g, '-');
		if (closed) d += 'z';
	}
	return d;
}

/** Pixels (for a map of `size`) that the insets leave uncovered. */
export function uncovered(size: Size, insets: MapInsets): Size {
	return {
		width: Math.max(0, size.width - insets.left - insets.right),
		height: Math.max(0, size.height - insets.top - insets.bottom)
	};
}
