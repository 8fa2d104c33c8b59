import { describe, expect, it } from 'vitest';
import {
	OVERLAYS,
	OVERLAYS_IN_ORDER,
	VIEWPOINT_BORDER,
	appliesIn,
	overlaysInForce
} from './overlay-definitions.ts';
import { OVERLAY_TEXT } from './overlays.ts';
import { CLAIMS } from './geodata.generated.ts';
import { situationFor } from './timeline-situation.ts';
import { TIMELINE_STEPS } from './timeline-steps.ts';
import { OVERLAY_IDS, TIMELINE_YEARS, VIEWPOINTS } from './types.ts';

const HEX = /^#[0-9a-fA-F]{6}$/;

describe('overlay definitions', () => {
	it('define exactly the overlay ids, each under its own id', () => {
		expect(Object.keys(OVERLAYS).sort()).toEqual([...OVERLAY_IDS].sort());
		for (const id of OVERLAY_IDS) expect(OVERLAYS[id].id).toBe(id);
	});

	it('name texts that exist, one text per overlay and no text unused', () => {
		const keys = OVERLAY_IDS.map((id) => OVERLAYS[id].text);
		for (const key of keys) expect(OVERLAY_TEXT[key], key).toBeDefined();
		expect(new Set(keys).size).toBe(keys.length);
		expect(Object.keys(OVERLAY_TEXT).sort()).toEqual([...keys].sort());
	});

	it('have a unique draw order, and OVERLAYS_IN_ORDER follows it', () => {
		const orders = OVERLAY_IDS.map((id) => OVERLAYS[id].order);
		expect(orders.every(Number.isInteger)).toBe(true);
		expect(new Set(orders).size).toBe(orders.length);
		const inOrder = OVERLAYS_IN_ORDER.map((o) => o.order);
		expect(inOrder).toEqual([...orders].sort((a, b) => a - b));
	});

	it('have a style that fits their kind', () => {
		for (const { id, kind, style } of OVERLAYS_IN_ORDER) {
			expect(style.color, id).toMatch(HEX);
			if (kind === 'area') {
				// An area is either hatched or drawn as a dashed ring, never both, never neither.
				expect(!!style.pattern !== !!style.ring, id).toBe(true);
				if (style.ring) expect(style.dash?.length, id).toBeGreaterThan(0);
			} else {
				expect(style.pattern ?? style.ring, id).toBeUndefined();
				expect(style.dash?.length, id).toBeGreaterThan(0);
				expect(style.width, id).toBeGreaterThan(0);
			}
		}
		// Each hatch is one overlay's: the map draws a pattern image per hatch, in that overlay's colour.
		const patterns = OVERLAYS_IN_ORDER.flatMap((o) => (o.style.pattern ? [o.style.pattern] : []));
		expect(new Set(patterns).size).toBe(patterns.length);
		// Told apart by colour as well as by pattern or dash.
		const colours = OVERLAYS_IN_ORDER.map((o) => o.style.color.toLowerCase());
		expect(new Set(colours).size).toBe(colours.length);
	});

	it('have years in order, each start and end a stop of the timeline', () => {
		for (const { id, years } of OVERLAYS_IN_ORDER) {
			const [from, to] = years;
			expect(TIMELINE_YEARS as readonly number[], `${id} from`).toContain(from);
			if (to !== null) {
				expect(to, id).toBeGreaterThan(from);
				expect(TIMELINE_YEARS as readonly number[], `${id} to`).toContain(to);
			}
		}
	});

	it('apply from their first year up to, not in, their last', () => {
		expect(appliesIn(OVERLAYS['border-1855'], 1854)).toBe(false);
		expect(appliesIn(OVERLAYS['border-1855'], 1855)).toBe(true);
		expect(appliesIn(OVERLAYS['border-1855'], 1874)).toBe(true);
		expect(appliesIn(OVERLAYS['border-1855'], 1875)).toBe(false);
		expect(appliesIn(OVERLAYS['median-line'], 2022)).toBe(true);
	});

	it('give the border on each side’s map as a line overlay', () => {
		for (const viewpoint of VIEWPOINTS) {
			const border = VIEWPOINT_BORDER[viewpoint];
			if (border) expect(OVERLAYS[border].kind, viewpoint).toBe('line');
		}
		expect(VIEWPOINT_BORDER.neutral).toBeNull();
	});

	it('reach the legend through the geodata build unchanged', () => {
		for (const info of CLAIMS) {
			expect(info.kind, info.id).toBe(OVERLAYS[info.id].kind);
			expect(info.years, info.id).toEqual(OVERLAYS[info.id].years);
			expect(info.title, info.id).toBe(OVERLAY_TEXT[OVERLAYS[info.id].text].title);
		}
		expect(CLAIMS.map((c) => c.id).sort()).toEqual([...OVERLAY_IDS].sort());
	});
});

describe('the timeline’s overlays in force', () => {
	it('are exactly those whose years hold the step’s year', () => {
		for (const step of TIMELINE_STEPS) {
			const expected = OVERLAY_IDS.filter((id) => {
				const [from, to] = OVERLAYS[id].years;
				return from <= step.year && (to === null || step.year < to);
			});
			expect(step.inForce, String(step.year)).toEqual(expected);
			expect(situationFor(step.year).inForce, String(step.year)).toEqual(
				overlaysInForce(step.year)
			);
		}
	});

	it('are, at the treaties’ years, what the treaties drew', () => {
		expect(situationFor(1855).inForce).toEqual(['border-1855']);
		expect(situationFor(1875).inForce).toEqual(['border-1875']);
		expect(situationFor(1905).inForce).toEqual(['border-1875']);
		expect(situationFor(1945).inForce).toEqual(['ru-administered', 'jp-claimed', 'median-line']);
		expect(situationFor(1956).inForce).toEqual([
			'ru-administered',
			'jp-claimed',
			'transfer-1956',
			'median-line'
		]);
		expect(situationFor(2022).inForce).toEqual(situationFor(1956).inForce);
	});

	it('show every overlay at some step', () => {
		const shown = new Set(TIMELINE_STEPS.flatMap((s) => s.inForce));
		expect([...shown].sort()).toEqual([...OVERLAY_IDS].sort());
	});
});
