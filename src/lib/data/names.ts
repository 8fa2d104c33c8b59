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
