// How a place's names are written on screen. Neutral is the default: both English forms where they
// differ, so that neither side's name silently wins.

import type { Place } from './places.ts';
import type { NameLead } from './types.ts';

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
