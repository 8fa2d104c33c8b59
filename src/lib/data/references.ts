// The phrases with which a news article speaks of the disputed islands without naming them, for the
// article gazetteer (src/lib/content/gazetteer.ts). Names themselves are in places.ts; this file
// holds the wording around them:
//
//  - group phrases: a count or a word of control, words between it and the noun, and a place that
//    fixes which islands ("one of the four Russian-controlled northwestern Pacific islands",
//    "Russian-held isles off Hokkaido", "Russian-held islands that are claimed by Japan");
//  - references back to islands the article has already named ("the islands", "the territory") and
//    to the dispute itself ("the long-standing territorial row");
//  - the names of other territorial disputes, near which a generic phrase ("disputed islands",
//    "the islands") is about them, not about these islands.
//
// Every word list matches like place names do: any case, a space also matching a hyphen or a run of
// white space.

import type { IslandId } from './types.ts';
import { ISLAND_IDS } from './types.ts';

export interface GroupPhrase {
	/** The id the links record as their `place`. */
	id: string;
	islands: readonly IslandId[];
	/** Words that start the phrase: a count ("four") or a word of control ("Russian-held"). */
	leads: string[];
	/** At most `maxModifiers` of these may stand between the lead and the noun. */
	modifiers: string[];
	maxModifiers: number;
	nouns: string[];
	/** What may follow the noun ("near Hokkaido", "claimed by Japan"), matched with the phrase. */
	places: string[];
	/** Whether the phrase counts only with one of `places` (the lead alone does not fix the islands). */
	placeRequired: boolean;
	note: string;
}

const MODIFIERS = [
	'Russian-held',
	'Russian-controlled',
	'Russian-occupied',
	'Russian-administered',
	'Russia-held',
	'Russia-controlled',
	'Moscow-controlled',
	'Soviet-seized',
	'Japanese-claimed',
	'Japan-claimed',
	'disputed',
	'contested',
	'northern',
	'southern',
	'northwestern',
	'western',
	'Pacific',
	'Kuril',
	'Kurile',
	'small',
	'smaller',
	'tiny',
	'remote',
	'windswept',
	'sparsely',
	'populated',
	'volcanic',
	'southernmost',
	'offshore'
];

const CONTROL = [
	'Russian-held',
	'Russian-controlled',
	'Russian-occupied',
	'Russian-administered',
	'Russia-held',
	'Russia-controlled',
	'Moscow-controlled',
	'Soviet-seized',
	'Japanese-claimed',
	'Moscow-administered',
	'Russian-ruled'
];

const NEAR = ['near', 'off', 'off the coast of', 'northeast of', 'north of', 'east of', 'close to'];
const HOKKAIDO = [
	'Hokkaido',
	'eastern Hokkaido',
	'northeastern Hokkaido',
	'Japan',
	'northern Japan',
	'Nemuro',
	"Japan's northernmost main island"
];
const PLACES = [
	...NEAR.flatMap((near) => HOKKAIDO.map((place) => `${near} ${place}`)),
	'claimed by Japan',
	'claimed by Tokyo',
	'that are claimed by Japan',
	'that are claimed by Tokyo',
	'which are claimed by Japan',
	'that Japan claims',
	'Japan claims'
];

export const GROUP_PHRASES: GroupPhrase[] = [
	{
		id: 'four-islands',
		islands: ISLAND_IDS,
		leads: ['four', 'four of the'],
		modifiers: MODIFIERS,
		maxModifiers: 4,
		nouns: ['islands', 'isles', 'islets', 'island groups'],
		places: PLACES,
		placeRequired: false,
		note: 'A count of four with words of place or control between it and the noun; Japan\'s "four main islands" take none of these words.'
	},
	{
		id: 'russian-held-islands',
		islands: ISLAND_IDS,
		leads: CONTROL,
		modifiers: MODIFIERS,
		maxModifiers: 3,
		nouns: ['islands', 'isles', 'islets'],
		places: PLACES,
		placeRequired: true,
		note: 'Russia holds other islands: the phrase counts only with a place that fixes which.'
	}
];

