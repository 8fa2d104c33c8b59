// Each side's position, for the viewpoint switch, and what its map draws. Japan's case is sourced to
// its Foreign Ministry and Cabinet Office, Russia's to its Foreign Ministry, the Kremlin and their
// spokespeople, read on their own sites or as a news agency of record reported them. Every argument
// carries the other side's answer, so that neither case stands alone on screen.
//
// Voice: `statement`, `point` and `answer.text` are attributed paraphrase ("Japan holds…"); a side's
// own words appear only in `quote`, verbatim, and the page marks the whole case with data-side, so a
// side's terms ("illegal occupation", "results of the Second World War") never become the site's.
// The neutral view states that both exist and uses the glossary's neutral terms (glossary.ts).
import type { SourceId } from './types.ts';

/** A side's own words, verbatim, with who said them and when. */
export interface Quote {
	text: string;
	/** BCP 47 language of `text`. */
	lang: string;
	/** Who said or wrote it, and when: "Ministry of Foreign Affairs of Japan". */
	by: string;
}

/** The other side's reply to one argument, attributed to whoever made it. */
export interface Answer {
	text: string;
	sources: SourceId[];
}

export interface Argument {
	/** A short heading naming the point ("The 1855 border"). */
	topic: string;
	/** The point, attributed to the side that makes it. */
	point: string;
	quote?: Quote;
	sources: SourceId[];
	answer: Answer;
}

export interface Position {
	label: string;
	/** One or two sentences, attributed to the side that holds the position. */
	statement: string;
	/** What changes on the map in this view. */
	mapNote: string;
	sources: SourceId[];
	/** The side's case, argument by argument; none for the neutral view. */
	arguments: Argument[];
}

/** Every viewpoint's position: src/routes/data/viewpoints/ serves one at a time. */
export type Positions = Record<'neutral' | 'ja' | 'ru', Position>;

