// Texts that read the same in English, Japanese and Russian, reviewed one by one: the completeness
// check (src/lib/i18n/completeness.ts) otherwise fails on a ja or ru message identical to the
// English one, because that is almost always a text nobody translated yet. Only names that are
// written in their own form whatever the language (a brand, a licence, a file format, a
// publication's own title) belong here, each with the reason. Data prose is listed by its English
// text (`en`), since its keys are hashes of that text; interface messages by `key`.
import type { SameInAll } from './completeness.ts';

const BRAND = 'a brand, written as its owner writes it in every language';
const LICENCE = 'a licence’s own abbreviation, the same in every language';
const FORMAT = 'a file format’s name, the same in every language';
const UNIT =
	'a number with an SI unit or a per cent sign, which Japanese and Russian newspapers also write this way';
const PUNCTUATION = 'only placeholders and punctuation, which read the same in the three languages';
const TITLE =
	'a publication’s own name in Latin script, which Japanese and Russian writing keep as it is when they cite it';

export const SAME_IN_ALL: readonly SameInAll[] = [
	{ en: 'OpenStreetMap', reason: BRAND },
	{ en: 'MapLibre', reason: BRAND },
	{ en: 'Natural Earth', reason: BRAND },
	{ en: 'ODbL', reason: LICENCE },
	{ en: 'CC BY 4.0', reason: LICENCE },
	{ en: 'MIT', reason: LICENCE },
	{ en: 'GeoJSON', reason: FORMAT },
	{ en: 'SVG', reason: FORMAT },
	{ en: 'PNG', reason: FORMAT },
	{ en: 'JLogos', reason: BRAND },
	{ en: 'CyberLeninka', reason: BRAND },
	{ en: 'The Japan Times', reason: TITLE },
	{ en: 'The Straits Times', reason: TITLE },
	{ en: 'The Jerusalem Post', reason: TITLE },
	{ en: 'The Kyiv Independent', reason: TITLE },
	{ en: 'Global Times', reason: TITLE },
	{ en: 'Nikkei Asian Review', reason: TITLE },
	{ en: 'Sputnik Brasil', reason: TITLE },
	{ key: 'island_km', reason: UNIT },
	{ key: 'island_km2', reason: UNIT },
	{ key: 'island_m', reason: UNIT },
	{ key: 'island_percent', reason: UNIT },
	{ key: 'about_odbl', reason: LICENCE },
	{ key: 'home_article_meta', reason: PUNCTUATION },
	{ key: 'dispute_sources_titled', reason: PUNCTUATION },
	{ key: 'about_table_sources', reason: PUNCTUATION },
	{ key: 'measure_result', reason: PUNCTUATION },
	{ key: 'og_attribution', reason: PUNCTUATION },
	{ key: 'og_date_days', reason: PUNCTUATION }
];
