// The words of the dispute: for each concept, the term the site uses in its own voice and the term
// each government uses, in English, Japanese and Russian, each side's term with the sources that show
// it in use. A side's term is right inside that side's attributed statement (marked data-side="ja"
// or data-side="ru" in the page) and wrong anywhere else, because it takes that side. The table's
// origin and its checks against the sources are in docs/neutrality-audit.md.
//
// LOADED_TERMS are the words that give a side away in English; glossary.test.ts fails when the
// site's own text uses one, and tests/e2e/neutral.e2e.ts does the same on the rendered pages.
// LOADED_TERMS_JA and LOADED_TERMS_RU do the same for the translations (messages/ja.json and
// ru.json), and TREATIES holds the official Japanese and Russian names every translation uses;
// glossary.test.ts checks the message files against both.
import type { SourceId } from './types.ts';

/** A page that shows a term in use and is not in the sources table (sources.ts). */
export interface Reference {
	title: string;
	url: string;
	/** BCP 47 language of the page. */
	lang: string;
}

/** Where a term is shown in use: a source of the table by id, or a page. */
export type Cite = SourceId | Reference;

export interface SideTerm {
	/** The side's own term, in its own language. */
	term: string;
	/** What it says, in English. */
	en: string;
	/** Where the side is seen using the term. */
	sources: Cite[];
	/** Why `sources` is empty: the term is kept as the project's terms sheet gives it, unconfirmed. */
	unconfirmed?: string;
}

export interface GlossaryEntry {
	id: string;
	/** What the entry is about, in plain words. */
	concept: string;
	/** What the site says in its own voice, in English, Japanese and Russian. */
	neutral: { en: string; ja: string; ru: string };
	/**
	 * How a neutral text says it in each language: a translation of a neutral English text that
	 * matches `en` matches `ja` and `ru`. Checked against messages/{ja,ru}.json by glossary.test.ts.
	 */
	usage?: { en: RegExp; ja: RegExp; ru: RegExp }[];
	ja: SideTerm;
	ru: SideTerm;
	note?: string;
}

// Pages that show a term in use and are not among the sources of the data (sources.ts).
const CAO_ISSUE: Reference = {
	title: '北方領土問題 (Cabinet Office of Japan)',
	url: 'http://www8.cao.go.jp/hoppo/mondai/01.html',
	lang: 'ja'
};
const CAO_TALKS: Reference = {
	title: '返還交渉の経緯を整理します (Cabinet Office of Japan)',
	url: 'http://www8.cao.go.jp/hoppo/mondai_ima/kousyoukeii.html',
	lang: 'ja'
};
const CAO_TALKS_1956: Reference = {
	title: '返還交渉の経緯 (Cabinet Office of Japan)',
	url: 'http://www8.cao.go.jp/hoppo/mondai/04.html',
	lang: 'ja'
};
const MOFA_TALKS: Reference = {
	title: '日ソ・日露間の平和条約締結交渉 (Ministry of Foreign Affairs of Japan)',
	url: 'https://www.mofa.go.jp/mofaj/area/hoppo/hoppo_rekishi.html',
	lang: 'ja'
};
const SPF_IRKUTSK: Reference = {
	title:
		'日ソ共同宣言への言及(イルクーツク声明) (Sasakawa Peace Foundation, Institute for Island Studies)',
	url: 'https://www.spf.org/islandstudies/jp/info_library/northern-01-history--01_history023.html',
	lang: 'ja'
};
const RU_SHIMODA: Reference = {
	title: 'Симодский трактат (Wikipedia, Russian; gives the Japanese name too)',
	url: 'https://ru.wikipedia.org/wiki/Симодский_трактат',
	lang: 'ru'
};
const RU_PETERSBURG: Reference = {
	title: 'Петербургский договор (1875) (Wikipedia, Russian; gives the Japanese name too)',
	url: 'https://ru.wikipedia.org/wiki/Петербургский_договор_(1875)',
	lang: 'ru'
};
const RU_PORTSMOUTH: Reference = {
	title: 'Портсмутский мирный договор (Wikipedia, Russian)',
	url: 'https://ru.wikipedia.org/wiki/Портсмутский_мирный_договор',
	lang: 'ru'
};
const JA_PORTSMOUTH: Reference = {
	title: 'ポーツマス条約 (Wikipedia, Japanese)',
	url: 'https://ja.wikipedia.org/wiki/ポーツマス条約',
	lang: 'ja'
};
const RU_SAN_FRANCISCO: Reference = {
	title: 'Сан-Францисский мирный договор (Wikipedia, Russian)',
	url: 'https://ru.wikipedia.org/wiki/Сан-Францисский_мирный_договор',
	lang: 'ru'
};
const RU_1956: Reference = {
	title: 'Советско-японская декларация (1956) (Wikipedia, Russian)',
	url: 'https://ru.wikipedia.org/wiki/Советско-японская_декларация_(1956)',
	lang: 'ru'
};
const RU_IRKUTSK: Reference = {
	title:
		'Иркутское заявление Президента Российской Федерации и Премьер-министра Японии о дальнейшем продолжении переговоров по проблеме мирного договора, 25 марта 2001 (text)',
	url: 'https://lawmix.ru/abro/3927',
	lang: 'ru'
};
const UNCONFIRMED =
	'as the project’s terms sheet gives it; docs/neutrality-audit.md lists it as not checked against a government page';