export const POSITIONS: Positions = {
	neutral: {
		label: 'Neutral',
		statement:
			'The Soviet Union administered the four island groups from 1945, and Russia has done so since 1991: Russia holds them as the Southern Kurils, under its sovereignty, and Japan claims them as its Northern Territories. This view states both positions and takes neither.',
		mapNote:
			'Both names are shown, both lines are drawn dashed, and the islands have a colour of their own.',
		sources: ['S5', 'S112', 'S122'],
		arguments: []
	},
	ja: {
		label: 'As Japan depicts it',
		statement:
			'Japan’s government holds that the four islands have always been Japanese, that they were not among the Kurile Islands it gave up in 1951, and that Soviet and then Russian control of them since 1945 has no lawful basis.',
		mapNote:
			'Japanese names lead (Etorofu), the border runs through the Vries Strait between Etorofu and Uruppu, and the islands take Japan’s colour.',
		sources: ['S5', 'S116'],
		arguments: [
			{
				topic: 'The 1855 border',
				point:
					'Japan’s Foreign Ministry starts from the Treaty of Commerce, Navigation and Delimitation of 7 February 1855, which put the border between Etorofu and Uruppu.',
				quote: {
					text: 'On February 7, 1855, Japan and Russia signed the Treaty of Commerce, Navigation and Delimitation, which confirmed the boundary between the islands of Etorofu and Uruppu.',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Japan'
				},
				sources: ['S5', 'S121'],
				answer: {
					text: 'Russia’s Presidential Library describes the 1855 line as a concession made under the pressure of the Crimean War, by an envoy who held that the southern Kurils had historically been Russian; Moscow’s case today rests on the outcome of the Second World War rather than on the 1855 treaty.',
					sources: ['S118', 'S138']
				}
			},
			{
				topic: 'Never held by another country',
				point:
					'Japan holds that the four islands were never held by any foreign country before 1945.',
				quote: {
					text: 'The Northern Territories, consisting of four islands of Etorofu, Kunashiri, Shikotan and Habomai, are an inherent territory of Japan, which have never been held by foreign countries.',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Japan'
				},
				sources: ['S5', 'S117'],
				answer: {
					text: 'Russia does not claim the islands by earlier possession: its Foreign Ministry says they passed to the Soviet Union lawfully, on the basis of the Allied Powers’ post-war agreements and the UN Charter.',
					sources: ['S139']
				}
			},
			{
				topic: 'Not the Kurile Islands renounced in 1951',
				point:
					'In the 1951 San Francisco Peace Treaty Japan gave up the Kurile Islands; Japan’s government holds that these are the islands north of Uruppu and that the four islands are not among them.',
				quote: {
					text: '日本が放棄した千島列島とは、ウルップ島より北の島のことで、歯舞群島、色丹島、国後島、択捉島の四島はその中に含まれていません。',
					lang: 'ja',
					by: 'Cabinet Office of Japan'
				},
				sources: ['S116', 'S54'],
				answer: {
					text: 'Russia’s Foreign Ministry says that in the treaty Japan gave up all rights to the Kuril Islands without exception; Russia also cites the head of Japan’s Treaties Bureau, who told the Diet in October 1951 that the renounced Kurils included the southern islands.',
					sources: ['S112', 'S125']
				}
			},
			{
				topic: 'The USSR did not sign in San Francisco',
				point:
					'The Soviet Union did not sign the San Francisco treaty, and the treaty names no country to receive what Japan gave up; Japan holds that the treaty therefore gives the Soviet Union and Russia no title.',
				sources: ['S55', 'S54'],
				answer: {
					text: 'Russia’s Foreign Ministry answers that the Soviet Union’s absence from the treaty does not change what Japan undertook in it.',
					sources: ['S112']
				}
			},
			{
				topic: 'The Neutrality Pact',
				point:
					'Japan’s Foreign Ministry says the Soviet Union entered the war on 9 August 1945 while the 1941 Neutrality Pact was still in force, and took the four islands between 28 August and 5 September, after Japan had accepted the Potsdam Declaration.',
				quote: {
					text: 'the Soviet Union, in violation of the Neutrality Pact that was still in force between Japan and the Soviet Union, opened the war with Japan',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Japan'
				},
				sources: ['S5'],
				answer: {
					text: 'Russia’s Foreign Ministry rejects the charge that the Soviet entry into the war was unlawful, and says the islands passed to the USSR under the Allies’ agreements and the UN Charter.',
					sources: ['S139']
				}
			},
			{
				topic: 'Control since 1945, in Japan’s words',
				point:
					'Japan’s Foreign Ministry describes Soviet and then Russian control of the islands since 1945 in these words, and seeks to settle which country the four islands belong to and then to conclude a peace treaty.',
				quote: {
					text: 'The Northern Territories have been under illegal occupation by the Soviet Union, and then Russia.',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Japan'
				},
				sources: ['S5'],
				answer: {
					text: 'Russia’s Foreign Ministry calls such wording unacceptable and says Russia’s sovereignty over the islands is not open to question.',
					sources: ['S139', 'S114']
				}
			}
		]
	},
	ru: {
		label: 'As Russia depicts it',
		statement:
			'Russia’s government holds that the islands, which it calls the Southern Kurils, became Soviet and then Russian territory lawfully as a result of the Second World War, and that its sovereignty over them is not open to question.',
		mapNote:
			'Russian names lead (Iturup), the border runs between Hokkaido and the islands, and the islands take Russia’s colour.',
		sources: ['S114', 'S138'],
		arguments: [
			{
				topic: 'Yalta, February 1945',
				point:
					'At Yalta on 11 February 1945 the leaders of the USSR, the United States and Britain agreed, as a condition of the Soviet entry into the war against Japan, that the Kurils would go to the Soviet Union; Russia’s Foreign Ministry cites the Allies’ wartime and post-war agreements as a legal basis.',
				quote: {
					text: 'The Kuril islands shall be handed over to the Soviet Union.',
					lang: 'en',
					by: 'Agreement Regarding Japan, Yalta, 11 February 1945'
				},
				sources: ['S110', 'S139'],
				answer: {
					text: 'Japan was not a party to the Yalta agreement. Answering Moscow in 2019, the Mainichi Shimbun called it a secret agreement that places no obligation on Japan; the Foreign Ministry pages read for this site do not discuss it.',
					sources: ['S110', 'S140']
				}
			},
			{
				topic: 'The surrender',
				point:
					'Russia’s Foreign Ministry says that in signing the Instrument of Surrender on 2 September 1945, on the Potsdam terms, Japan accepted its defeat and its responsibility for the war.',
				quote: {
					text: 'by signing the Instrument of Surrender on September 2, 1945, Japan not only admitted its loss but also took responsibility for actions against the USSR and other allied powers during the Second World War.',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Russia, 20 February 2016'
				},
				sources: ['S112'],
				answer: {
					text: 'Japan’s Foreign Ministry notes that the four islands were taken between 28 August and 5 September 1945, after Japan had accepted the Potsdam Declaration, and holds that nothing in the surrender made them Soviet.',
					sources: ['S5']
				}
			},
			{
				topic: 'The 1951 renunciation',
				point:
					'In the San Francisco treaty Japan gave up all right, title and claim to the Kuril Islands; Russia reads this as including the southern islands, as the head of Japan’s own Treaties Bureau, Nishimura Kumao, told the Diet on 19 October 1951. Russia adds that the Soviet absence from the treaty does not lessen Japan’s obligation.',
				quote: {
					text: 'The fact that the Soviet Union did not sign the San Francisco Peace Treaty has no effect on Japan’s obligation.',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Russia, 20 February 2016'
				},
				sources: ['S112', 'S54', 'S125', 'S141'],
				answer: {
					text: 'Japan’s government holds that the renounced Kurils are the islands north of Uruppu; its Foreign Ministry later disowned the 1951 reading, and officials have called it a mistake.',
					sources: ['S116', 'S141']
				}
			},
			{
				topic: 'UN Charter, Article 107',
				point:
					'Foreign Minister Lavrov argues that Japan, by joining the United Nations, accepted the Charter, whose Article 107 leaves intact the action the Allies took as a result of the war.',
				quote: {
					text: 'Япония, став членом Организации Объединенных Наций подписала и ратифицировала Устав ООН, в котором есть статья 107, гласящая, что все результаты Второй мировой войны незыблемы',
					lang: 'ru',
					by: 'Sergey Lavrov, Foreign Minister of Russia, 16 January 2019'
				},
				sources: ['S113', 'S111', 'S112'],
				answer: {
					text: 'Japan’s government has not answered this point on the pages read for this site; the Mainichi Shimbun replied in 2019 that Article 107 neither grants Russia sovereignty over the islands nor places any obligation on Japan.',
					sources: ['S140']
				}
			},
			{
				topic: 'Sovereignty as a result of the war',
				point:
					'Russia’s Foreign Ministry holds that the southern Kurils belong to Russia as a result of the Second World War and that its sovereignty over them is not open to question.',
				quote: {
					text: 'Южные Курилы принадлежат Российской Федерации по итогам Второй мировой войны, российский суверенитет над ними сомнению не подлежит',
					lang: 'ru',
					by: 'Maria Zakharova, Foreign Ministry spokeswoman, 5 October 2016'
				},
				sources: ['S114'],
				answer: {
					text: 'Japan’s Foreign Ministry answers that the islands had never belonged to any other country, that Soviet and Russian control of them since 1945 has no lawful basis, and that their attribution must be settled before a peace treaty.',
					sources: ['S5']
				}
			},
			{
				topic: 'The 1956 declaration',
				point:
					'Under Article 9 of the 1956 Joint Declaration the Soviet Union agreed to transfer Shikotan and the Habomai islets only after a peace treaty. The Kremlin says that working from the declaration implies no automatic transfer of any territory.',
				quote: {
					text: 'Can we say that it means automatic transference of any territories? Absolutely no.',
					lang: 'en',
					by: 'Dmitry Peskov, Kremlin spokesman, 18 November 2018'
				},
				sources: ['S56', 'S131'],
				answer: {
					text: 'Japan’s government holds that a peace treaty must settle the attribution of all four islands, as the 1993 Tokyo Declaration and the 2001 Irkutsk Statement set out.',
					sources: ['S59', 'S58']
				}
			},
			{
				topic: 'The 2020 constitution',
				point:
					'Article 67 of Russia’s constitution, as amended in 2020, bars any action aimed at giving away part of Russia’s territory; its own text excepts the delimitation, demarcation and re-demarcation of the border with neighbouring states. The Foreign Ministry says Russia’s sovereignty over the Kurils is written into the constitution.',
				quote: {
					text: 'Russia’s legitimate sovereignty over the Kuril Islands was determined by the outcome of World War II, is enshrined in the Russian Constitution, and is not subject to revision',
					lang: 'en',
					by: 'Maria Zakharova, Foreign Ministry spokeswoman, February 2026'
				},
				sources: ['S115', 'S138'],
				answer: {
					text: 'Japan’s government said on 2 July 2020 that the amendment does not change its position.',
					sources: ['S64']
				}
			}
		]
	}
};
