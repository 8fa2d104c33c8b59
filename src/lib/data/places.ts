// The single source of place names: map labels, the island panel, the geodata build (which stamps
// names onto the island features) and the article gazetteer all read this file. A name added here
// shows up everywhere; a name missing here is missing everywhere. Other spellings a text may use,
// which only the gazetteer and the search look for, are the place's PLACE_ALIASES in terms.ts.
//
// Names and their sources: the reference fact sheet, cited by the ids of sources.ts.
// Reference points identify the island polygons in the geodata build by point-in-polygon, so each
// island's and islet's point must lie inside its own coastline polygon (the build fails otherwise).

import type { IslandId, LngLat, SourceId } from './types.ts';

export const PLACE_KINDS = [
	'island',
	'islet',
	'settlement',
	'cape',
	'peninsula',
	'town',
	'strait',
	'region'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceNames {
	/** English form Russia uses (Iturup, Kunashir). */
	enRu: string;
	/** English form Japan uses (Etorofu, Kunashiri). */
	enJa: string;
	ja?: { kanji: string; kana?: string; romaji: string };
	ru?: { cyrillic: string; latin: string };
}

export interface Place {
	id: string;
	kind: PlaceKind;
	/** The disputed island group this place belongs to; absent for places outside the dispute. */
	island?: IslandId;
	/** Label point; for islands and islets a point inside the coastline polygon. */
	point: LngLat;
	/** Where the point comes from, shown on the sources page. */
	pointSource: string;
	names: PlaceNames;
	sources: SourceId[];
	/** Lowest map zoom at which the label is shown. */
	minzoom?: number;
	note?: string;
	/** An island group with no coastline of its own: its shape is the union of its islets. */
	group?: boolean;
	/** In no coastline dataset: drawn as a point, not identified in the geodata. */
	pointOnly?: boolean;
}

const OSM = 'OpenStreetMap coastline (geodata extract), point chosen inside the polygon';
const APPROX = 'approximate label position';

export const ISLANDS: Record<IslandId, Place> = {
	iturup: {
		id: 'iturup',
		kind: 'island',
		island: 'iturup',
		point: [147.83, 45.05],
		pointSource: OSM,
		names: {
			enRu: 'Iturup',
			enJa: 'Etorofu',
			ja: { kanji: '択捉島', kana: 'えとろふとう', romaji: 'Etorofu-tō' },
			ru: { cyrillic: 'Итуруп', latin: 'Iturup' }
		},
		sources: ['S1', 'S7', 'S10']
	},
	kunashir: {
		id: 'kunashir',
		kind: 'island',
		island: 'kunashir',
		point: [145.948, 44.173],
		pointSource: OSM,
		names: {
			enRu: 'Kunashir',
			enJa: 'Kunashiri',
			ja: { kanji: '国後島', kana: 'くなしりとう', romaji: 'Kunashiri-tō' },
			ru: { cyrillic: 'Кунашир', latin: 'Kunashir' }
		},
		sources: ['S1', 'S12']
	},
	shikotan: {
		id: 'shikotan',
		kind: 'island',
		island: 'shikotan',
		point: [146.745, 43.79],
		pointSource: OSM,
		names: {
			enRu: 'Shikotan',
			enJa: 'Shikotan',
			ja: { kanji: '色丹島', kana: 'しこたんとう', romaji: 'Shikotan-tō' },
			ru: { cyrillic: 'Шикотан', latin: 'Shikotan' }
		},
		sources: ['S1', 'S16']
	},
	habomai: {
		id: 'habomai',
		kind: 'island',
		island: 'habomai',
		// The group's label point sits on Zelyony/Shibotsu, its largest islet.
		point: [146.149, 43.502],
		pointSource: OSM,
		names: {
			enRu: 'Habomai Islands',
			enJa: 'Habomai Islands',
			ja: { kanji: '歯舞群島', kana: 'はぼまいぐんとう', romaji: 'Habomai-guntō' },
			ru: { cyrillic: 'острова Хабомаи', latin: 'ostrova Khabomai' }
		},
		sources: ['S1', 'S84'],
		group: true,
		note: 'S84 writes 歯舞諸島 (Habomai-shotō); S26 uses "Плоские острова" for the Signalny group.'
	}
};

/**
 * The islets of the Habomai group (and the two unnamed islets off Shikotan), each identified in the
 * coastline data by its reference point. Kaigara/Signalny is in no dataset and is drawn as a point.
 */
export const ISLETS: Place[] = [
	{
		id: 'zelyony',
		kind: 'islet',
		island: 'habomai',
		point: [146.149, 43.502],
		pointSource: OSM,
		names: {
			enRu: 'Zelyony',
			enJa: 'Shibotsu',
			ja: { kanji: '志発島', kana: 'しぼつとう', romaji: 'Shibotsu-tō' },
			ru: { cyrillic: 'Зелёный', latin: 'Zelyony' }
		},
		sources: ['S1', 'S22']
	},
	{
		id: 'tanfilyeva',
		kind: 'islet',
		island: 'habomai',
		point: [145.908, 43.44],
		pointSource: OSM,
		names: {
			enRu: 'Tanfilyeva',
			enJa: 'Suisho',
			ja: { kanji: '水晶島', kana: 'すいしょうとう', romaji: 'Suishō-tō' },
			ru: { cyrillic: 'Танфильева', latin: 'Tanfilyeva' }
		},
		sources: ['S1', 'S24']
	},
	{
		id: 'polonsky',
		kind: 'islet',
		island: 'habomai',
		point: [146.321, 43.632],
		pointSource: OSM,
		names: {
			enRu: 'Polonsky',
			enJa: 'Taraku',
			ja: { kanji: '多楽島', kana: 'たらくとう', romaji: 'Taraku-tō' },
			ru: { cyrillic: 'Полонского', latin: 'Polonskogo' }
		},
		sources: ['S1', 'S25']
	},
	{
		id: 'yury',
		kind: 'islet',
		island: 'habomai',
		point: [146.07, 43.424],
		pointSource: OSM,
		names: {
			enRu: 'Yury',
			enJa: 'Yuri',
			ja: { kanji: '勇留島', kana: 'ゆりとう', romaji: 'Yuri-tō' },
			ru: { cyrillic: 'Юрий', latin: 'Yury' }
		},
		sources: ['S1', 'S19']
	},
	{
		id: 'anuchina',
		kind: 'islet',
		island: 'habomai',
		point: [146.006, 43.371],
		pointSource: OSM,
		names: {
			enRu: 'Anuchina',
			enJa: 'Akiyuri',
			ja: { kanji: '秋勇留島', kana: 'あきゆりとう', romaji: 'Akiyuri-tō' },
			ru: { cyrillic: 'Анучина', latin: 'Anuchina' }
		},
		sources: ['S1', 'S23']
	},
	{
		id: 'dyomin',
		kind: 'islet',
		island: 'habomai',
		point: [146.162, 43.418],
		pointSource: OSM,
		names: {
			enRu: 'Dyomin islets',
			enJa: 'Dyomin islets',
			ru: { cyrillic: 'острова Дёмина', latin: 'ostrova Dyomina' }
		},
		sources: ['S19'],
		note: 'No Japanese name was found for these islets.'
	},
	{
		id: 'kaigara',
		kind: 'islet',
		island: 'habomai',
		// In no coastline dataset; placed from the Russian source's coordinates.
		point: [145.859444, 43.395],
		pointSource: '43°23′42″N 145°51′34″E (S26)',
		names: {
			enRu: 'Signalny',
			enJa: 'Kaigara',
			ja: { kanji: '貝殻島', kana: 'かいがらじま', romaji: 'Kaigara-jima' },
			ru: { cyrillic: 'Сигнальный', latin: 'Signalny' }
		},
		sources: ['S1', 'S26'],
		pointOnly: true,
		note: 'A rock about 200 m long and 2 m high with a lighthouse (S26).'
	},
	{
		id: 'shikotan-islet-east',
		kind: 'islet',
		island: 'shikotan',
		point: [146.7986, 43.7531],
		pointSource: OSM,
		// Not a name but a description, in each language: no source names this islet.
		names: {
			enRu: 'Unnamed islet off Shikotan (east)',
			enJa: 'Unnamed islet off Shikotan (east)',
			ja: { kanji: '色丹島沖の無名の小島（東）', romaji: 'Shikotan-tō oki no mumei-tō (higashi)' },
			ru: {
				cyrillic: 'безымянный островок у Шикотана (восточный)',
				latin: 'bezymyanny ostrovok u Shikotana (vostochny)'
			}
		},
		sources: [],
		note: 'Unidentified 1.3 km² islet in the OpenStreetMap coastline, 6.5 km from the Shikotan reference point.'
	},
	{
		id: 'shikotan-islet-west',
		kind: 'islet',
		island: 'shikotan',
		point: [146.6953, 43.7278],
		pointSource: OSM,
		names: {
			enRu: 'Unnamed islet off Shikotan (west)',
			enJa: 'Unnamed islet off Shikotan (west)',
			ja: { kanji: '色丹島沖の無名の小島（西）', romaji: 'Shikotan-tō oki no mumei-tō (nishi)' },
			ru: {
				cyrillic: 'безымянный островок у Шикотана (западный)',
				latin: 'bezymyanny ostrovok u Shikotana (zapadny)'
			}
		},
		sources: [],
		note: 'Unidentified 0.6 km² islet in the OpenStreetMap coastline, 9.2 km from the Shikotan reference point.'
	}
];

/** Undisputed Japanese islets off the Nemuro peninsula: part of no disputed island, never coloured as one. */
export const UNDISPUTED_ISLETS: Place[] = [
	{
		id: 'yururi',
		kind: 'islet',
		point: [145.5985, 43.2133],
		pointSource: OSM,
		names: {
			enRu: 'Yururi',
			enJa: 'Yururi',
			ja: { kanji: 'ユルリ島', romaji: 'Yururi-tō' },
			ru: { cyrillic: 'Юрури', latin: 'Yururi' }
		},
		sources: ['N4'],
		note: 'The Russian form is the Japanese name in Cyrillic by the Polivanov system, as Russian writes Japanese names.'
	},
	{
		id: 'moyururi',
		kind: 'islet',
		point: [145.6066, 43.2276],
		pointSource: OSM,
		names: {
			enRu: 'Moyururi',
			enJa: 'Moyururi',
			ja: { kanji: 'モユルリ島', romaji: 'Moyururi-tō' },
			ru: { cyrillic: 'Моюрури', latin: 'Moyururi' }
		},
		sources: ['N5'],
		note: 'The Russian form is the Japanese name in Cyrillic by the Polivanov system, as Russian writes Japanese names.'
	}
];

/** Settlements on the disputed islands, with their pre-1946 Japanese names. */
export const SETTLEMENTS: Place[] = [
	{
		id: 'kurilsk',
		kind: 'settlement',
		island: 'iturup',
		point: [147.878, 45.227],
		pointSource: APPROX,
		names: {
			enRu: 'Kurilsk',
			enJa: 'Shana',
			ja: { kanji: '紗那', romaji: 'Shana' },
			ru: { cyrillic: 'Курильск', latin: 'Kurilsk' }
		},
		sources: ['S37'],
		minzoom: 6
	},
	{
		id: 'yuzhno-kurilsk',
		kind: 'settlement',
		island: 'kunashir',
		point: [145.861, 44.031],
		pointSource: APPROX,
		names: {
			enRu: 'Yuzhno-Kurilsk',
			enJa: 'Furukamappu',
			ja: { kanji: '古釜布', romaji: 'Furukamappu' },
			ru: { cyrillic: 'Южно-Курильск', latin: 'Yuzhno-Kurilsk' }
		},
		sources: ['S33'],
		minzoom: 6
	},
	{
		id: 'malokurilskoye',
		kind: 'settlement',
		island: 'shikotan',
		point: [146.826, 43.869],
		pointSource: APPROX,
		names: {
			enRu: 'Malokurilskoye',
			enJa: 'Shakotan',
			ja: { kanji: '斜古丹', romaji: 'Shakotan' },
			ru: { cyrillic: 'Малокурильское', latin: 'Malokurilskoye' }
		},
		sources: ['S20', 'S38'],
		minzoom: 7,
		note: 'S38 gives the Japanese name as 色丹村 (Shikotan-mura); S20 says the village was originally called 斜古丹 (Shakotan).'
	},
	{
		id: 'krabozavodskoye',
		kind: 'settlement',
		island: 'shikotan',
		point: [146.74, 43.826],
		pointSource: APPROX,
		names: {
			enRu: 'Krabozavodskoye',
			enJa: 'Krabozavodskoye',
			ru: { cyrillic: 'Крабозаводское', latin: 'Krabozavodskoye' }
		},
		sources: ['S16'],
		minzoom: 8
	},
	{
		id: 'goryachiye-klyuchi',
		kind: 'settlement',
		island: 'iturup',
		point: [147.71, 45.01],
		pointSource: APPROX,
		names: {
			enRu: 'Goryachiye Klyuchi',
			enJa: 'Goryachiye Klyuchi',
			ru: { cyrillic: 'Горячие Ключи', latin: 'Goryachiye Klyuchi' }
		},
		sources: ['S87'],
		minzoom: 8
	}
];

/** Places outside the dispute that readers look for (Hokkaido), and the straits between. */
export const LANDMARKS: Place[] = [
	{
		id: 'nemuro',
		kind: 'town',
		point: [145.585, 43.33],
		pointSource: APPROX,
		names: {
			enRu: 'Nemuro',
			enJa: 'Nemuro',
			ja: { kanji: '根室', romaji: 'Nemuro' },
			ru: { cyrillic: 'Немуро', latin: 'Nemuro' }
		},
		sources: ['S4'],
		minzoom: 6
	},
	{
		id: 'cape-nosappu',
		kind: 'cape',
		point: [145.816278, 43.385056],
		pointSource: '43°23′6.2″N 145°48′58.6″E (N1)',
		names: {
			enRu: 'Cape Nosappu',
			enJa: 'Cape Nosappu',
			ja: { kanji: '納沙布岬', romaji: 'Nosappu-misaki' },
			ru: { cyrillic: 'мыс Носаппу', latin: 'mys Nosappu' }
		},
		sources: ['N1', 'S1'],
		minzoom: 7
	},
	{
		id: 'notsuke',
		kind: 'peninsula',
		point: [145.331, 43.594],
		pointSource: APPROX,
		names: {
			enRu: 'Notsuke Peninsula',
			enJa: 'Notsuke Peninsula',
			ja: { kanji: '野付半島', romaji: 'Notsuke-hantō' },
			ru: { cyrillic: 'полуостров Ноцукэ', latin: 'poluostrov Notsuke' }
		},
		sources: ['S1'],
		minzoom: 8
	},
	{
		id: 'shiretoko',
		kind: 'peninsula',
		point: [145.05, 44.1],
		pointSource: APPROX,
		names: {
			enRu: 'Shiretoko Peninsula',
			enJa: 'Shiretoko Peninsula',
			ja: { kanji: '知床半島', romaji: 'Shiretoko-hantō' },
			ru: { cyrillic: 'полуостров Сиретоко', latin: 'poluostrov Siretoko' }
		},
		sources: ['S12'],
		minzoom: 7
	},
	{
		id: 'hokkaido',
		kind: 'region',
		point: [143.2, 43.45],
		pointSource: APPROX,
		names: {
			enRu: 'Hokkaido',
			enJa: 'Hokkaido',
			ja: { kanji: '北海道', romaji: 'Hokkaidō' },
			ru: { cyrillic: 'Хоккайдо', latin: 'Khokkaydo' }
		},
		sources: ['S4'],
		minzoom: 4
	},
	{
		id: 'nemuro-strait',
		kind: 'strait',
		point: [145.42, 44.05],
		pointSource: APPROX,
		names: {
			enRu: 'Kunashir Strait',
			enJa: 'Nemuro Strait',
			ja: { kanji: '根室海峡', romaji: 'Nemuro-kaikyō' },
			ru: { cyrillic: 'Кунаширский пролив', latin: 'Kunashirsky proliv' }
		},
		sources: ['S44', 'S12'],
		minzoom: 7
	},
	{
		id: 'catherine-strait',
		kind: 'strait',
		point: [146.72, 44.55],
		pointSource: APPROX,
		names: {
			enRu: 'Catherine Strait',
			enJa: 'Kunashiri Channel',
			ja: { kanji: '国後水道', romaji: 'Kunashiri-suidō' },
			ru: { cyrillic: 'пролив Екатерины', latin: 'proliv Yekateriny' }
		},
		sources: ['S46', 'S12'],
		minzoom: 6
	},
	{
		id: 'vries-strait',
		kind: 'strait',
		point: [149.1, 45.72],
		pointSource: APPROX,
		names: {
			enRu: 'Friza Strait',
			enJa: 'Vries Strait',
			ja: { kanji: '択捉水道', romaji: 'Etorofu-suidō' },
			ru: { cyrillic: 'пролив Фриза', latin: 'proliv Friza' }
		},
		sources: ['S47', 'S48'],
		minzoom: 5,
		note: 'The Japanese name 択捉水道 is given by S48 only; it could not be confirmed in other sources.'
	},
	{
		id: 'sovetsky-strait',
		kind: 'strait',
		point: [145.86, 43.42],
		pointSource: APPROX,
		names: {
			enRu: 'Sovetsky Strait',
			enJa: 'Goyomai Strait',
			ja: { kanji: '珸瑤瑁水道', romaji: 'Goyōmai-suidō' },
			ru: { cyrillic: 'Советский пролив', latin: 'Sovetsky proliv' }
		},
		sources: ['S24'],
		minzoom: 9
	},
	{
		id: 'izmeny-strait',
		kind: 'strait',
		point: [145.45, 43.68],
		pointSource: APPROX,
		names: {
			enRu: 'Izmeny Strait',
			enJa: 'Notsuke Channel',
			ru: { cyrillic: 'пролив Измены', latin: 'proliv Izmeny' }
		},
		sources: ['S12', 'S44'],
		minzoom: 8
	},
	{
		id: 'south-kuril-strait',
		kind: 'strait',
		point: [146.2, 43.85],
		pointSource: APPROX,
		names: {
			enRu: 'South Kuril Strait',
			enJa: 'South Kuril Strait',
			ru: { cyrillic: 'Южно-Курильский пролив', latin: 'Yuzhno-Kurilsky proliv' }
		},
		sources: ['S19', 'S33'],
		minzoom: 7
	}
];

/** Every place, for the gazetteer and the label layer. */
export const ALL_PLACES: Place[] = [
	...Object.values(ISLANDS),
	...ISLETS,
	...UNDISPUTED_ISLETS,
	...SETTLEMENTS,
	...LANDMARKS
];

/**
 * Whether a place has a name of its own to find it by: the unsourced placeholder islets ("Unnamed
 * islet off Shikotan") do not.
 */
export function isNamedPlace(place: Place): boolean {
	return !(place.kind === 'islet' && place.sources.length === 0);
}

/**
 * The places a link can point at with `?place=` (src/lib/url/state.ts), by id: every named place
 * but the four island groups, which have pages of their own (`/islands/<id>`).
 */
export const LOCATABLE_PLACES: ReadonlyMap<string, Place> = new Map(
	ALL_PLACES.filter((p) => p.kind !== 'island' && isNamedPlace(p)).map((p) => [p.id, p])
);

export function isLocatablePlaceId(value: unknown): value is string {
	return typeof value === 'string' && LOCATABLE_PLACES.has(value);
}