export const GLOSSARY: GlossaryEntry[] = [
	{
		id: 'the-islands',
		concept: 'The four island groups',
		neutral: {
			en: 'the four islands, the disputed islands (naming both: Southern Kurils / Northern Territories)',
			ja: '四島、日露間で帰属が争われている四島',
			ru: 'четыре острова, спорные острова'
		},
		ja: {
			term: '北方領土, 北方四島',
			en: 'Northern Territories, the four northern islands',
			sources: ['S1', 'S120', CAO_ISSUE]
		},
		ru: {
			term: 'Южные Курилы, южные Курильские острова',
			en: 'Southern Kurils',
			sources: ['S114', 'S139']
		},
		note: 'A neutral text that names one side’s collective name names the other’s too, or says whose name it is.',
		usage: [
			{
				en: /\bfour (?:island groups|islands)\b/i,
				ja: /[四4]島|[四4]つの島/,
				ru: /(?:четыр\p{L}*|4) (?:\p{L}+ )?(?:остров|групп)|спорн\p{L}* остров/iu
			}
		]
	},
	{
		id: 'status',
		concept: 'Their status today',
		neutral: {
			en: 'administered by Russia (by the Soviet Union until 1991); claimed by Japan',
			ja: 'ロシアが実効支配する(ロシアが管轄する)、日本が領有権を主張する',
			ru: 'находятся под управлением России, на которые претендует Япония'
		},
		ja: { term: '不法占拠', en: 'illegally occupied', sources: ['S5', CAO_ISSUE] },
		ru: {
			term: 'неотъемлемая часть территории России',
			en: 'an integral part of Russia’s territory',
			sources: [],
			unconfirmed: UNCONFIRMED
		},
		usage: [
			{
				en: /\badminist(?:er|ers|ered|ering)\b/i,
				ja: /実効支配|管轄|施政/,
				ru: /управлени|управля/iu
			},
			{ en: /\bJapan claims\b|\bclaimed by Japan\b/i, ja: /主張/, ru: /претенд/iu }
		]
	},
	{
		id: '1945',
		concept: 'August–September 1945',
		neutral: {
			en: 'Soviet forces took (landed on, captured) the islands',
			ja: 'ソ連軍が四島を支配下に置いた',
			ru: 'советские войска заняли острова'
		},
		ja: {
			term: '占領, 不法占拠',
			en: 'occupation, illegal occupation',
			sources: ['S5', CAO_TALKS]
		},
		ru: {
			term: 'освобождение, возвращение',
			en: 'liberation, return',
			sources: [],
			unconfirmed: UNCONFIRMED
		}
	},
	{
		id: 'dispute',
		concept: 'The dispute itself',
		neutral: {
			en: 'the dispute over the islands',
			ja: '四島をめぐる日露の対立',
			ru: 'спор о принадлежности островов'
		},
		ja: { term: '北方領土問題', en: 'the Northern Territories issue', sources: [CAO_ISSUE] },
		ru: {
			term: 'вопрос о мирном договоре',
			en: 'the peace-treaty question (Russia holds that there is no territorial dispute)',
			sources: ['S112', RU_IRKUTSK]
		}
	},
	{
		id: 'legal-basis',
		concept: 'The legal basis each side claims',
		neutral: {
			en: 'attribute it: “Japan holds…”, “Russia holds…”',
			ja: '「日本は…と主張している」「ロシアは…と主張している」',
			ru: '«Япония считает…», «Россия считает…»'
		},
		ja: {
			term: '固有の領土; 日魯通好条約 (1855)',
			en: 'inherent territory; the 1855 Treaty of Commerce, Navigation and Delimitation',
			sources: ['S5', CAO_ISSUE, 'S134']
		},
		ru: {
			term: 'итоги Второй мировой войны; Ялтинское соглашение',
			en: 'the results of the Second World War; the Yalta agreement',
			sources: ['S114', 'S138', 'S110']
		}
	},
	{
		id: 'kurile-islands-1951',
		concept: 'The “Kurile Islands” renounced in 1951',
		neutral: {
			en: 'quote the treaty: “the Kurile Islands”',
			ja: '「千島列島」',
			ru: '«Курильские острова»'
		},
		ja: {
			term: '四島は含まれない',
			en: 'the four islands are not included',
			sources: ['S116', CAO_TALKS]
		},
		ru: {
			term: 'южные острова входят',
			en: 'the southern islands are included',
			sources: [],
			unconfirmed: UNCONFIRMED
		}
	},
	{
		id: 'article-9-1956',
		concept: 'The 1956 Joint Declaration, Article 9',
		neutral: { en: 'transfer', ja: '引き渡し', ru: 'передача' },
		ja: { term: '返還', en: 'return', sources: [CAO_TALKS, CAO_ISSUE] },
		ru: { term: 'передача', en: 'transfer, not return', sources: ['S56', 'S131'] }
	},
	{
		id: 'residents-1947',
		concept: 'The Japanese residents, 1947–48',
		neutral: {
			en: 'removal of the Japanese residents to Japan',
			ja: '日本人住民の本土への移送',
			ru: 'вывоз японских жителей в Японию'
		},
		ja: {
			term: '強制退去, 強制送還',
			en: 'forced expulsion',
			sources: [],
			unconfirmed: UNCONFIRMED
		},
		ru: { term: 'репатриация', en: 'repatriation', sources: ['S145', 'S146'] }
	},
	{
		id: 'line-at-sea',
		concept: 'The line at sea between Hokkaido and the islands',
		neutral: {
			en: 'the de facto line, the line of control',
			ja: '事実上の境界線',
			ru: 'линия разграничения'
		},
		ja: {
			term: '中間ライン',
			en: 'median line (not a border)',
			sources: [],
			unconfirmed: UNCONFIRMED
		},
		ru: {
			term: 'государственная граница',
			en: 'state border',
			sources: [],
			unconfirmed: UNCONFIRMED
		}
	},
	{
		id: 'lesser-kurils',
		concept: 'Shikotan and the Habomai islets',
		neutral: {
			en: 'name them: Shikotan and the Habomai islets',
			ja: '色丹島・歯舞群島',
			ru: 'Шикотан и острова Хабомаи'
		},
		ja: { term: '根室市 (歯舞群島)', en: 'part of Nemuro, Hokkaido', sources: ['S147'] },
		ru: {
			term: 'Малая Курильская гряда',
			en: 'the Lesser Kuril Chain',
			sources: ['S19', 'S22']
		}
	}
];

