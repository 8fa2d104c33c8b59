// The dispute's timeline, one entry per row of the reference fact sheet's timeline, in date order.
// Dates are Gregorian; Old Style dates and disagreements between sources go in `dateNote`.
// An entry that spans several days or years is dated by its start.
import type { SourceId } from './types.ts';

export interface TimelineEvent {
	/** ISO yyyy-mm-dd, yyyy-mm or yyyy. */
	date: string;
	/** e.g. Old Style date, or disagreement */
	dateNote?: string;
	title: string;
	/** Two neutral sentences. */
	summary: string;
	sources: SourceId[];
}

export const TIMELINE: TimelineEvent[] = [
	{
		date: '1855-02-07',
		dateNote:
			'One source gives the Old Style date, 26 Jan 1855. The treaty entered into force on 7 Dec 1858.',
		title: 'Treaty of Shimoda',
		summary:
			'The Treaty of Commerce, Navigation and Delimitation draws the border between Etorofu and Uruppu: Etorofu and everything south of it is Japanese, Urup and the islands to the north Russian. Japan marks 7 February as "Northern Territories Day".',
		sources: ['S5', 'S50', 'S51', 'S90']
	},
	{
		date: '1875-05-07',
		dateNote: '25 Apr 1875 (Old Style). Ratifications exchanged 22 Aug 1875; in effect 1877.',
		title: 'Treaty of Saint Petersburg',
		summary:
			'In the Treaty of Saint Petersburg (樺太・千島交換条約), signed by Gorchakov and Enomoto, Japan gives up its part of Sakhalin and receives the Kurils from Urup to Shumshu. The authentic text of the treaty is French.',
		sources: ['S49']
	},
	{
		date: '1905-09-05',
		dateNote: '23 Aug 1905 (Old Style).',
		title: 'Treaty of Portsmouth',
		summary:
			'In the Treaty of Portsmouth, Russia cedes southern Sakhalin below 50°N to Japan (Article IX). The Kuril Islands are not affected.',
		sources: ['S52', 'S53', 'S91', 'S91b']
	},
	{
		date: '1941-04',
		dateNote: 'Signed April 1941; notice of non-renewal given April 1945.',
		title: 'Soviet–Japanese Neutrality Pact',
		summary:
			'The Soviet Union and Japan sign a neutrality pact valid until April 1946. In April 1945 the USSR gives notice that it will not renew it.',
		sources: ['S6', 'S92']
	},
	{
		date: '1945-08-08',
		dateNote:
			'Sources differ: kuril.info gives 8 Aug (the declaration of war); MOFA gives 9 Aug (the start of hostilities).',
		title: 'The USSR declares war on Japan',
		summary: 'The Soviet Union declares war on Japan. Hostilities begin on 9 August.',
		sources: ['S6', 'S5']
	},
	{
		date: '1945-08-18',
		dateNote: '18–21 Aug 1945.',
		title: 'Battle of Shumshu',
		summary:
			'Soviet and Japanese forces fight on Shumshu in the northern Kurils. A ceasefire follows on 21 August.',
		sources: ['S6', 'S93']
	},
	{
		date: '1945-08-28',
		title: 'Soviet landing on Etorofu',
		summary:
			'Soviet troops land on Etorofu (Iturup). It is the first of the four island groups now in dispute to be occupied.',
		sources: ['S6', 'S94']
	},
	{
		date: '1945-09-01',
		title: 'Kunashiri and Shikotan reached',
		summary:
			'Soviet forces reach Kunashiri (Kunashir) and Shikotan. The Habomai islets follow two days later.',
		sources: ['S6', 'S95']
	},
	{
		date: '1945-09-03',
		title: 'Habomai reached',
		summary:
			'Soviet forces reach the Habomai islets. The Japanese garrison on Shibotsu (Zelyony) surrenders.',
		sources: ['S6', 'S22']
	},
	{
		date: '1945-09-05',
		title: 'All four island groups occupied',
		summary:
			'According to MOFA, the USSR occupied all four island groups between 28 August and 5 September 1945. About 17,000 Japanese residents (17,291) were removed by 1948.',
		sources: ['S5', 'S6', 'S4', 'S29', 'S72']
	},
	{
		date: '1946-02-02',
		dateNote:
			'Decree of 2 Feb 1946; the districts were formed on 5 Jun 1946 (one page says 15 Jun 1946).',
		title: 'Soviet incorporation of the islands',
		summary:
			'A Soviet decree incorporates the islands into the USSR. The Kurilsky and Yuzhno-Kurilsky districts are formed on 5 June 1946.',
		sources: ['S22', 'S35', 'S36', 'S34']
	},
	{
		date: '1951-09-08',
		title: 'San Francisco Peace Treaty',
		summary:
			'In Article 2(c) Japan "renounces all right, title and claim to the Kurile Islands", without naming a beneficiary; the USSR, Poland and Czechoslovakia do not sign. Japan holds that the four islands are not part of the "Kurile Islands".',
		sources: ['S54', 'S55', 'S96', 'S97', 'S84']
	},
	{
		date: '1956-10-19',
		dateNote:
			'Signed 19 Oct 1956; entry into force 12 Dec 1956 (a Russian article calls it "the Joint Declaration of December 12, 1956"); oreanda says both states ratified it on 8 Dec 1956.',
		title: 'Soviet–Japanese Joint Declaration',
		summary:
			'The declaration signed in Moscow by Hatoyama and Bulganin ends the state of war and restores diplomatic relations. In Article 9 the USSR agrees to transfer the Habomai Islands and Shikotan, with the actual transfer to follow a peace treaty.',
		sources: ['S56', 'S57', 'S90b', 'S98']
	},
	{
		date: '1960-01-27',
		title: 'Soviet aide-memoire',
		summary:
			'The Soviet government issues an aide-memoire on the 1956 declaration. It states that the two islands will be handed over only if all foreign troops leave Japan.',
		sources: ['S57']
	},
	{
		date: '1991',
		dateNote: 'Agreement signed in 1991; visits run from 1992.',
		title: 'Visa-free exchanges agreed',
		summary:
			"An agreement on visa-free exchanges is signed during Gorbachev's 1991 visit. Visa-free visits between the islands and Japan run from 1992.",
		sources: ['S99', 'S75', 'S100']
	},
	{
		date: '1993-10-13',
		title: 'Tokyo Declaration',
		summary:
			"Japan and Russia sign the Tokyo Declaration on Japan–Russia Relations. MOFA's 2001 outline states that it covers the attribution of the four islands (Etorofu, Kunashiri, Shikotan and Habomai).",
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
			'Putin and Mori issue a statement in Tokyo. Putin confirms that the 1956 Joint Declaration is still valid.',
		sources: ['S101', 'S102']
	},
	{
		date: '2001-03-25',
		title: 'Irkutsk Statement',
		summary:
			'Putin and Mori call the 1956 declaration "a fundamental legal document that established the starting point" of the peace-treaty talks. The treaty is to be concluded by resolving the attribution of the four islands on the basis of the 1993 Tokyo Declaration.',
		sources: ['S59', 'S73', 'S74']
	},
	{
		date: '2010-11-01',
		title: 'Medvedev visits Kunashir',
		summary:
			'President Medvedev visits Kunashir, the first Russian leader to visit one of the disputed islands. Tokyo protests.',
		sources: ['S83', 'S103']
	},
	{
		date: '2016-11',
		title: 'Coastal missiles on Iturup and Kunashir',
		summary:
			'Bastion and Bal coastal missile systems are reported on Iturup and Kunashir. Japan protests the deployment.',
		sources: ['S82']
	},
	{
		date: '2016-12-15',
		dateNote: '15–16 Dec 2016 (day 2 in Tokyo).',
		title: 'Abe–Putin summit in Nagato',
		summary:
			'Abe and Putin meet in Nagato (Yamaguchi) and then in Tokyo. They agree to start negotiating a "special framework" for joint economic activities on the four islands, and on easier grave visits for former residents.',
		sources: ['S60', 'S61', 'S104']
	},
	{
		date: '2017-12-19',
		dateNote: 'Russian MFA statement on 28 Dec 2017.',
		title: 'Japan decides on Aegis Ashore',
		summary:
			"Japan's cabinet decides to deploy two Aegis Ashore missile-defence systems. Russia's foreign ministry (Zakharova) warns that this will affect the peace-treaty dialogue.",
		sources: ['S71']
	},
	{
		date: '2018-03-18',
		dateNote: 'Election on Sunday 18 Mar 2018; Abe–Putin phone call on Monday 19 Mar.',
		title: "Putin's fourth term and call with Abe",
		summary:
			'Putin wins a fourth term with over 70% of the vote, and in a 20-minute phone call the next day Abe congratulates him. They discuss joint economic activities, grave visits by air, North Korea and the Skripal poisoning.',
		sources: ['S67', 'S68', 'S69', 'S70']
	},
	{
		date: '2018-11-14',
		title: 'Singapore agreement',
		summary:
			'Meeting in Singapore, Abe and Putin agree to "accelerate negotiations on a peace treaty based on the 1956 Joint Declaration". Abe says he will visit Russia in early 2019.',
		sources: ['S62', 'S63', 'S105']
	},
	{
		date: '2020-07-01',
		dateNote: 'Vote held 25 Jun–1 Jul 2020.',
		title: 'Russian constitutional amendments',
		summary:
			'Russian voters approve constitutional amendments (turnout 67.97%, 77.92% yes), including an Article 67 ban on alienating territory with a "boundary demarcation" exception noted by commentators. Japan says on 2 July that its position is unchanged.',
		sources: ['S64', 'S65', 'S65b', 'S106']
	},
	{
		date: '2022-03-21',
		title: 'Russia suspends peace-treaty talks',
		summary:
			"After Japan's sanctions over Ukraine, Russia's foreign ministry suspends peace-treaty talks and halts visa-free visits, including grave visits. It also withdraws from the dialogue on joint economic activities.",
		sources: ['S66', 'S107', 'S108']
	}
];
