// How a place's names are written on screen. Neutral is the default: both English forms where they
// differ, so that neither side's name silently wins.

import type { Place } from './places.ts';
import type { NameLead, Viewpoint } from './types.ts';

/** The English name with the chosen form first: "Iturup / Etorofu", "Etorofu (Iturup)"… */
export function englishName(place: Place, lead: NameLead = 'both'): string {
	const { enRu, enJa } = place.names;
	if (enRu === enJa) return enRu;
	if (lead === 'ru') return `${enRu} (${enJa})`;
	if (lead === 'ja') return `${enJa} (${enRu})`;
	return `${enRu} / ${enJa}`;
}

/** "択捉島 Etorofu-tō · Итуруп Iturup": native scripts with romanisation, where known. */
export function nativeNames(
	place: Place
): { lang: 'ja' | 'ru'; text: string; romanised: string }[] {
	const out: { lang: 'ja' | 'ru'; text: string; romanised: string }[] = [];
	if (place.names.ja)
		out.push({ lang: 'ja', text: place.names.ja.kanji, romanised: place.names.ja.romaji });
	if (place.names.ru)
		out.push({ lang: 'ru', text: place.names.ru.cyrillic, romanised: place.names.ru.latin });
	return out;
}

/**
 * Which name leads on the screen: the reader's choice, else the viewpoint's own (Japan's map leads
 * with Etorofu, Russia's with Iturup), else both. Derived, never written to the URL.
 */
export function effectiveLead(lead: NameLead, viewpoint: Viewpoint): NameLead {
	if (lead !== 'both') return lead;
	return viewpoint === 'neutral' ? 'both' : viewpoint;
}

/**
 * A place's label on the maps, as lines: the English name, then the native scripts (none when the
 * place has neither). Islands, islets and straits read as englishName; settlements, towns, capes,
 * peninsulas and regions under their current name with the other form in brackets
 * ("Yuzhno-Kurilsk (Furukamappu)"), turned round when the Japanese form leads.
 */
export function labelLines(place: Place, lead: NameLead): [string] | [string, string] {
	const { enRu, enJa } = place.names;
	let english: string;
	if (place.kind === 'island' || place.kind === 'islet' || place.kind === 'strait')
		english = englishName(place, lead);
	else {
		const [first, second] = lead === 'ja' ? [enJa, enRu] : [enRu, enJa];
		english = enRu === enJa ? first : `${first} (${second})`;
	}
	const native = [place.names.ja?.kanji, place.names.ru?.cyrillic].filter(Boolean).join('  ');
	return native ? [english, native] : [english];
}

/**
 * The property of each label point (static/geo/labels.geojson) holding its label for a name order:
 * the geodata build stamps every order's text from labelLines, and the interactive map shows the
 * one the reader's lead asks for, so the rule is written here only.
 */
export const LABEL_PROPERTY: Record<NameLead, string> = {
	both: 'labelBoth',
	ja: 'labelJa',
	ru: 'labelRu'
};
