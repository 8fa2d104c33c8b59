// The words of the dispute: for each concept, the term the site uses in its own voice and the term
// each government uses. A side's term is right inside that side's attributed statement (marked
// data-side="ja" or data-side="ru" in the page) and wrong anywhere else, because it takes that
// side. The table's origin and its checks against the sources are in docs/neutrality-audit.md; the
// Japanese and Russian neutral terms are there for the translations that will build on it.
//
// LOADED_TERMS are the words that give a side away in English; glossary.test.ts fails when the
// site's own text uses one, and tests/e2e/neutral.e2e.ts does the same on the rendered pages.

export interface SideTerm {
	/** The side's own term, in its own language. */
	term: string;
	/** What it says, in English. */
	en: string;
}

export interface GlossaryEntry {
	id: string;
	/** What the entry is about, in plain words. */
	concept: string;
	/** What the site says in its own voice, in English, Japanese and Russian. */
	neutral: { en: string; ja: string; ru: string };
	ja: SideTerm;
	ru: SideTerm;
	note?: string;
}

export const GLOSSARY: GlossaryEntry[] = [
	{
		id: 'the-islands',
		concept: 'The four island groups',
		neutral: {
			en: 'the four islands, the disputed islands (naming both: Southern Kurils / Northern Territories)',
			ja: '四島、日露間で帰属が争われている四島',
			ru: 'четыре острова, спорные острова'
		},
		ja: { term: '北方領土, 北方四島', en: 'Northern Territories, the four northern islands' },
		ru: { term: 'Южные Курилы, южные Курильские острова', en: 'Southern Kurils' },
		note: 'A neutral text that names one side’s collective name names the other’s too.'
	},
	{
		id: 'status',
		concept: 'Their status today',
		neutral: {
			en: 'administered by Russia (by the Soviet Union until 1991); claimed by Japan',
			ja: 'ロシアが管轄している(実効支配)',
			ru: 'находятся под управлением России'
		},
		ja: { term: '不法占拠', en: 'illegally occupied' },
		ru: {
			term: 'неотъемлемая часть территории России',
			en: 'an integral part of Russia’s territory'
		}
	},
	{
		id: '1945',
		concept: 'August–September 1945',
		neutral: {
			en: 'Soviet forces took (landed on, captured) the islands',
			ja: 'ソ連軍が四島を支配下に置いた',
			ru: 'советские войска заняли острова'
		},
		ja: { term: '占領, 不法占拠', en: 'occupation, illegal occupation' },
		ru: { term: 'освобождение, возвращение', en: 'liberation, return' }
	},
	{
		id: 'dispute',
		concept: 'The dispute itself',
		neutral: {
			en: 'the dispute over the islands',
			ja: '四島をめぐる日露の対立',
			ru: 'спор о принадлежности островов'
		},
		ja: { term: '北方領土問題', en: 'the Northern Territories issue' },
		ru: {
			term: 'вопрос о мирном договоре',
			en: 'the peace-treaty question (Russia holds that there is no territorial dispute)'
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
			en: 'inherent territory; the 1855 Treaty of Commerce, Navigation and Delimitation'
		},
		ru: {
			term: 'итоги Второй мировой войны; Ялтинское соглашение',
			en: 'the results of the Second World War; the Yalta agreement'
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
		ja: { term: '四島は含まれない', en: 'the four islands are not included' },
		ru: { term: 'южные острова входят', en: 'the southern islands are included' }
	},
	{
		id: 'article-9-1956',
		concept: 'The 1956 Joint Declaration, Article 9',
		neutral: { en: 'transfer', ja: '引き渡し', ru: 'передача' },
		ja: { term: '返還', en: 'return' },
		ru: { term: 'передача', en: 'transfer, not return' }
	},
	{
		id: 'residents-1947',
		concept: 'The Japanese residents, 1947–48',
		neutral: {
			en: 'removal of the Japanese residents to Japan',
			ja: '日本人住民の本土への移送',
			ru: 'вывоз японских жителей в Японию'
		},
		ja: { term: '強制退去, 強制送還', en: 'forced expulsion' },
		ru: { term: 'репатриация', en: 'repatriation' }
	},
	{
		id: 'line-at-sea',
		concept: 'The line at sea between Hokkaido and the islands',
		neutral: {
			en: 'the de facto line, the line of control',
			ja: '事実上の境界線',
			ru: 'линия разграничения'
		},
		ja: { term: '中間ライン', en: 'median line (not a border)' },
		ru: { term: 'государственная граница', en: 'state border' }
	},
	{
		id: 'lesser-kurils',
		concept: 'Shikotan and the Habomai islets',
		neutral: {
			en: 'name them: Shikotan and the Habomai islets',
			ja: '色丹島・歯舞群島',
			ru: 'Шикотан и острова Хабомаи'
		},
		ja: { term: '根室市 (歯舞群島)', en: 'part of Nemuro, Hokkaido' },
		ru: { term: 'Малая Курильская гряда', en: 'the Lesser Kuril Chain' }
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
