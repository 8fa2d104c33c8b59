// A second set of labelled articles, written after the article linker's rules were built against
// ARTICLE_EXAMPLES (gazetteer.articles.examples.ts) and first scored without changing them: on that
// first run the linker had group recall 0.692 and reference recall 0.571 here (precision 1.000), where
// ARTICLE_EXAMPLES gave 1.000 throughout. One round of vocabulary followed ("islets", "eastern
// Hokkaido", words of control before "the ... isles"); the labels were not changed. New phrasings
// belong in a new set, scored before any rule changes, to keep a measure the rules have not seen.
// Same kinds and conventions as gazetteer.articles.examples.ts.

import type { ArticleExample } from './gazetteer.articles.examples.ts';
import type { IslandId } from '#lib/data/types.ts';

const ALL: IslandId[] = ['iturup', 'kunashir', 'shikotan', 'habomai'];

export const HELD_OUT_EXAMPLES: ArticleExample[] = [
	{
		about: 'an airport upgrade on Iturup',
		paragraphs: [
			{
				text: 'VLADIVOSTOK (Reuters) - Russia will extend the runway at Iturup airport to take larger passenger jets, the transport ministry said on Monday, a move likely to anger Tokyo.',
				named: ['iturup']
			},
			{
				text: 'Iturup, known in Japan as Etorofu, is the largest of four islands seized by Soviet forces at the end of World War Two.',
				named: ['iturup'],
				group: ALL
			},
			{
				text: 'Japan says the islands are its sovereign territory and has repeatedly protested Russian construction there.',
				reference: ALL
			},
			{
				text: 'Yuri Gagarin Airport in Saratov, which opened in 2019, was built by the same contractor.'
			}
		]
	},
	{
		about: 'Shikotan fish plant and the Lesser Kurils',
		paragraphs: [
			{
				text: 'A new fish-processing plant opened on Shikotan Island this week, the Sakhalin regional government said, the largest employer on the Lesser Kuril chain.',
				named: ['shikotan'],
				group: ['shikotan', 'habomai']
			},
			{
				text: 'The plant in Krabozavodskoye will process saury and pollock caught in waters around the archipelago.',
				named: ['shikotan'],
				reference: ['shikotan', 'habomai']
			},
			{
				text: "Tokyo, which claims Shikotan and the neighbouring Habomai islets, lodged a protest through diplomatic channels, calling the investment incompatible with Japan's position.",
				named: ['shikotan', 'habomai']
			}
		]
	},
	{
		about: 'grave visits resume',
		paragraphs: [
			{
				text: 'TOKYO (Kyodo) -- Japan and Russia agreed to resume grave visits by former Japanese residents of the Russian-controlled islands off eastern Hokkaido, the government said Friday.',
				group: ALL
			},
			{
				text: 'The visits, which began in 1964, allow former islanders to pay respects at family graves on Kunashiri, Etorofu, Shikotan and the Habomai group.',
				named: ALL
			},
			{
				text: 'About 5,000 of the roughly 17,000 Japanese who lived on the four islands before the war are still alive, with an average age of over 88.',
				group: ALL
			},
			{
				text: 'The dispute over the islands has kept Tokyo and Moscow from signing a peace treaty formally ending their wartime hostilities.',
				reference: ALL
			}
		]
	},
	{
		about: 'trap: Okinawa and Sakhalin',
		paragraphs: [
			{
				text: 'The typhoon passed over the islands of Okinawa prefecture on Sunday, cutting power to about 20,000 homes.'
			},
			{
				text: 'Separately, a ferry linking Sakhalin island with Hokkaido resumed service after a three-year pause.'
			},
			{
				text: 'The Kuril Islands are a volcanic archipelago stretching from Kamchatka to Hokkaido.'
			}
		]
	},
	{
		about: 'military exercises on Kunashir',
		paragraphs: [
			{
				text: 'MOSCOW -- More than 1,000 Russian troops took part in exercises on Kunashir and Iturup this week, the Eastern Military District said in a statement.',
				named: ['iturup', 'kunashir']
			},
			{
				text: 'Tokyo called the drills on the Moscow-controlled isles unacceptable.',
				reference: ['iturup', 'kunashir']
			},
			{
				text: 'Japan also voiced concern about Chinese naval activity near the Senkaku Islands in the East China Sea, which Beijing claims.'
			},
			{ text: 'A Chinese foreign ministry spokesman said the islands were Chinese territory.' }
		]
	},
	{
		about: 'Northern Territories museum',
		paragraphs: [
			{
				text: 'NEMURO -- A museum on the Northern Territories reopened in Nemuro on Saturday after renovation, with new exhibits on life on the islands before 1945.',
				group: ALL,
				reference: ALL
			},
			{
				text: 'Visitors can view the isles from the observation deck at Cape Nosappu, just 3.7 kilometers from Kaigara.',
				named: ['habomai'],
				reference: ALL
			},
			{
				text: 'Shakotan village on Shikotan, now Malokurilskoye, is shown in a scale model.',
				named: ['shikotan']
			}
		]
	},
	{
		about: 'an envoy named Yury',
		paragraphs: [
			{
				text: 'Yury Trutnev, presidential envoy to the Far East, visited Yuzhno-Kurilsk on Tuesday to inspect a new power station.',
				named: ['kunashir']
			},
			{
				text: 'Trutnev said the Kremlin planned to spend more on infrastructure on the southern Kurils.',
				group: ALL
			},
			{ text: 'Yury told reporters the plant would cut the cost of electricity.' }
		]
	},
	{
		about: 'a peace treaty, in brief',
		paragraphs: [
			{
				text: 'Japan and Russia never signed a peace treaty after World War II because of the territorial spat over four Russian-held islets off Hokkaido.',
				group: ALL,
				reference: ALL
			},
			{
				text: 'Moscow says the islands became Russian as a legitimate result of the war, while Tokyo says they were illegally occupied.',
				reference: ALL
			}
		]
	}
];
