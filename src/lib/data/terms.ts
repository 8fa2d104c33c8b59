// Names the gazetteer finds besides the places' own (places.ts): other spellings and old names of
// those places, terms for several disputed island groups at once, the Kuril chain's name, and names
// that look like the islands' but are not them. Only the gazetteer and the search index read them
// (neither is in a page's first JavaScript), so they live apart from the names every map page
// renders: a module goes whole into the JavaScript of every page that imports any of it.

import { ISLAND_IDS } from './types.ts';
import type { IslandId } from './types.ts';

/** Written forms of a place (by its places.ts id) beyond the names places.ts gives it. */
export interface PlaceAliases {
	/** Other spellings and old names readers meet in texts, matched by the gazetteer. */
	aliases?: string[];
	/**
	 * Names of the place (its own or aliases) that are also personal names or common words (Yuri,
	 * Зелёный "green", Shakotan on Hokkaido's west coast). The gazetteer links them only beside an
	 * island or settlement word ("Yuri Island", "остров Юрий", "the village of Shana") or in a
	 * passage that already names a disputed island, and never when a capitalised word follows
	 * ("Yury Trutnev").
	 */
	ambiguous?: string[];
}

export const PLACE_ALIASES: Record<string, PlaceAliases> = {
	iturup: {
		// Bare 択捉 and the katakana form are how Japanese texts usually write it.
		aliases: ['Etorofu-to', 'Etorofu Island', 'Iturup Island', 'Etorofu-jima', '択捉', 'エトロフ']
	},
	kunashir: {
		// Bare 国後 is also the end of 帰国後 ("after returning home"): the gazetteer only takes a
		// two-character kanji name that no other kanji precedes.
		aliases: [
			'Kunashiri-to',
			'Kunashir Island',
			'Kunashiri Island',
			'Kunasiri',
			'Kunashiri-jima',
			'国後',
			'クナシリ'
		]
	},
	shikotan: {
		aliases: ['Shikotan-to', 'Shikotan Island', 'Shikotan-jima', '色丹', 'シコタン']
	},
	habomai: {
		aliases: [
			'Habomai',
			'Habomais',
			'Habomai islets',
			'Habomai group',
			'Khabomai',
			'歯舞諸島',
			'Habomai-shotō',
			'Ploskiye',
			'Плоские острова',
			'Habomai archipelago',
			'Хабомаи'
		]
	},
	zelyony: {
		aliases: ['Zelyonyy', 'Zelenyy', 'Zeleny', 'Shibotsu-to', 'Зеленый'],
		ambiguous: ['Zeleny', 'Зелёный', 'Зеленый']
	},
	tanfilyeva: {
		aliases: ['Tanfilyev', 'Tanfiliev', 'Suishō', 'Suisho-to', 'Suisho-jima'],
		ambiguous: ['Tanfilyeva', 'Tanfilyev', 'Tanfiliev', 'Танфильева']
	},
	polonsky: {
		aliases: ['Polonskogo', 'Taraku-to'],
		ambiguous: ['Polonsky', 'Polonskogo', 'Полонского']
	},
	yury: {
		aliases: ['Yuriy', 'Yuri-to'],
		ambiguous: ['Yury', 'Yuri', 'Yuriy', 'Юрий']
	},
	anuchina: {
		aliases: ['Akiyuri-to'],
		ambiguous: ['Anuchina', 'Анучина']
	},
	dyomin: {
		aliases: ['Demina', 'Dyomina', 'Demin islets'],
		ambiguous: ['Demina', 'Dyomina']
	},
	kaigara: {
		aliases: ['Signalnyy', 'Signal Island', 'Kaigarajima', 'Kaigara-shima'],
		ambiguous: ['Сигнальный']
	},
	kurilsk: {
		// Its district covers Iturup alone.
		aliases: ['Shana-mura', '紗那村', 'Курильский район', 'Курильский городской округ'],
		ambiguous: ['Shana']
	},
	'yuzhno-kurilsk': {
		aliases: ['Yuzhno Kurilsk', 'Yuzhnokurilsk', 'Furukamappu-mura']
	},
	malokurilskoye: {
		aliases: ['Malokurilskoe', 'Malokurilsk'],
		// Shakotan (積丹) is also a town and peninsula on Hokkaido's west coast.
		ambiguous: ['Shakotan']
	},
	krabozavodskoye: {
		aliases: ['Krabozavodskoe']
	},
	'goryachiye-klyuchi': {
		// "Hot springs": a common place name (Goryachy Klyuch in Krasnodar Krai).
		ambiguous: ['Горячие Ключи']
	},
	'cape-nosappu': {
		aliases: ['Nosappu']
	},
	notsuke: {
		aliases: ['Notsuke']
	},
	shiretoko: {
		aliases: ['Shiretoko']
	},
	'catherine-strait': {
		aliases: ['Yekaterina Strait', 'Ekaterina Strait']
	},
	'vries-strait': {
		aliases: ['Strait of Vries', 'Friza Strait', 'de Vries Strait']
	},
	'izmeny-strait': {
		aliases: ['Notsuke Suido', 'Izmena Strait']
	}
};