/**
 * A treaty or declaration by its official name in Japanese and Russian: the names every
 * translation uses, in the site's voice and in each side's alike.
 */
export interface Treaty {
	id: string;
	year: number;
	/** How the English texts name it. */
	en: RegExp;
	ja: string;
	ru: string;
	/** The Russian name in any case: a Russian sentence declines it. */
	ruPattern: RegExp;
	sources: { ja: Cite[]; ru: Cite[] };
}

export const TREATIES: Treaty[] = [
	{
		id: 'shimoda',
		year: 1855,
		en: /\bTreaty of Shimoda\b/,
		ja: '日露和親条約',
		ru: 'Симодский трактат',
		ruPattern: /Симодск\p{L}* трактат/u,
		sources: { ja: [RU_SHIMODA], ru: [RU_SHIMODA] }
	},
	{
		id: 'saint-petersburg',
		year: 1875,
		en: /\bTreaty of Saint Petersburg\b/,
		ja: '樺太・千島交換条約',
		ru: 'Петербургский договор',
		ruPattern: /Петербургск\p{L}* договор/u,
		sources: { ja: [RU_PETERSBURG], ru: [RU_PETERSBURG] }
	},
	{
		id: 'portsmouth',
		year: 1905,
		en: /\bTreaty of Portsmouth\b/,
		ja: 'ポーツマス条約',
		ru: 'Портсмутский мирный договор',
		ruPattern: /Портсмутск\p{L}* (?:мирн\p{L}* )?договор/u,
		sources: { ja: [JA_PORTSMOUTH], ru: [RU_PORTSMOUTH] }
	},
	{
		id: 'san-francisco',
		year: 1951,
		en: /\bSan Francisco Peace Treaty\b|\bTreaty of San Francisco\b/,
		ja: 'サンフランシスコ平和条約',
		ru: 'Сан-Францисский мирный договор',
		ruPattern: /Сан-Францисск\p{L}* мирн\p{L}* договор/u,
		sources: { ja: [CAO_TALKS, 'S116'], ru: [RU_SAN_FRANCISCO] }
	},
	{
		id: 'joint-declaration-1956',
		year: 1956,
		en: /\bJoint Declaration\b/,
		ja: '日ソ共同宣言',
		ru: 'Советско-японская декларация 1956 года',
		ruPattern: /Советско-японск\p{L}* (?:совместн\p{L}* )?деклараци\p{L}* 1956 года/u,
		sources: { ja: [CAO_TALKS, MOFA_TALKS], ru: [RU_1956] }
	},
	{
		id: 'tokyo-declaration',
		year: 1993,
		en: /\bTokyo Declaration\b/,
		ja: '東京宣言',
		ru: 'Токийская декларация',
		ruPattern: /Токийск\p{L}* деклараци/u,
		// The Irkutsk Statement builds on it by name, in both languages' texts.
		sources: { ja: [CAO_TALKS_1956, SPF_IRKUTSK], ru: [RU_IRKUTSK] }
	},
	{
		id: 'irkutsk-statement',
		year: 2001,
		en: /\bIrkutsk Statement\b/,
		ja: 'イルクーツク声明',
		ru: 'Иркутское заявление',
		ruPattern: /Иркутск\p{L}* заявлени/u,
		sources: { ja: [SPF_IRKUTSK], ru: [RU_IRKUTSK] }
	}
];

