// The dispute's timeline in date order. Dates are Gregorian; Old Style dates and disagreements
// between sources go in `dateNote`. An entry that spans several days or years is dated by its start.
// Titles and summaries are the site's own voice (glossary.ts: neutral terms, both names of an
// island); what each side draws from an event is in `accounts`, attributed, and the page marks it
// with data-side. docs/neutrality-audit.md lists each fact that changed and the source that decided it.
import type { Quote } from './positions.ts';
import type { SourceId } from './types.ts';

/** What one side draws from an event, attributed to it. */
export interface SideAccount {
	text: string;
	quote?: Quote;
	sources: SourceId[];
}

export interface TimelineEvent {
	/** ISO yyyy-mm-dd, yyyy-mm or yyyy. */
	date: string;
	/** e.g. Old Style date, or disagreement */
	dateNote?: string;
	title: string;
	/** Two neutral sentences. */
	summary: string;
	sources: SourceId[];
	/** Each side's reading of the event, where they differ. */
	accounts?: { ja: SideAccount; ru: SideAccount };
}

export const TIMELINE: TimelineEvent[] = [
	{
		date: '1644',
		dateNote:
			'1644 is the year of the oldest map Japan’s government cites; the Russian account reaches back to the 17th and 18th centuries.',
		title: 'The Ainu, and two accounts of the islands before 1855',
		summary:
			'The Ainu lived on the Kuril Islands, as on Hokkaido and southern Sakhalin, before either state reached them. Japan and Russia each tell the story of who first knew and governed the southern islands in their own way.',
		sources: ['S132', 'S84w'],
		accounts: {
			ja: {
				text: 'Japan’s Cabinet Office dates Japan’s knowledge of the islands to the early 17th century and cites the Shōhō map of 1644 as the oldest surviving map to name Kunashiri and Etorofu. It says the shogunate surveyed both islands from 1785 and in 1798 set up a post on Etorofu marking it as Japanese.',
				sources: ['S117']
			},
			ru: {
				text: 'Russia’s Presidential Library writes that the Russian envoy at Shimoda in 1855 started from the view that the southern Kurils had historically belonged to Russia, and that they went to Japan only because the Crimean War had weakened Russia’s hand.',
				sources: ['S118']
			}
		}
	},
	{
		date: '1855-02-07',
		dateNote:
			'26 Jan 1855 in the Russian (Old Style) calendar. The treaty entered into force on 7 Dec 1856.',
		title: 'Treaty of Shimoda',
		summary:
			'The Treaty of Commerce, Navigation and Delimitation puts the border between Iturup (Etorofu) and Urup (Uruppu): Iturup and the islands south of it are Japanese, Urup and the islands north of it Russian, and Sakhalin is left undivided. Since 1981 Japan has marked 7 February as Northern Territories Day.',
		sources: ['S5', 'S121', 'S118', 'S134'],
		accounts: {
			ja: {
				text: 'Japan’s Cabinet Office says the treaty drew the border peacefully and made the four islands Japanese in the eyes of the world for the first time.',
				sources: ['S134']
			},
			ru: {
				text: 'Russia’s Presidential Library presents the line as a concession the Crimean War forced on Russia.',
				sources: ['S118']
			}
		}
	},
	{
		date: '1875-05-07',
		dateNote: '25 Apr 1875 (Old Style). Ratifications were exchanged in Tokyo on 22 Aug 1875.',
		title: 'Treaty of Saint Petersburg',
		summary:
			'In the Treaty of Saint Petersburg (樺太・千島交換条約), signed by Gorchakov and Enomoto, Japan gives up its rights on Sakhalin and receives the eighteen Kuril Islands from Urup to Shumshu; the border moves to the strait between Shumshu and Kamchatka. The authentic text of the treaty is French.',
		sources: ['S121', 'S49']
	},
	{
		date: '1905-09-05',
		dateNote: '23 Aug 1905 (Old Style).',
		title: 'Treaty of Portsmouth',
		summary:
			'In the Treaty of Portsmouth, which ends the Russo-Japanese War, Russia cedes southern Sakhalin below 50°N to Japan (Article IX). The Kuril Islands are not affected.',
		sources: ['S52', 'S142']
	},
	{
		date: '1941-04-13',
		dateNote:
			'The USSR gave notice on 5 Apr 1945 that it would not renew the pact, which ran to April 1946.',
		title: 'Soviet–Japanese Neutrality Pact',
		summary:
			'The Soviet Union and Japan sign a five-year neutrality pact in Moscow. In April 1945 the USSR gives notice that it will not renew it.',
		sources: ['S129', 'S148'],
		accounts: {
			ja: {
				text: 'Japan’s Foreign Ministry holds that the pact was still in force when the Soviet Union entered the war in August 1945, and that the Soviet entry violated it.',
				sources: ['S5']
			},
			ru: {
				text: 'Russia’s Foreign Ministry rejects the charge that the Soviet entry into the war was unlawful and says the islands passed to the USSR lawfully.',
				sources: ['S139']
			}
		}
	},
	{
		date: '1945-02-11',
		title: 'Yalta Agreement regarding Japan',
		summary:
			'At Yalta the leaders of the Soviet Union, the United States and Britain agree that the Soviet Union will enter the war against Japan two or three months after Germany’s surrender, and that the Kuril Islands will be handed over to it. The agreement is secret, and Japan is not a party to it.',
		sources: ['S110', 'S140'],
		accounts: {
			ja: {
				text: 'Japan was not a party. Its Foreign Ministry rests Japan’s case on the 1855 treaty and on the islands never having been held by another country; answering Moscow in 2019, the Mainichi Shimbun wrote that the agreement places no obligation on Japan.',
				sources: ['S5', 'S140']
			},
			ru: {
				text: 'Russia’s Foreign Ministry counts the Allied Powers’ agreements among the lawful bases on which the southern Kurils passed to the USSR.',
				quote: {
					text: 'Южные Курильские острова перешли к СССР, государством-продолжателем которого является Российская Федерация, на законных основаниях, закрепленных послевоенными договоренностями Союзных держав и Уставом ООН',
					lang: 'ru',
					by: 'Maria Zakharova, Foreign Ministry spokeswoman, 10 August 2025'
				},
				sources: ['S139']
			}
		}
	},
	{
		date: '1945-08-08',
		dateNote:
			'The declaration of war is dated 8 Aug; Japan’s Foreign Ministry dates the Soviet entry into the war to 9 Aug, when fighting began.',
		title: 'The USSR declares war on Japan',
		summary: 'The Soviet Union declares war on Japan. Fighting begins on 9 August.',
		sources: ['S129', 'S5']
	},
	{
		date: '1945-08-18',
		dateNote:
			'Sources differ on when it ended: The Japan Times gives a ceasefire on 21 Aug; Wikipedia’s article dates the battle 18–23 Aug.',
		title: 'Battle of Shumshu',
		summary:
			'Soviet forces land on Shumshu, at the northern end of the Kuril chain, and fight the Japanese garrison. The Soviet advance south along the chain follows.',
		sources: ['S93', 'S137']
	},
	{
		date: '1945-08-28',
		dateNote:
			'28 Aug – 5 Sep 1945, the dates Japan’s Foreign Ministry gives for the four island groups. Wikipedia dates the whole Soviet operation in the Kuril chain 18 Aug – 2 Sep 1945; the landing on each island could not be dated from a source of standing.',
		title: 'Soviet forces take the four island groups',
		summary:
			'Between 28 August and 5 September Soviet troops take Iturup (Etorofu), Kunashir (Kunashiri), Shikotan and the Habomai islets. The Soviet Union administers them from then on, and Russia has done so since 1991.',
		sources: ['S5', 'S122'],
		accounts: {
			ja: {
				text: 'Japan’s Foreign Ministry stresses that the islands were taken after Japan had accepted the Potsdam Declaration, and calls Soviet and then Russian control of them since then, in its own words:',
				quote: {
					text: 'The Northern Territories have been under illegal occupation by the Soviet Union, and then Russia.',
					lang: 'en',
					by: 'Ministry of Foreign Affairs of Japan'
				},
				sources: ['S5']
			},
			ru: {
				text: 'Russia’s Foreign Ministry holds that the southern Kurils became Russian as a result of the Second World War, and that its sovereignty over them is not open to question.',
				quote: {
					text: 'Южные Курилы принадлежат Российской Федерации по итогам Второй мировой войны, российский суверенитет над ними сомнению не подлежит',
					lang: 'ru',
					by: 'Maria Zakharova, Foreign Ministry spokeswoman, 5 October 2016'
				},
				sources: ['S114']
			}
		}
	},
	{
		date: '1945-09-02',
		title: 'Japan signs the Instrument of Surrender',
		summary:
			'In Tokyo Bay Japan signs the Instrument of Surrender and accepts the terms of the Potsdam Declaration, which limits Japan’s sovereignty to its four main islands and such minor islands as the Allies determine.',
		sources: ['S143'],
		accounts: {
			ja: {
				text: 'Japan’s Foreign Ministry notes that Soviet forces kept advancing after Japan had accepted the Potsdam terms, and holds that the surrender did not make the four islands Soviet.',
				sources: ['S5']
			},
			ru: {
				text: 'Russia’s Foreign Ministry says that by signing, Japan admitted its defeat and took responsibility for its actions in the war, and that the territorial results of the war were then fixed in the 1951 treaty.',
				sources: ['S112']
			}
		}
	},
	{
		date: '1946-02-02',
		dateNote:
			'Russian Wikipedia dates the Kurilsky District to 5 Jun 1946 and the Yuzhno-Kurilsky District to 15 Jun 1946.',
		title: 'Soviet decree on southern Sakhalin and the Kurils',
		summary:
			'A decree of the USSR Supreme Soviet places southern Sakhalin and the Kuril Islands, the four island groups among them, in a new Yuzhno-Sakhalinsk Oblast of Khabarovsk Krai. On 2 January 1947 it is merged into Sakhalin Oblast, which then leaves Khabarovsk Krai.',
		sources: ['S127', 'S126', 'S36', 'S34']
	},
	{
		date: '1947',
		dateNote:
			'Unverified: no source of standing read for this site dates the removals by ship; the years 1947–48 are the ones commonly given.',
		title: 'The Japanese residents leave the islands',
		summary:
			'17,291 Japanese lived on the four island groups on 15 August 1945. Many left for Hokkaido on their own; Soviet authorities moved the rest to Japan by ship by way of Sakhalin, and the passenger lists kept in Japan’s National Archives name 8,835 of them.',
		sources: ['S4', 'S144'],
		accounts: {
			ja: {
				text: 'In Japanese accounts the residents were forced from their homes: the Yomiuri Shimbun describes the ships as ones on which they were made to leave for the mainland, and LRT, reporting Japan’s view, writes that they were forced out.',
				sources: ['S144', 'S72']
			},
			ru: {
				text: 'Soviet and Russian accounts call the departure of the Japanese civilians from Sakhalin and the Kurils a repatriation (репатриация), carried out under the post-war agreements on returning Japanese nationals.',
				sources: ['S145', 'S146']
			}
		}
	},
	{
		date: '1951-09-08',
		title: 'San Francisco Peace Treaty',
		summary:
			'In Article 2(c) Japan “renounces all right, title and claim to the Kurile Islands”, without naming a country to receive them. The Soviet Union, Poland and Czechoslovakia take part in the conference but do not sign.',
		sources: ['S54', 'S130', 'S96'],
		accounts: {
			ja: {
				text: 'Japan’s government holds that the Kurile Islands it renounced are the islands north of Uruppu, and that the four islands are not among them.',
				sources: ['S116', 'S55']
			},
			ru: {
				text: 'Russia’s Foreign Ministry holds that Japan gave up all rights to the Kuril Islands, and that the Soviet absence from the treaty does not change Japan’s obligation.',
				sources: ['S112']
			}
		}
	},
	{
		date: '1951-10-19',
		title: 'The Treaties Bureau chief on the “Kurile Islands”',
		summary:
			'Asked in the Diet which islands the treaty’s “Kurile Islands” cover, Nishimura Kumao, head of the Foreign Ministry’s Treaties Bureau, says they include both the northern and the southern Kurils. Japan’s government later took the position that the four islands are not among them, and Foreign Ministry officials have called his answer a mistake.',
		sources: ['S125', 'S141', 'S116']
	},
	{
		date: '1956-10-19',
		dateNote:
			'Signed 19 Oct 1956; in force from 12 Dec 1956. Oreanda, a Russian news agency, gives 8 Dec 1956 as the date both states ratified it.',
		title: 'Soviet–Japanese Joint Declaration',
		summary:
			'The declaration signed in Moscow by Hatoyama and Bulganin ends the state of war and restores diplomatic relations. In Article 9 the USSR agrees to transfer the Habomai islets and Shikotan to Japan, the actual transfer to follow a peace treaty.',
		sources: ['S56', 'S57'],
		accounts: {
			ja: {
				text: 'Japan’s government holds that a peace treaty must settle the attribution of all four islands, not only the two named in Article 9.',
				sources: ['S59', 'S5']
			},
			ru: {
				text: 'Russia speaks of a transfer, not a return, and the Kremlin says that working from the declaration implies no automatic transfer of any territory.',
				sources: ['S131']
			}
		}
	},
	{
		date: '1960-01-27',
		title: 'Soviet aide-memoire',
		summary:
			'The Soviet government issues an aide-memoire on the 1956 declaration. It states that the two islands will be handed over only if all foreign troops leave Japan.',
		sources: ['S57']
	},
	{
		date: '1991-04-18',
		dateNote:
			'The exchanges without visas were set up by letters between the foreign ministers of 14 Oct 1991, which refer to the communiqué.',
		title: 'Gorbachev in Tokyo: the 1991 Joint Communiqué',
		summary:
			'During Gorbachev’s visit he and Kaifu sign a joint communiqué recording that their peace-treaty talks covered the demarcation of territory, taking into account both sides’ positions on the attribution of the Habomai islets, Shikotan, Kunashir (Kunashiri) and Iturup (Etorofu). Visits without visas between the islands and Japan follow from letters exchanged that October.',
		sources: ['S119', 'S120', 'S75', 'S100']
	},
	{
		date: '1993-10-13',
		title: 'Tokyo Declaration',
		summary:
			"Japan and Russia sign the Tokyo Declaration on Japan–Russia Relations. Japan's Foreign Ministry outline of 2001 says it covers the attribution of the four islands.",
		sources: ['S58', 'S59']
	},
	{
		date: '1997',
		title: 'Krasnoyarsk agreement',
		summary:
			'Meeting in Krasnoyarsk, the two sides agree to make every effort to conclude a peace treaty by 2000. No treaty is concluded by that date.',
		sources: ['S59', 'S101']
	},
	{
		date: '2000-09-05',
		title: 'Putin–Mori statement in Tokyo',
		summary:
			'Putin and Mori issue a statement in Tokyo on the peace-treaty question. Putin confirms that the 1956 Joint Declaration is still valid.',
		sources: ['S101', 'S102']
	},
	{
		date: '2001-03-25',
		dateNote:
			'Japan’s Foreign Ministry summary words it “a fundamental legal document that established the starting point”.',
		title: 'Irkutsk Statement',
		summary:
			'In the Irkutsk Statement Putin and Mori call the 1956 declaration a basic legal document and the starting point of the peace-treaty talks, and agree that a treaty is to be concluded by settling the attribution of the four islands on the basis of the 1993 Tokyo Declaration.',
		sources: ['S123', 'S124', 'S59', 'S73']
	},
	{
		date: '2010-11-01',
		title: 'Medvedev visits Kunashir / Kunashiri',
		summary:
			'President Medvedev visits Kunashir (Kunashiri), the first Russian leader to visit one of the four island groups. Japan protests.',
		sources: ['S83']
	},
	{
		date: '2016-11',
		title: 'Coastal missiles on Iturup / Etorofu and Kunashir / Kunashiri',
		summary:
			'Bastion and Bal coastal missile systems are reported on Iturup (Etorofu) and Kunashir (Kunashiri). Japan protests the deployment.',
		sources: ['S82']
	},
	{
		date: '2016-12-15',
		dateNote: '15–16 Dec 2016 (day 2 in Tokyo).',
		title: 'Abe–Putin summit in Nagato',
		summary:
			'Abe and Putin meet in Nagato (Yamaguchi) and then in Tokyo. They agree to start negotiating a “special framework” for joint economic activities on the four islands, and on easier grave visits for former residents.',
		sources: ['S60', 'S61']
	},
	{
		date: '2018-03-18',
		dateNote: 'Election on Sunday 18 Mar 2018; Abe–Putin phone call on Monday 19 Mar.',
		title: "Putin's fourth term and call with Abe",
		summary:
			'Putin wins a fourth term with over 70% of the vote, and Abe congratulates him by telephone the next day. They talk about joint economic activities on the islands, visits by former residents to family graves and the nerve-agent attack in Britain.',
		sources: ['S67', 'S68']
	},
	{
		date: '2018-11-14',
		title: 'Singapore agreement',
		summary:
			'Meeting in Singapore, Abe and Putin agree to accelerate peace-treaty negotiations on the basis of the 1956 Joint Declaration. Abe says he will visit Russia early in 2019.',
		sources: ['S135', 'S136', 'S63']
	},
	{
		date: '2020-07-01',
		dateNote: 'Voting ran from 25 Jun to 1 Jul 2020.',
		title: 'Russian constitutional amendments',
		summary:
			'Russian voters approve amendments to the constitution (turnout 67.97%, 77.92% in favour). The amended Article 67 bars action aimed at alienating part of Russia’s territory, except the delimitation, demarcation and re-demarcation of its border with neighbouring states. On 2 July Japan says its position is unchanged.',
		sources: ['S115', 'S128', 'S64']
	},
	{
		date: '2022-03-21',
		title: 'Russia suspends peace-treaty talks',
		summary:
			"After Japan's sanctions over Ukraine, Russia's foreign ministry suspends peace-treaty talks and halts visa-free visits, including grave visits. It also withdraws from the dialogue on joint economic activities.",
		sources: ['S66', 'S108']
	}
];