/**
 * A name for several disputed island groups at once. The gazetteer links each variant to every
 * island in `islands`; variants match like place names (any case, space or hyphen, Russian endings).
 */
export interface CollectiveTerm {
	id: string;
	islands: readonly IslandId[];
	variants: string[];
	note: string;
}

export const COLLECTIVE_TERMS: CollectiveTerm[] = [
	{
		id: 'northern-territories',
		islands: ISLAND_IDS,
		variants: ['Northern Territories', '北方領土', 'Северные территории'],
		note: "Japan's name for the four island groups."
	},
	{
		id: 'southern-kurils',
		islands: ISLAND_IDS,
		variants: [
			'southern Kurils',
			'southern Kuriles',
			'southern Kuril Islands',
			'southern Kurile Islands',
			'South Kurils',
			'South Kuriles',
			'South Kuril Islands',
			'Южные Курилы',
			'Южные Курильские острова',
			'Южнокурильские острова',
			'南千島',
			'南クリル',
			'南クリル諸島'
		],
		note: 'The name Russian and international texts use for the same four groups.'
	},
	{
		id: 'four-islands',
		islands: ISLAND_IDS,
		variants: [
			'four islands',
			'four island groups',
			'four disputed islands',
			'four contested islands',
			'four Russian-occupied islands',
			'four Russian-held islands',
			'four Russian-controlled islands',
			'four Russian-administered islands',
			'four northern islands',
			'four Kuril islands',
			'four southern Kuril islands',
			'北方四島',
			'北方4島',
			'四島',
			'4島',
			'четыре острова',
			'четырёх островов'
		],
		note: 'Counting phrases; "four main islands" (Japan\'s own) is a non-disputed term below.'
	},
	{
		id: 'disputed-islands',
		islands: ISLAND_IDS,
		variants: [
			'disputed islands',
			'disputed isles',
			'contested islands',
			'disputed Kuril Islands',
			'disputed Kurile Islands',
			'disputed Kurils',
			'disputed Kuriles',
			'disputed chain of islands',
			'disputed island chain',
			'спорные острова',
			'спорные территории',
			'спорные Курильские острова',
			'спорные Курилы'
		],
		note: 'Generic: right in texts about this dispute, wrong in one about the Senkakus or Takeshima. "The disputed Kuril Islands" is the disputed part, not the chain.'
	},
	{
		id: 'lesser-kuril-chain',
		islands: ['shikotan', 'habomai'],
		variants: [
			'Lesser Kuril Chain',
			'Lesser Kuril Ridge',
			'Lesser Kurils',
			'Lesser Kuril Islands',
			'Малая Курильская гряда',
			'Малые Курилы',
			'小千島'
		],
		note: 'Shikotan and the Habomai islets (S19).'
	},
	{
		id: 'yuzhno-kurilsky-district',
		islands: ['kunashir', 'shikotan', 'habomai'],
		variants: [
			'Yuzhno-Kurilsky District',
			'South Kuril District',
			'Южно-Курильский район',
			'Южно-Курильский городской округ',
			// The district's adjective on its own: "южнокурильский рыбокомбинат".
			'Южно-Курильский'
		],
		note: "Russia's district for Kunashir, Shikotan and the Habomai islets (S34)."
	}
];