/** A word that takes a side when the site says it in its own voice. */
export interface LoadedTerm {
	id: string;
	/** Whose case the word belongs to. */
	side: 'ja' | 'ru';
	pattern: RegExp;
}

export const LOADED_TERMS: LoadedTerm[] = [
	{ id: 'occupied', side: 'ja', pattern: /\boccup(?:y|ies|ied|ying|ation|ations|ier|iers)\b/i },
	{ id: 'illegal', side: 'ja', pattern: /\billegal(?:ly|ity)?\b/i },
	{ id: 'inherent territory', side: 'ja', pattern: /\binherent\s+(?:part|territor(?:y|ies))\b/i },
	{
		id: 'return of the islands',
		side: 'ja',
		pattern:
			/\breturn\s+of\s+(?:the\s+)?(?:(?:four|two|northern|southern|disputed)\s+)*(?:islands|isles|territories)\b/i
	},
	{ id: 'liberated', side: 'ru', pattern: /\bliberat(?:e|ed|es|ing|ion)\b/i },
	{ id: 'annexed', side: 'ja', pattern: /\bannex(?:ed|es|ing|ation)\b/i },
	{ id: 'integral part', side: 'ru', pattern: /\bintegral\s+part\b/i }
];

/** The loaded terms in a text, by id; empty when the text takes no side. */
export function loadedTermsIn(text: string): string[] {
	return LOADED_TERMS.filter((t) => t.pattern.test(text)).map((t) => t.id);
}

