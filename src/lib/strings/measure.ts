// Text of the measure tool: its button, panel, pickers, result and presets, in the page's language
// (messages/{en,ja,ru}.json; each getter reads the language when it is rendered). Figures and units
// go through Intl in the page's language ("3.66 km", "3,66 км"); the nautical mile, which Intl has
// no unit for, is a message with plural forms ("1,98 мор. мили", "12,0 мор. мили", "5 мор. миль").
// Place names are never written here: they come from src/lib/data/places.ts; the presets' titles
// and figures from src/lib/data/measure-presets.ts.

import { m } from '#lib/paraglide/messages.js';
import { getLocale, intlLocale, type Locale } from '#lib/i18n/locale.ts';
import { NUDGE_KM } from '#lib/measure/points.ts';

/** Fixed decimals for a distance: finer for short ones, so 3.66 km does not read as 4. */
function decimals(value: number): number {
	if (value < 10) return 2;
	if (value < 1000) return 1;
	return 0;
}

// A formatter per language and option set, made once: building one is costly (src/lib/data/format.ts).
const FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = FORMATS.get(key);
	if (!format) {
		format = new Intl.NumberFormat(intlLocale(locale), options);
		FORMATS.set(key, format);
	}
	return format;
}

/** "3.66 km", "144.5 km", "1,234 km"; "3,66 км" in Russian. */
export function formatKm(km: number, locale: Locale = getLocale()): string {
	const d = decimals(km);
	return numberFormat(locale, {
		style: 'unit',
		unit: 'kilometer',
		minimumFractionDigits: d,
		maximumFractionDigits: d
	}).format(km);
}

/** "1.98 nmi", "1.98海里", "1,98 мор. мили". */
export function formatNmi(nmi: number, locale: Locale = getLocale()): string {
	const d = decimals(nmi);
	const value = numberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d });
	// The plural form follows the figure as written: "12,0" takes мили, as any written fraction does
	// (a message of its own: Paraglide's types refuse an option passed in as a variable).
	const inputs = { count: nmi, value: value.format(nmi) };
	return d > 0 ? m.measure_nmi_fraction(inputs, { locale }) : m.measure_nmi(inputs, { locale });
}

/** A cited figure as its source gives it ("3.7 km", "16 km"): no decimals added. */
export function formatCitedKm(km: number, locale: Locale = getLocale()): string {
	return numberFormat(locale, {
		style: 'unit',
		unit: 'kilometer',
		maximumFractionDigits: 3
	}).format(km);
}

/** "43.38506° N, 145.81628° E": a point with no name, at the URL's precision. */
export function formatPoint(
	[lng, lat]: readonly [number, number],
	locale: Locale = getLocale()
): string {
	const n = numberFormat(locale, { maximumFractionDigits: 5 });
	const latitude = { value: n.format(Math.abs(lat)) };
	const longitude = { value: n.format(Math.abs(lng)) };
	return m.measure_point(
		{
			lat: lat < 0 ? m.measure_lat_s(latitude, { locale }) : m.measure_lat_n(latitude, { locale }),
			lng: lng < 0 ? m.measure_lng_w(longitude, { locale }) : m.measure_lng_e(longitude, { locale })
		},
		{ locale }
	);
}

export const MEASURE = {
	get title() {
		return m.measure_title();
	},
	get close() {
		return m.measure_close();
	},
	help: {
		get none() {
			return m.measure_help_none();
		},
		get one() {
			return m.measure_help_one();
		},
		/** Names the step Shift moves an end by, as the arrow keys do it (points.ts). */
		get two() {
			return m.measure_help_two({ step: formatCitedKm(NUDGE_KM.large) });
		}
	},
	get from() {
		return m.measure_from();
	},
	get to() {
		return m.measure_to();
	},
	get choose() {
		return m.measure_choose();
	},
	/** The search box beside each end's list: any name of any place, in any script. */
	find: (which: 'from' | 'to') => (which === 'from' ? m.measure_find_from() : m.measure_find_to()),
	get findPlaceholder() {
		return m.measure_find_placeholder();
	},
	get mapPoint() {
		return m.measure_map_point();
	},
	groups: {
		get island() {
			return m.measure_group_island();
		},
		get islet() {
			return m.measure_group_islet();
		},
		get settlement() {
			return m.measure_group_settlement();
		},
		get cape() {
			return m.measure_group_cape();
		}
	},
	endLabel: (which: 'from' | 'to', where: string) =>
		which === 'from' ? m.measure_end_from({ where }) : m.measure_end_to({ where }),
	result: (km: string, nmi: string) => m.measure_result({ km, nmi }),
	resultLine: (from: string, to: string) => m.measure_result_line({ from, to }),
	get measured() {
		return m.measure_measured();
	},
	get method() {
		return m.measure_method();
	},
	get presets() {
		return m.measure_presets();
	},
	get cited() {
		return m.measure_cited();
	},
	get citedNote() {
		return m.measure_cited_note();
	},
	/** A cited figure and who cites it; the figure is its own element (`aroundSlot`). */
	citedFigure: (figure: string, source: string) => m.measure_cited_figure({ figure, source }),
	/** "Points: Cape Nosappu: …; Kaigara: …." — where each end's coordinates come from. */
	pointSources: (fromLabel: string, fromSource: string, toLabel: string, toSource: string) =>
		m.measure_point_sources({ fromLabel, fromSource, toLabel, toSource })
} as const;