/**
 * The chain's own name, as Russian and international texts write it. It names the whole chain, but
 * in an article about the dispute the Russian side's wording uses it for the disputed islands ("visit
 * graves on the Kurile Islands", "Japan's claims on the Kurils"): the gazetteer links it to the four
 * there, as a kind of its own (`kurils`), unless its sentence speaks of the chain or its north ("the
 * Kuril chain", "northern Kurils", Paramushir). Japanese texts never mean the four by 千島.
 */
export const KURIL_NAMES: NonDisputedTerm = {
	id: 'kuril-islands',
	variants: [
		'Kuril Islands',
		'Kurile Islands',
		'Kurils',
		'Kuriles',
		'Курильские острова',
		'Курилы'
	],
	note: 'The chain by name: the disputed four only in an article about the dispute (see above).'
};

/**
 * Names that look like the islands' but are not them. The gazetteer matches them only to stop a
 * shorter name inside them from being linked; they link to nothing.
 */
export interface NonDisputedTerm {
	id: string;
	variants: string[];
	note: string;
}

export const NON_DISPUTED_TERMS: NonDisputedTerm[] = [
	{
		id: 'kuril-chain',
		variants: [
			'Kuril chain',
			'Kuril Island chain',
			'Kuril archipelago',
			'Greater Kuril Chain',
			'Greater Kurils',
			'Chishima Islands',
			'Chishima',
			'Курильская гряда',
			'Большая Курильская гряда',
			'Курильский архипелаг',
			'千島列島',
			'千島'
		],
		note: 'The whole chain from Kamchatka to Hokkaido: Russia counts the four in it, Japan does not, so it names none of them.'
	},
	{
		id: 'northern-kurils',
		variants: [
			'northern Kurils',
			'northern Kuriles',
			'northern Kuril Islands',
			'North Kurils',
			'central Kurils',
			'central Kuril Islands',
			'Северные Курилы',
			'Северные Курильские острова',
			'Средние Курилы',
			'Severo-Kurilsk',
			'Северо-Курильск',
			'Северо-Курильский район',
			'Paramushir',
			'Парамушир',
			'パラムシル',
			'幌筵島',
			'Shumshu',
			'Шумшу',
			'占守島',
			'Matua',
			'Матуа',
			'松輪島',
			'Simushir',
			'Симушир',
			'Onekotan',
			'Онекотан',
			'Urup',
			'Уруп',
			'Uruppu',
			'得撫島',
			'ウルップ'
		],
		note: 'The Kuril islands north of Iturup, which neither side disputes, and their district: beside them "the Kurils" means the chain, not the four.'
	},
	{
		id: 'sakhalin-places',
		variants: ['Yuzhno-Sakhalinsk', 'Южно-Сахалинск', 'Sakhalin Oblast', 'Сахалинская область'],
		note: 'Sakhalin, whose regional capital is written like Yuzhno-Kurilsk.'
	},
	{
		id: 'hokkaido-places',
		variants: [
			'Hokkaido',
			'Hokkaidō',
			'北海道',
			'Хоккайдо',
			'Nemuro Peninsula',
			'Nemuro Subprefecture',
			'根室半島',
			'根室振興局',
			'羅臼',
			'Rausu',
			'Shakotan Peninsula',
			'積丹',
			'積丹半島'
		],
		note: "Japan's northern main island and its places near the islands (Nemuro, Shiretoko, Notsuke are LANDMARKS in places.ts)."
	},
	{
		id: 'japan-main-islands',
		variants: [
			'four main islands',
			'four home islands',
			'four largest islands',
			'four major islands',
			'main four islands',
			'主要4島',
			'主要四島',
			'本土4島',
			'本土四島'
		],
		note: "Japan's own four main islands: Honshu, Hokkaido, Kyushu, Shikoku."
	}
];