/**
 * A side's collective name for the islands is no loaded word by itself: a neutral text may say
 * whose name it is ("Russia administers them as the Southern Kurils") or give both. It takes a side
 * only when the site says it alone, as its own.
 */
export interface SideName {
	id: string;
	side: 'ja' | 'ru';
	pattern: RegExp;
	/** The other side's name, or the side named as the one that uses it. */
	excusedBy: RegExp;
}

/** The words that give a side away in Japanese, said in the site's own voice. */
export const LOADED_TERMS_JA: LoadedTerm[] = [
	{ id: '不法占拠', side: 'ja', pattern: /不法(?:に)?占(?:拠|領)/ },
	{ id: '固有の領土', side: 'ja', pattern: /固有の領土/ },
	{ id: '強制退去', side: 'ja', pattern: /強制(?:退去|送還|的に追い出)/ },
	{ id: '返還', side: 'ja', pattern: /返還/ },
	{ id: '解放', side: 'ru', pattern: /解放/ },
	{ id: '第二次世界大戦の結果', side: 'ru', pattern: /第二次(?:世界)?大戦の(?:結果|帰結|成果)/ },
	{ id: '不可分の一部', side: 'ru', pattern: /不可分の一部/ }
];

/** The words that give a side away in Russian, said in the site's own voice. */
export const LOADED_TERMS_RU: LoadedTerm[] = [
	{ id: 'незаконная оккупация', side: 'ja', pattern: /незаконн\p{L}* оккупац|оккупир/iu },
	{ id: 'исконные территории', side: 'ja', pattern: /исконн\p{L}* (?:\p{L}+ )?территори/iu },
	{
		id: 'возвращение островов',
		side: 'ja',
		pattern: /(?:возвращени|возврат)\p{L}* (?:\p{L}+ )?остров/iu
	},
	{ id: 'аннексия', side: 'ja', pattern: /аннекс/iu },
	{ id: 'итоги Второй мировой войны', side: 'ru', pattern: /итог\p{L}* Второй мировой/iu },
	{ id: 'неотъемлемая часть', side: 'ru', pattern: /неотъемлем\p{L}* част/iu },
	{
		id: 'освобождение',
		side: 'ru',
		pattern: /освобо(?:ждени|дил|дит)\p{L}* (?:\p{L}+ )?(?:остров|Курил)/iu
	}
];

export const SIDE_NAMES: Record<'ja' | 'ru', SideName[]> = {
	ja: [
		{ id: '北方領土', side: 'ja', pattern: /北方領土|北方四島/, excusedBy: /南クリル|日本/ },
		{ id: '南クリル', side: 'ru', pattern: /南クリル/, excusedBy: /北方領土|北方四島|ロシア|ソ連/ }
	],
	ru: [
		{
			id: 'Северные территории',
			side: 'ja',
			pattern: /Северн\p{L}* территори/iu,
			excusedBy: /Южн\p{L}* Курил|Япони|японск/iu
		},
		{
			id: 'Южные Курилы',
			side: 'ru',
			pattern: /Южн\p{L}* Курил/iu,
			// Or both halves of the chain, as geography: “the northern and the southern Kurils”.
			excusedBy:
				/Северн\p{L}* территори|Росси|российск|СССР|Советск|советск|северн\p{L}*,? и южн\p{L}* Курил/iu
		}
	]
};

/** The loaded terms and unexplained side names in a Japanese or Russian text, by id. */
export function loadedTermsInLanguage(text: string, lang: 'ja' | 'ru'): string[] {
	const terms = lang === 'ja' ? LOADED_TERMS_JA : LOADED_TERMS_RU;
	return [
		...terms.filter((t) => t.pattern.test(text)).map((t) => t.id),
		...SIDE_NAMES[lang]
			.filter((n) => n.pattern.test(text) && !n.excusedBy.test(text))
			.map((n) => n.id)
	];
}
