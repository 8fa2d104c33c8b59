// Labelled sentences for the gazetteer: what a careful reader would link in each. `required` ones
// must all pass; the `hard` ones are cases the rules are known to get wrong, kept so that precision
// and recall are measured on them too and any change in their outcome is noticed.

import type { IslandId } from '#lib/data/types.ts';

export interface Example {
	/** What the example tests: a place id, a term id or a trap. */
	about: string;
	text: string;
	islands: IslandId[];
}

const ALL: IslandId[] = ['iturup', 'kunashir', 'shikotan', 'habomai'];

export const REQUIRED: Example[] = [
	// Islands, every name and script.
	{ about: 'iturup', text: 'The airport on Iturup opened in 2014.', islands: ['iturup'] },
	{ about: 'iturup', text: 'Japan calls the island Etorofu.', islands: ['iturup'] },
	{ about: 'iturup', text: 'Etorofu-tō is the largest of them.', islands: ['iturup'] },
	{ about: 'iturup', text: 'ITURUP ISLAND: A SURVEY', islands: ['iturup'] },
	{ about: 'iturup', text: "Iturup's hot springs draw visitors.", islands: ['iturup'] },
	{ about: 'iturup', text: 'An Iturup-based fish processor expanded.', islands: ['iturup'] },
	{ about: 'iturup', text: '択捉島には約6000人が住む。', islands: ['iturup'] },
	{ about: 'iturup', text: '国後、択捉両島を訪問した。', islands: ['iturup', 'kunashir'] },
	{ about: 'iturup', text: 'Аэропорт на Итурупе открыт в 2014 году.', islands: ['iturup'] },
	{
		about: 'kunashir',
		text: 'Kunashir is visible from Nemuro on a clear day.',
		islands: ['kunashir']
	},
	{ about: 'kunashir', text: 'Kunashiri Island lies 16 km off Hokkaido.', islands: ['kunashir'] },
	{
		about: 'kunashir',
		text: 'Kunashir’s coast faces the Shiretoko Peninsula.',
		islands: ['kunashir']
	},
	{ about: 'kunashir', text: '国後島の古釜布。', islands: ['kunashir'] },
	{ about: 'kunashir', text: 'クナシリ島への訪問', islands: ['kunashir'] },
	{ about: 'kunashir', text: 'Жители Кунашира и Шикотана.', islands: ['kunashir', 'shikotan'] },
	{ about: 'shikotan', text: 'Shikotan has two villages.', islands: ['shikotan'] },
	{ about: 'shikotan', text: 'They sailed to Shikotan-jima.', islands: ['shikotan'] },
	{ about: 'shikotan', text: '色丹島の斜古丹湾', islands: ['shikotan'] },
	{ about: 'shikotan', text: 'На Шикотане построили завод.', islands: ['shikotan'] },
	{ about: 'habomai', text: 'The Habomai Islands are uninhabited.', islands: ['habomai'] },
	{
		about: 'habomai',
		text: 'the return of Shikotan and the Habomais',
		islands: ['shikotan', 'habomai']
	},
	{ about: 'habomai', text: "The Habomai islets' waters are rich in kelp.", islands: ['habomai'] },
	{ about: 'habomai', text: '歯舞群島は無人である。', islands: ['habomai'] },
	{ about: 'habomai', text: 'Пограничники на островах Хабомаи.', islands: ['habomai'] },
	// Habomai islets, by both names and in Japanese and Russian.
	{ about: 'yury', text: 'Yuri Island has no residents.', islands: ['habomai'] },
	{ about: 'yury', text: 'A border post stood on Yury Island.', islands: ['habomai'] },
	{ about: 'yury', text: 'the islets of Shibotsu, Yuri and Akiyuri', islands: ['habomai'] },
	{ about: 'yury', text: '勇留島の周辺', islands: ['habomai'] },
	{ about: 'yury', text: 'Маяк на острове Юрий.', islands: ['habomai'] },
	{
		about: 'zelyony',
		text: 'Shibotsu was the largest village of the group.',
		islands: ['habomai']
	},
	{ about: 'zelyony', text: 'Zelyony is the largest of the islets.', islands: ['habomai'] },
	{ about: 'zelyony', text: '志発島の昆布漁', islands: ['habomai'] },
	{ about: 'zelyony', text: 'Остров Зелёный необитаем.', islands: ['habomai'] },
	{ about: 'tanfilyeva', text: 'Suisho lies closest to Cape Nosappu.', islands: ['habomai'] },
	{ about: 'tanfilyeva', text: 'Tanfilyeva Island hosts a border post.', islands: ['habomai'] },
	{ about: 'tanfilyeva', text: '水晶島が見える。', islands: ['habomai'] },
	{ about: 'tanfilyeva', text: 'Застава на острове Танфильева.', islands: ['habomai'] },
	{ about: 'polonsky', text: 'Taraku had a fishing village.', islands: ['habomai'] },
	{ about: 'polonsky', text: 'Polonsky Island is the easternmost islet.', islands: ['habomai'] },
	{ about: 'polonsky', text: '多楽島', islands: ['habomai'] },
	{ about: 'polonsky', text: 'Остров Полонского.', islands: ['habomai'] },
	{ about: 'anuchina', text: 'Akiyuri lies south of Yuri.', islands: ['habomai'] },
	{ about: 'anuchina', text: 'Anuchina Island', islands: ['habomai'] },
	{ about: 'anuchina', text: '秋勇留島', islands: ['habomai'] },
	{ about: 'anuchina', text: 'на острове Анучина', islands: ['habomai'] },
	{
		about: 'kaigara',
		text: 'The lighthouse on Kaigara is barely above the waves.',
		islands: ['habomai']
	},
	{ about: 'kaigara', text: 'Signalny, a rock with a lighthouse.', islands: ['habomai'] },
	{ about: 'kaigara', text: '貝殻島灯台', islands: ['habomai'] },
	{ about: 'kaigara', text: 'маяк на острове Сигнальный', islands: ['habomai'] },
	// Settlements, old Japanese names included.
	{ about: 'kurilsk', text: 'Kurilsk is the district centre.', islands: ['iturup'] },
	{ about: 'kurilsk', text: 'Before 1945 the village of Shana was the seat.', islands: ['iturup'] },
	{ about: 'kurilsk', text: 'Shana, now Kurilsk, was the seat.', islands: ['iturup'] },
	{ about: 'kurilsk', text: '紗那村', islands: ['iturup'] },
	{ about: 'kurilsk', text: 'в Курильске', islands: ['iturup'] },
	{ about: 'yuzhno-kurilsk', text: 'Furukamappu was renamed after 1946.', islands: ['kunashir'] },
	{
		about: 'yuzhno-kurilsk',
		text: 'Yuzhno-Kurilsk has about 7,000 people.',
		islands: ['kunashir']
	},
	{ about: 'yuzhno-kurilsk', text: 'The port of Yuzhno Kurilsk.', islands: ['kunashir'] },
	{ about: 'yuzhno-kurilsk', text: '古釜布', islands: ['kunashir'] },
	{ about: 'yuzhno-kurilsk', text: 'в Южно-Курильске', islands: ['kunashir'] },
	{ about: 'malokurilskoye', text: 'The village of Shakotan was renamed.', islands: ['shikotan'] },
	{
		about: 'malokurilskoye',
		text: 'Shakotan, the main village on Shikotan',
		islands: ['shikotan']
	},
	{ about: 'malokurilskoye', text: 'Malokurilskoye has a fish plant.', islands: ['shikotan'] },
	{ about: 'malokurilskoye', text: '斜古丹', islands: ['shikotan'] },
	{ about: 'malokurilskoye', text: 'в Малокурильском', islands: ['shikotan'] },
	{
		about: 'krabozavodskoye',
		text: 'Krabozavodskoye lies on the west coast.',
		islands: ['shikotan']
	},
	{ about: 'goryachiye-klyuchi', text: 'посёлок Горячие Ключи', islands: ['iturup'] },
	// Collective terms.
	{ about: 'four-islands', text: 'the four islands at the southern tip', islands: ALL },
	{ about: 'four-islands', text: 'the four Russian-occupied islands', islands: ALL },
	{
		about: 'four-islands',
		text: 'Russia considers the four contested islands vital.',
		islands: ALL
	},
	{ about: 'four-islands', text: '北方四島の交流事業', islands: ALL },
	{ about: 'four-islands', text: 'судьба четырёх островов', islands: ALL },
	{
		about: 'northern-territories',
		text: 'what Japan calls the Northern Territories',
		islands: ALL
	},
	{ about: 'northern-territories', text: 'the northern territories issue', islands: ALL },
	{ about: 'northern-territories', text: 'NORTHERN TERRITORIES DAY', islands: ALL },
	{ about: 'northern-territories', text: '北方領土の日', islands: ALL },
	{ about: 'northern-territories', text: 'так называемых Северных территорий', islands: ALL },
	{ about: 'southern-kurils', text: 'Russia calls them the southern Kurils.', islands: ALL },
	{ about: 'southern-kurils', text: 'the South Kurils', islands: ALL },
	{ about: 'southern-kurils', text: 'the southern Kuril Islands', islands: ALL },
	{ about: 'southern-kurils', text: 'на Южных Курилах', islands: ALL },
	{ about: 'southern-kurils', text: 'южные Курильские острова', islands: ALL },
	{ about: 'disputed-islands', text: 'talks on the disputed islands', islands: ALL },
	{ about: 'disputed-islands', text: 'missiles on the disputed Kuril Islands', islands: ALL },
	{ about: 'disputed-islands', text: 'на спорных Курилах', islands: ALL },
	{ about: 'lesser-kuril-chain', text: 'the Lesser Kuril Chain', islands: ['shikotan', 'habomai'] },
	{
		about: 'yuzhno-kurilsky-district',
		text: 'глава Южно-Курильского района',
		islands: ['kunashir', 'shikotan', 'habomai']
	},
	// Traps: Hokkaido and its places.
	{ about: 'trap:hokkaido', text: 'Hokkaido is Japan’s northernmost main island.', islands: [] },
	{ about: 'trap:hokkaido', text: '北海道根室市', islands: [] },
	{ about: 'trap:hokkaido', text: 'Хоккайдо', islands: [] },
	{ about: 'trap:nemuro', text: 'Nemuro is a fishing port.', islands: [] },
	{ about: 'trap:nemuro', text: 'the Nemuro Peninsula', islands: [] },
	{ about: 'trap:nemuro', text: 'from Cape Nosappu', islands: [] },
	{ about: 'trap:shiretoko', text: 'the Shiretoko Peninsula', islands: [] },
	{ about: 'trap:notsuke', text: 'the Notsuke Peninsula', islands: [] },
	{ about: 'trap:shakotan', text: 'the Shakotan Peninsula west of Sapporo', islands: [] },
	{ about: 'trap:shakotan', text: '積丹半島', islands: [] },
	// Traps: the Kuril chain as a whole.
	{ about: 'trap:kuril-chain', text: 'The Kuril Islands stretch to Kamchatka.', islands: [] },
	{ about: 'trap:kuril-chain', text: 'the Kurils', islands: [] },
	{ about: 'trap:kuril-chain', text: 'at the southern tip of the Kuril chain', islands: [] },
	{ about: 'trap:kuril-chain', text: 'the Greater Kuril Chain', islands: [] },
	{ about: 'trap:kuril-chain', text: 'Курильские острова', islands: [] },
	{ about: 'trap:kuril-chain', text: '千島列島', islands: [] },
	// Traps: names that are also people, words or other places.
	{ about: 'trap:person', text: 'Yury Trutnev visited Sakhalin.', islands: [] },
	{ about: 'trap:person', text: 'Yuri Gagarin flew in 1961.', islands: [] },
	{ about: 'trap:person', text: 'Mikhail Polonsky wrote the report.', islands: [] },
	{ about: 'trap:person', text: 'Shana Smith reported from Tokyo.', islands: [] },
	{ about: 'trap:word', text: 'Зелёный свет для проекта.', islands: [] },
	{ about: 'trap:word', text: 'сигнальный огонь', islands: [] },
	{ about: 'trap:word', text: '帰国後、会見した。', islands: [] },
	{ about: 'trap:word', text: 'four main islands of Japan', islands: [] },
	{ about: 'trap:strait', text: 'ships in the South Kuril Strait', islands: [] },
	{ about: 'trap:boundary', text: 'the Kurilsky district', islands: [] },
	{ about: 'trap:boundary', text: 'Yury Trutnev visited Kunashir.', islands: ['kunashir'] },
	// Traps that were known failures until the article gazetteer: another sea's dispute, a verb of
	// speech after a name, an ambiguous name beside a name of another island.
	{ about: 'trap:generic', text: 'the disputed islands in the East China Sea', islands: [] },
	{ about: 'trap:person', text: 'On Iturup, Yuri said he would stay.', islands: ['iturup'] },
	{
		about: 'trap:shakotan',
		text: 'Tourists from Shakotan on the west coast also visit Kunashir.',
		islands: ['kunashir']
	},
	{ about: 'trap:shakotan', text: "Hokkaido's Shakotan town depends on kelp.", islands: [] },
	{ about: 'trap:other-dispute', text: 'the Senkaku Islands dispute with China', islands: [] },
	{ about: 'trap:held', text: 'Russian-held islands in the Baltic', islands: [] },
	{ about: 'trap:word', text: "Japan's four main home islands", islands: [] }
];

/** Known failures: what a reader would link, not what the gazetteer does. */
export const HARD: Example[] = [
	// "Four Russian-held islands" is a variant of the four islands (places.ts), wherever they are.
	{ about: 'held', text: 'four Russian-held islands in the Arctic', islands: [] },
	// Anaphora: "the islands" after a paragraph about the four.
	{ about: 'anaphora', text: 'the sovereignty of the islands', islands: ALL },
	// The 1956 declaration's "two islands" are Shikotan and the Habomais, but only in context.
	{
		about: 'context',
		text: 'the 1956 declaration promised the two smaller islands',
		islands: ['shikotan', 'habomai']
	}
];
