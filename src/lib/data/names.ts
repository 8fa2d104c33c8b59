// How a place's names are written on screen. On English pages Neutral is the default: both English
// forms where they differ, so that neither side's name silently wins. On a page in a language one
// side writes its names in (Japanese, Russian), that side's own form leads, in its own script, and
// the other side's follows: "択捉島 / Iturup" on /ja, "Итуруп / Etorofu" on /ru. The reader's choice
// of order (the `lead` parameter) still comes first. Names follow the language and the viewpoint
// does not lead them there ("names follow the language; the viewpoint does not", README.md, Languages); the
// viewpoint still decides whose map it is (borders, colours) in every language, and on English pages
// its own order leads as before. The names themselves all come from places.ts.

import { getLocale, type Locale } from '#lib/i18n/locale.ts';
import type { Place, PlaceNames } from './places.ts';
import { NAME_LEADS, type NameLead, type Viewpoint } from './types.ts';

/** The side a name order puts first. */
type Side = Exclude<NameLead, 'both'>;

/**
 * The side whose place names a page's language writes, if any: on its pages that side's form leads
 * when neither the reader nor the viewpoint chose an order, in its own script. English pages give
 * both English forms. A new language is added here, with its side or null.
 */
export const LOCALE_SIDE: Record<Locale, Side | null> = { en: null, ja: 'ja', ru: 'ru' };

/** Each side's form in English letters, and in its own script where places.ts has one. */
const SIDES: Record<
	Side,
	{ english: (n: PlaceNames) => string; own: (n: PlaceNames) => string | undefined }
> = {
	ja: { english: (n) => n.enJa, own: (n) => n.ja?.kanji },
	ru: { english: (n) => n.enRu, own: (n) => n.ru?.cyrillic }
};

const OTHER: Record<Side, Side> = { ja: 'ru', ru: 'ja' };

/**
 * Which name leads on the screen: the reader's choice, else the page language's (LOCALE_SIDE),
 * else, on English pages, the viewpoint's own (Japan's map leads with Etorofu, Russia's with
 * Iturup). Derived, never written to the URL: 'both' in the URL means "not chosen", in every
 * language.
 */
export function effectiveLead(
	lead: NameLead,
	viewpoint: Viewpoint,
	locale: Locale = getLocale()
): NameLead {
	if (lead !== 'both') return lead;
	return LOCALE_SIDE[locale] ?? (viewpoint === 'neutral' ? 'both' : viewpoint);
}

/** A name as a page shows it, with the language it is written in (for a `lang` attribute). */
export interface NamePart {
	text: string;
	lang: Locale;
}

/** One side's form on a page: its own script on that side's language's pages, else English. */
function sideForm(names: PlaceNames, side: Side, locale: Locale): NamePart {
	const own = locale === side ? SIDES[side].own(names) : undefined;
	return own ? { text: own, lang: locale } : { text: SIDES[side].english(names), lang: 'en' };
}

/**
 * A place's names on a page that is not in English, in the order shown: the leading side's form,
 * then the other side's where the two sides' forms differ ("択捉島", "Iturup"); one part where
 * they do not (色丹島, Shikotan to both), in the page's own script when places.ts has it.
 */
function localParts(
	place: Place,
	lead: NameLead,
	locale: Locale,
	own: Side
): [NamePart] | [NamePart, NamePart] {
	const { names } = place;
	if (names.enRu === names.enJa) return [sideForm(names, own, locale)];
	const first = lead === 'both' ? own : lead;
	return [sideForm(names, first, locale), sideForm(names, OTHER[first], locale)];
}

/** The English name with the chosen form first: "Iturup / Etorofu", "Etorofu (Iturup)"… */
function englishForms(place: Place, lead: NameLead): string {
	const { enRu, enJa } = place.names;
	if (enRu === enJa) return enRu;
	if (lead === 'ru') return `${enRu} (${enJa})`;
	if (lead === 'ja') return `${enJa} (${enRu})`;
	return `${enRu} / ${enJa}`;
}

/**
 * A place's name as the page shows it, in parts with their languages, so that a component can
 * mark the parts not in the page's language (`<span lang="en">Iturup</span>`). On English pages
 * one part, as placeName writes it.
 */
