// Labelled news excerpts for island linking across a whole article: short articles written in the
// style of wire copy about the islands (none is taken from a real report), each paragraph annotated
// with the island links a careful reader would make, by kind:
//   named      an island, islet or settlement by its name ("Kunashir", "Yuri Island", "Kurilsk")
//   group      a phrase for the disputed islands as a group ("the Northern Territories", "four
//              Russian-held islands near Hokkaido", "the disputed islands")
//   reference  a phrase that refers back to islands the article has already named ("the islands",
//              "the isles", "the territory") or to the dispute over them ("the territorial row")
// Traps are paragraphs (or whole articles) where none of these should be linked: other seas'
// disputes, people called Yuri, Hokkaido's Shakotan, the Kuril chain as a whole, Japan's own islands.
// These were written before the rules that now pass them, and are not edited to suit the rules: the
// ones the rules still miss stay as misses (gazetteer.articles.test.ts reports the scores).

import type { IslandId } from '#lib/data/types.ts';

export interface LabelledParagraph {
	text: string;
	named?: IslandId[];
	group?: IslandId[];
	reference?: IslandId[];
}

export interface ArticleExample {
	about: string;
	paragraphs: LabelledParagraph[];
}

const ALL: IslandId[] = ['iturup', 'kunashir', 'shikotan', 'habomai'];