export interface ReferenceTerm {
	id: string;
	/**
	 * What the phrase refers to: every island the article has named, its last-named islet, or the
	 * island it named last (同島, "the said island").
	 */
	refers: 'named' | 'islet' | 'last';
	variants: string[];
	/**
	 * Words that may stand between "the" and a noun of `nouns` ("the remote Pacific islands"), at
	 * most three of them.
	 */
	modifiers?: string[];
	nouns?: string[];
	note: string;
}

export const REFERENCE_TERMS: ReferenceTerm[] = [
	{
		id: 'the-islands',
		refers: 'named',
		variants: [
			'the islands',
			'the isles',
			'the island group',
			'the territory',
			'the territories',
			'these islands',
			'those islands',
			'the two islands',
			'the two smaller islands',
			'the smaller islands',
			'эти острова',
			'острова',
			'островов',
			'островах'
		],
		modifiers: ['remote', 'Pacific', 'windswept', 'sparsely', 'populated', 'volcanic', ...CONTROL],
		nouns: ['islands', 'isles'],
		note: 'Refers back to the islands the article has named so far (or names in the same sentence). The Russian plural is a reference only when no name follows it ("острова Итуруп" is a name).'
	},
	{
		id: 'the-same-island',
		refers: 'last',
		variants: ['同島'],
		note: 'Japanese "the said island": the island the article named last, and nothing after another dispute\'s island.'
	},
	{
		id: 'the-islet',
		refers: 'islet',
		variants: ['the islet'],
		note: 'Refers back to the islet the article named last.'
	},
	{
		id: 'the-dispute',
		refers: 'named',
		variants: [
			'territorial dispute',
			'territorial row',
			'territorial issue',
			'territorial problem',
			'territorial question',
			'territorial spat',
			'territorial feud',
			'island dispute',
			'islands dispute',
			'island row',
			'islands row',
			'sovereignty dispute',
			'the dispute',
			'island issue',
			'islands issue',
			'island question',
			'территориальный спор',
			'территориальная проблема',
			'территориальный вопрос',
			'спор об островах',
			'領土問題',
			'領土交渉',
			'帰属問題'
		],
		note: 'The dispute itself, in an article that names the islands it is about.'
	}
];

/**
 * Collective terms (terms.ts) that any territorial dispute may use: they link only when the
 * sentence, or the article's last topic, is not another dispute.
 */
export const GENERIC_TERMS: string[] = ['disputed-islands'];

/** Names of other seas' and countries' disputed islands. */
export const OTHER_DISPUTES: string[] = [
	'East China Sea',
	'South China Sea',
	'Senkaku',
	'Senkakus',
	'Senkaku Islands',
	'Diaoyu',
	'Diaoyutai',
	'Takeshima',
	'Dokdo',
	'Liancourt Rocks',
	'Spratly',
	'Spratlys',
	'Paracel',
	'Paracels',
	'Scarborough Shoal',
	'Aegean',
	'Falkland',
	'Falklands',
	'Malvinas',
	'Chagos',
	'Hans Island',
	'尖閣',
	'竹島',
	'独島',
	'尖閣諸島',
	'Сенкаку',
	'Такэсима',
	'Такесима',
	'Токто',
	'Крым'
];

/**
 * Words that show an article is about the dispute (a claim, the peace treaty, sovereignty), beside
 * the group names of the four: in such an article "the Kuril Islands" may mean the disputed ones
 * (terms.ts, KURIL_NAMES). Matched like names (any case, Russian endings).
 */
export const DISPUTE_SIGNALS: string[] = [
	// A bare "claimed" is any report ("officials claimed"): only Japan's or Tokyo's claim counts.
	'Japan claims',
	'Tokyo claims',
	"Japan's claim",
	"Japan's claims",
	"Tokyo's claim",
	"Tokyo's claims",
	'Japanese claims',
	'claimed by Japan',
	'claimed by Tokyo',
	'which Japan claims',
	'claims to the islands',
	'claims on the islands',
	'peace treaty',
	'sovereignty',
	'territorial',
	'претендует',
	'претендуют',
	'претензии',
	'притязания',
	'мирный договор',
	'суверенитет',
	'территориальный',
	'平和条約',
	'領土問題',
	'返還'
];

/** Collective terms (terms.ts) whose use marks an article about the dispute. */
export const DISPUTE_GROUP_TERMS: string[] = [
	'northern-territories',
	'southern-kurils',
	'four-islands',
	'disputed-islands'
];