export function nameParts(
	place: Place,
	lead: NameLead = 'both',
	locale: Locale = getLocale()
): NamePart[] {
	const own = LOCALE_SIDE[locale];
	if (!own) return [{ text: englishForms(place, lead), lang: 'en' }];
	return localParts(place, lead, locale, own);
}

/**
 * A place's one name inside a sentence ("Все статьи, где упоминается Кунашир"): on a page in a
 * language that writes its own names, the form in the page's script, else that side's English form
 * (marked "en", for a `lang`); a sentence that breaks off for a second name in another script reads
 * badly, and the heading above it gives both. On English pages the names as placeName writes them.
 */
export function sentenceName(
	place: Place,
	lead: NameLead = 'both',
	locale: Locale = getLocale()
): NamePart {
	const own = LOCALE_SIDE[locale];
	if (!own) return { text: englishForms(place, lead), lang: 'en' };
	return sideForm(place.names, own, locale);
}

/**
 * A place's name in the page's language with `lead`'s form first: on English pages "Iturup /
 * Etorofu", "Etorofu (Iturup)"; on /ja "択捉島 / Iturup", on /ru "Итуруп / Etorofu".
 * `lead` is the order the reader sees (app.lead, effectiveLead); 'both' is the language's own.
 */
export function placeName(
	place: Place,
	lead: NameLead = 'both',
	locale: Locale = getLocale()
): string {
	return nameParts(place, lead, locale)
		.map((p) => p.text)
		.join(' / ');
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
 * A place's label on the maps, as lines. On English pages the English name, then the native
 * scripts (none when the place has neither): islands, islets and straits read as placeName;
 * settlements, towns, capes, peninsulas and regions under their current name with the other form
 * in brackets ("Yuzhno-Kurilsk (Furukamappu)"), turned round when the Japanese form leads. On a
 * page in another language the leading form, then the other below it, as placeName gives them
 * ("択捉島" over "Iturup").
 */
export function labelLines(
	place: Place,
	lead: NameLead,
	locale: Locale = getLocale()
): [string] | [string, string] {
	const [first, second] = labelLineParts(place, lead, locale);
	return second ? [first.text, second.text] : [first.text];
}

/** A line of a map label, with its language where the line has one (for a `lang`). */
export interface LabelLine {
	text: string;
	/** Absent on English pages' line of native names, which holds two scripts. */
	lang?: Locale;
}

/** labelLines' lines with their languages, for the still map's <tspan lang>. */
export function labelLineParts(
	place: Place,
	lead: NameLead,
	locale: Locale = getLocale()
): [LabelLine] | [LabelLine, LabelLine] {
	const own = LOCALE_SIDE[locale];
	if (own) return localParts(place, lead, locale, own);
	const { enRu, enJa } = place.names;
	let english: string;
	if (place.kind === 'island' || place.kind === 'islet' || place.kind === 'strait')
		english = englishForms(place, lead);
	else {
		const [first, second] = lead === 'ja' ? [enJa, enRu] : [enRu, enJa];
		english = enRu === enJa ? first : `${first} (${second})`;
	}
	const native = [place.names.ja?.kanji, place.names.ru?.cyrillic].filter(Boolean).join('  ');
	return native
		? [{ text: english, lang: 'en' }, { text: native }]
		: [{ text: english, lang: 'en' }];
}

/**
 * The name orders a page in `locale` can show: every order in English; in a language that writes
 * its own names, 'both' is that language's own order and needs no label of its own.
 */
export function labelLeads(locale: Locale): NameLead[] {
	return LOCALE_SIDE[locale] ? NAME_LEADS.filter((l) => l !== 'both') : [...NAME_LEADS];
}

const LEAD_PROPERTY: Record<NameLead, string> = { both: 'labelBoth', ja: 'labelJa', ru: 'labelRu' };

/**
 * The property of each label point (static/geo/labels.geojson) holding its label for a name order
 * on a page in `locale`: the geodata build stamps every (language, order) text from labelLines,
 * and the interactive map shows the one the page asks for, so the rule is written here only.
 * English keeps the plain names (labelBoth, labelJa, labelRu); other languages add ".ja", ".ru".
 */
export function labelProperty(lead: NameLead, locale: Locale = getLocale()): string {
	const own = LOCALE_SIDE[locale];
	if (!own) return LEAD_PROPERTY[lead];
	return `${LEAD_PROPERTY[lead === 'both' ? own : lead]}.${locale}`;
}