export const ARTICLE_EXAMPLES: ArticleExample[] = [
	{
		about: 'a visit to Yuri Island, named once in full',
		paragraphs: [
			{
				text: 'NEMURO, Hokkaido -- A group of former Japanese residents of the Russian-held islands off Hokkaido set sail Tuesday for Yuri Island in the Habomai group, the first visit there in four years.',
				named: ['habomai'],
				group: ALL
			},
			{
				text: 'The trip to Yuri, made under a visa-free exchange program, was arranged after months of talks with Moscow, officials said.',
				named: ['habomai']
			},
			{
				text: 'Russia has controlled the islands since the end of World War II, and the territorial dispute has prevented the two countries from signing a peace treaty.',
				reference: ALL
			},
			{
				text: 'The former residents, now mostly in their 80s, laid flowers at a cemetery on the islet, the Foreign Ministry said.',
				reference: ['habomai']
			}
		]
	},
	{
		about: 'missiles on Kunashiri and Etorofu; a Yuri who is a person',
		paragraphs: [
			{
				text: "TOKYO (Kyodo) -- Japan on Friday protested Russia's deployment of new coastal missile systems on Kunashiri and Etorofu, two of the four Russian-controlled northwestern Pacific islands claimed by Tokyo.",
				named: ['iturup', 'kunashir'],
				group: ALL
			},
			{
				text: 'Chief Cabinet Secretary Yoshimasa Hayashi told a press conference that the deployment "is unacceptable" and runs counter to Japan\'s position on the isles.',
				reference: ALL
			},
			{
				text: 'The Russian Defense Ministry said the Bastion systems would protect the Kuril chain as a whole.'
			},
			{ text: 'Yuri Borisov, a deputy prime minister, said the deployment was routine.' }
		]
	},
	{
		about: 'drills on the southern Kurils; the Senkakus in the same article',
		paragraphs: [
			{
				text: 'MOSCOW (Reuters) - Russia will hold military drills on the southern Kuril Islands next month, the Interfax news agency reported on Thursday, citing the Eastern Military District.',
				group: ALL
			},
			{
				text: 'Japan claims the islands, which it calls the Northern Territories, and the long-standing territorial row has kept the two countries from formally ending World War Two hostilities.',
				group: ALL,
				reference: ALL
			},
			{
				text: 'Tokyo is also locked in a dispute with Beijing over disputed islands in the East China Sea, known as the Senkaku in Japan and the Diaoyu in China.'
			},
			{
				text: "China's coast guard ships have repeatedly entered waters around the islands, Japanese officials say."
			}
		]
	},
	{
		about: "the 1956 declaration: Shikotan and the Habomais; Hokkaido's Shakotan",
		paragraphs: [
			{
				text: 'Former Prime Minister Shinzo Abe had hoped to make progress on the basis of a 1956 declaration that promised the handover of Shikotan and the Habomai islets after a peace treaty.',
				named: ['shikotan', 'habomai']
			},
			{
				text: 'Russian President Vladimir Putin has since said any handover of the two smaller islands would depend on security guarantees, and Moscow amended its constitution in 2020 to ban ceding territory.',
				reference: ['shikotan', 'habomai']
			},
			{
				text: 'Shikotan, home to about 3,000 people, has a fish-processing plant in Krabozavodskoye, while the Habomais are uninhabited apart from border guards.',
				named: ['shikotan', 'habomai']
			},
			{
				text: "In Hokkaido's Shakotan, on the other side of the island, fishermen say the issue feels distant."
			}
		]
	},
	{
		about: 'a hotel on Iturup',
		paragraphs: [
			{
				text: 'YUZHNO-SAKHALINSK -- Russia plans to open a new hotel on Iturup, the largest of the South Kurils, as it tries to draw tourists to the remote Pacific islands, the regional government said Wednesday.',
				named: ['iturup'],
				group: ALL,
				reference: ALL
			},
			{
				text: "Kurilsk, the island's main town, and the hot springs near Goryachiye Klyuchi are expected to be the main draws.",
				named: ['iturup']
			},
			{
				text: 'Japan, which claims the territory, has urged its citizens not to travel there on Russian visas.',
				reference: ALL
			},
			{
				text: 'The hotel project was first announced by Sakhalin Governor Valery Limarenko in 2021.'
			}
		]
	},
	{
		about: 'Northern Territories Day',
		paragraphs: [
			{
				text: 'Former residents and their families rallied in Tokyo on Northern Territories Day on Tuesday, calling for the return of four Russian-held islands near Hokkaido.',
				group: ALL
			},
			{
				text: 'Prime Minister Fumio Kishida told the rally that the government would keep pressing for a resolution of the territorial issue and the conclusion of a peace treaty.',
				reference: ALL
			},
			{
				text: 'Kishida also called for the resumption of visa-free trips to Russian-held islands that are claimed by Japan, which Moscow suspended in 2022.',
				group: ALL
			},
			{
				text: 'Many former islanders came from Shibotsu and Taraku in the Habomai group, where their family graves remain.',
				named: ['habomai']
			},
			{ text: 'The average age of the former residents now exceeds 88.' }
		]
	},
	{
		about: 'trap: an article about the Aegean',
		paragraphs: [
			{
				text: 'Greece and Turkey remain at odds over the status of several disputed islands in the Aegean Sea, officials said.'
			},
			{ text: 'The islands have long been a source of friction between the two NATO members.' },
			{ text: "Separately, Japan's four main islands were hit by heavy snow over the weekend." }
		]
	},
	{
		about: 'kelp near Kaigara',
		paragraphs: [
			{
				text: 'NEMURO, Japan (Kyodo) -- Fishermen from Nemuro began harvesting kelp on Thursday near Kaigara Island, a tiny islet of the Habomai group just 3.7 kilometers off Cape Nosappu.',
				named: ['habomai']
			},
			{
				text: "The annual harvest is conducted under a private agreement with Russia that lets Japanese boats operate in waters around the islet without either side's legal position on the disputed islands being harmed.",
				group: ALL,
				reference: ['habomai']
			},
			{
				text: "Hokkaido's Shakotan town, on the other side of the prefecture, also depends on kelp."
			},
			{ text: 'The harvest usually lasts until the end of September.' }
		]
	},
	{
		about: 'Yuri across the article; Yuri the envoy',
		paragraphs: [
			{
				text: 'A Japanese delegation will visit Yuri Island, one of the Habomai islets, on Monday to survey the remains of a prewar Japanese settlement, the government said.',
				named: ['habomai']
			},
			{
				text: 'It will be the first trip to Yuri since Russia suspended the exchange program.',
				named: ['habomai']
			},
			{
				text: 'Moscow has administered Yuri and the other islets since 1945, but Japan says they are an inherent part of its territory.',
				named: ['habomai']
			},
			{
				text: "Yuri Trutnev, the Kremlin's envoy to the Far East, said the visit had not been approved."
			},
			{
				text: 'Yuri said he was surprised by the announcement, a Sakhalin official told reporters.'
			}
		]
	},
	{
		about: 'peace treaty talks: the row and the dispute',
		paragraphs: [
			{
				text: 'TOKYO -- Japan and Russia agreed on Saturday to continue negotiations on a peace treaty, with Tokyo seeking the return of the four islands it calls the Northern Territories.',
				group: ALL
			},
			{
				text: 'The long-standing territorial row dates back to the final days of World War II, when Soviet troops seized the islands.',
				reference: ALL
			},
			{
				text: 'Foreign Minister Sergei Lavrov said the territorial dispute between the countries could only be resolved once Tokyo recognized the outcome of the war.',
				reference: ALL
			},
			{ text: 'Lavrov also met Chinese officials to discuss the South China Sea.' }
		]
	},
	{
		about: 'a ferry to Kunashir',
		paragraphs: [
			{
				text: 'Residents of Yuzhno-Kurilsk, the main town on Kunashir, said the ferry to Sakhalin was canceled for a third day because of storms.',
				named: ['kunashir']
			},
			{
				text: 'The isles, which Russia calls the southern Kurils, depend on sea links for food and fuel.',
				group: ALL,
				reference: ALL
			},
			{ text: 'Sakhalin Governor Valery Limarenko promised a new ferry by 2026.' }
		]
	},
	{
		about: 'Takeshima first, then the Kurils',
		paragraphs: [
			{
				text: 'SEOUL -- South Korea protested on Friday after Japan renewed its claim to the Takeshima islets, which Seoul controls and calls Dokdo.'
			},
			{ text: 'The disputed islands lie in rich fishing grounds in the Sea of Japan.' },
			{
				text: 'Japan also has a separate territorial dispute with Russia over four islands off Hokkaido, which Moscow calls the southern Kurils.',
				group: ALL,
				reference: ALL
			},
			{ text: 'Russia has controlled the islands since 1945.', reference: ALL }
		]
	},
	{
		about: 'trawlers in the strait',
		paragraphs: [
			{
				text: "Russian fishing trawlers were spotted in the South Kuril Strait between Kunashir and Hokkaido's Shiretoko Peninsula.",
				named: ['kunashir']
			},
			{ text: 'A patrol boat from the Kurilsky district later escorted them to port.' }
		]
	},
	{
		about: 'a former resident of Etorofu',
		paragraphs: [
			{
				text: 'A former resident of Etorofu, one of the four Russian-controlled northwestern Pacific islands, died on Sunday at age 93, his family said.',
				named: ['iturup'],
				group: ALL
			},
			{
				text: 'He had campaigned for decades for the return of the isles and visited his birthplace several times under the visa-free program.',
				reference: ALL
			}
		]
	},
	{
		about: 'Japan Coast Guard; Okinawa',
		paragraphs: [
			{
				text: 'The Japan Coast Guard said a Russian patrol boat seized a Japanese fishing vessel near Shikotan on Wednesday and took it to the port of Malokurilskoye.',
				named: ['shikotan']
			},
			{
				text: 'Tokyo lodged a protest, saying the boat had been operating legally in waters around the disputed isles.',
				group: ALL
			},
			{
				text: 'The coast guard also reported heavy traffic near the islands of Okinawa, where Chinese vessels were sighted.'
			}
		]
	}
];
