// The island panel's words (src/lib/components/IslandPanel.svelte, FigureList.svelte) around the
// island's figures, in the page's language (messages/{en,ja,ru}.json). The figures' labels and the
// "Sources disagree" notes are data prose, translated with the data (src/routes/data/facts.json/);
// what the panel says of the dispute itself is in dispute.ts.
import { formatNumber } from '#lib/data/format.ts';
import type { Figure } from '#lib/data/island-facts.ts';
import { m } from '#lib/paraglide/messages.js';

/** A figure with its unit: "3,166.6 km²", "1,822 m", "11,480 people". */
export function withUnit(value: number, unit: Figure['unit'], maxFractionDigits = 2): string {
	const n = formatNumber(value, maxFractionDigits);
	switch (unit) {
		case 'km2':
			return m.island_km2({ value: n });
		case 'km':
			return m.island_km({ value: n });
		case 'm':
			return m.island_m({ value: n });
		case 'people':
			return m.island_people({ count: value, n });
	}
}

/** A signed percentage: "+0.3%", "−1.2 %". */
export const signedPercent = (value: number): string =>
	m.island_percent({ value: `${value >= 0 ? '+' : ''}${formatNumber(value, 1)}` });

export const ISLAND_PANEL = {
	get close() {
		return m.island_close();
	},
	get area() {
		return m.island_area();
	},
	/** The area computed from the map's coastline, against Japan's GSI figure; "how" is a link after it. */
	computedArea: (areaKm2: number, deviation: number) =>
		m.island_computed_area({ area: withUnit(areaKm2, 'km2'), deviation: signedPercent(deviation) }),
	get computedHow() {
		return m.island_computed_how();
	},
	get otherAreas() {
		return m.island_other_areas();
	},
	get population() {
		return m.island_population();
	},
	get populationSeries() {
		return m.island_population_series();
	},
	get japanese1945() {
		return m.island_japanese_1945();
	},
	get russianAdministration() {
		return m.island_russian_admin();
	},
	seat: (seat: string) => m.island_seat({ seat }),
	get japaneseCount() {
		return m.island_japanese_count();
	},
	get distance() {
		return m.island_distance();
	},
	computedDistance: (km: number, from: string | null, to: string) =>
		m.island_computed_distance({
			km: withUnit(km, 'km', 1),
			from: from ?? m.island_hokkaido_coast(),
			to
		}),
	get highestPoint() {
		return m.island_highest();
	},
	get length() {
		return m.island_length();
	},
	get islets() {
		return m.island_islets();
	},
	get parts() {
		return m.island_parts();
	},
	partComputed: (areaKm2: number) => m.island_part_computed({ area: withUnit(areaKm2, 'km2') }),
	news: (n: number) => m.island_news({ n: formatNumber(n) }),
	get noNews() {
		return m.island_no_news();
	},
	/**
	 * A passage's source line; `title` (the link) and `outlet` are slots, see slots.ts, as both are
	 * in the article's language.
	 */
	passageSource: (p: { title: string; outlet: string; date: string; n: number }) =>
		m.island_passage_source({ ...p, n: formatNumber(p.n) })
};

export const FIGURES = {
	get figures() {
		return m.island_figures();
	},
	range: (from: string, to: string) => m.island_figure_range({ from, to }),
	/** After a figure's label, the date it refers to (a slot, see slots.ts). */
	asOf: (date: string) => m.island_figure_as_of({ date }),
	get disagree() {
		return m.island_disagree();
	}
};

/** The head of an island's page, for link previews. */
export const ISLAND_SHARE = {
	title: (name: string) => m.island_share_title({ name }),
	description: (name: string, native: string, areaKm2: number | undefined) =>
		m.island_share_description({
			name,
			native,
			area: areaKm2 === undefined ? '?' : withUnit(areaKm2, 'km2')
		})
};
