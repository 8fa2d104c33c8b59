// Text of the measure tool: its button, panel, pickers, result and presets. Place names are never
// written here: they come from src/lib/data/places.ts; the presets' titles and figures from
// src/lib/data/measure-presets.ts.

import { formatNumber } from '#lib/data/format.ts';

/** Fixed decimals for a distance: finer for short ones, so 3.66 km does not read as 4. */
function decimals(value: number): number {
	if (value < 10) return 2;
	if (value < 1000) return 1;
	return 0;
}

function fixed(value: number): string {
	const d = decimals(value);
	return value.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** "3.66 km", "144.5 km", "1,234 km". */
export function formatKm(km: number): string {
	return `${fixed(km)} km`;
}

/** "1.98 nmi". */
export function formatNmi(nmi: number): string {
	return `${fixed(nmi)} nmi`;
}

/** A cited figure as its source gives it ("3.7 km", "16 km"): no decimals added. */
export function formatCitedKm(km: number): string {
	return `${formatNumber(km, 3)} km`;
}

/** "43.38506° N, 145.81628° E": a point with no name, at the URL's precision. */
export function formatPoint([lng, lat]: readonly [number, number]): string {
	const ns = lat < 0 ? 'S' : 'N';
	const ew = lng < 0 ? 'W' : 'E';
	return `${formatNumber(Math.abs(lat), 5)}° ${ns}, ${formatNumber(Math.abs(lng), 5)}° ${ew}`;
}

export const MEASURE = {
	title: 'Measure a distance',
	close: 'Stop measuring',
	help: {
		none: 'Tap or click two points on the map, or choose two places below.',
		one: 'Now tap or click the second point.',
		two: 'Drag either end on the map, or focus an end below and move it with the arrow keys (Shift: 1 km steps). A new tap starts again.'
	},
	from: 'From',
	to: 'To',
	choose: 'Choose a place…',
	/** The search box beside each end's list: any name of any place, in any script. */
	find: (which: 'from' | 'to') =>
		`Find the ${which === 'from' ? 'start' : 'end'} by any name of a place`,
	findPlaceholder: 'Find by name…',
	mapPoint: 'A point on the map',
	groups: {
		island: 'Islands',
		islet: 'Islets',
		settlement: 'Settlements and towns',
		cape: 'Capes and peninsulas'
	},
	endLabel: (which: 'from' | 'to', where: string) =>
		`${which === 'from' ? 'Start' : 'End'} point: ${where}. Arrow keys move it.`,
	result: (km: string, nmi: string) => `${km} (${nmi})`,
	resultLine: (from: string, to: string) => `from ${from} to ${to}`,
	measured: 'Measured here',
	method:
		'Computed between the two points shown along a great circle, on a sphere of the mean Earth radius.',
	presets: 'Distances the sources cite',
	cited: 'Cited',
	citedNote:
		'The cited figure is the source’s own, measured its own way and between its own points; the figure measured here is computed from the coordinates shown, so the two may differ.',
	pointSource: 'Points'
} as const;
