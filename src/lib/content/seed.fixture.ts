// The seed article's own text, as a reader sees it on the page: what ingesting
// content/articles/nikkei-putin-win-island-row/raw.txt must give, character for character. The
// non-breaking spaces are the page's own and stay.

import { readFileSync } from 'node:fs';
import type { IslandId } from '#lib/data/types.ts';

export const SEED_DIR = new URL(
	'../../../content/articles/nikkei-putin-win-island-row/',
	import.meta.url
);
export const SEED_RAW = readFileSync(new URL('raw.txt', SEED_DIR));

export const SEED_TITLE = "Putin's win raises Japan's hopes for progress on island row";
export const SEED_DEK =
	'But his hard-line position for gaining support at home puts Tokyo on guard';
export const SEED_SECTION = 'International relations';

export const SEED_PARAGRAPHS = [
	"Japan disputes Russia's claim of sovereignty over the four islands at the southern tip of the Kuril chain.",
	"TOKYO -- Japanese Prime Minister Shinzo Abe urged further progress in talks with Russia to resolve the\u00a0territorial dispute between the countries, as he spoke with\u00a0President Vladimir Putin after the latter won overwhelmingly in Sunday's election.",
	'"Let\'s advance together what we have agreed on thus far," Abe told Putin on the call, drawing a positive response from his counterpart, who now has secured six more years in office.',
	'Putin\'s election to a fourth term as president\u00a0"was expected, but his receiving of over 70% of the vote is a landslide," a Japanese Foreign Ministry official said, expressing hopes that Putin will be willing to negotiate with Abe on the back of a broad popular mandate.',
	'In the phone call, Abe and Putin also talked about moves toward joint economic activities on the four Russian-occupied islands\u00a0near Hokkaido that Japan calls the Northern Territories, along with\u00a0visa-free visits\u00a0for Japanese residents to family graves located there.',
	'The Japanese leader also discussed the recent nerve-agent attack on a former Russian intelligence officer in the U.K.,\u00a0saying "what is most important is to uncover the truth." Moscow\u00a0is suspected of involvement in the attack.',
	'Abe is eager to resolve the long-standing territorial row during his time as prime minister. "President Putin and I will put an end" to the matter, he said in February while attending a conference\u00a0in Tokyo on the Northern Territories issue.',
	"Putin, who has stressed the importance of trust in achieving progress on the issue, appears on board with Abe. The two have met more than 20 times since Abe's first term as prime minister dating to 2006, and they have held many one-on-one talks through interpreters.",
	'Yet Putin\'s call for a "strong Russia" that takes a hard line against other countries suggests caution for Japan. The president drew broad public support with a campaign slogan touting this approach.\u00a0Putin could have little leeway to make concessions toward Japan if the Russian public demands otherwise.',
	"Russia considers the four contested islands crucial to national security, and also stands wary of Japan's\u00a0planned deployment of the U.S. military's Aegis Ashore missile defense system. American involvement in East Asian security could fuel concern at the Kremlin and prompt Russia to make bold demands against Japan.",
	"Abe faces domestic challenges as well amid the scandal over a discounted sale of government-owned land to nationalist private school operator Moritomo Gakuen. Abe's plan for\u00a0re-election as head of the Liberal Democratic Party in September could be derailed, an inconvenient backdrop for Japan in pressing negotiations with Russia.",
	"In the short term, Abe wants concrete plans for the joint economic activities prepared ahead of his planned meeting with Putin in May. This would require an agreement from both sides on a special arrangement\u00a0that does not compromise either country's legal position on the sovereignty of the islands."
];

export const SEED_CAPTION = {
	text: "Men stand in front of a screen showing preliminary results of Russian President Vladimir Putin in the presidential election, at the headquarters of Russia's Central Election Commission in Moscow on March 19.",
	credit: '© Reuters',
	afterParagraph: 5
};

const ALL: IslandId[] = ['iturup', 'kunashir', 'shikotan', 'habomai'];

/**
 * What each paragraph refers to, read by hand: the four via "the four islands", "the four
 * Russian-occupied islands ... the Northern Territories", "the Northern Territories issue" and "the
 * four contested islands". The last paragraph's "the islands" does refer to them, but only through
 * the paragraphs before; the gazetteer does not resolve anaphora, so it is not linked.
 */
export const SEED_ISLANDS: IslandId[][] = [ALL, [], [], [], ALL, [], ALL, [], [], ALL, [], []];

/** Every line of page clutter in the seed: none of it may reach the article. */
export const SEED_CLUTTER = [
	'ArrowArtboardCreated with Sketch',
	'Sponsored Content',
	'commissioned by',
	'numberArticlesLeft',
	'free article',
	'Stay ahead',
	'dynamic market',
	'Get trusted insights',
	'within Asia itself',
	'Try 1 month',
	'Try 3 months',
	'Offer ends',
	'trial period',
	'subscription',
	'unlimited access',
	'mobile and tablet apps',
	'See all offers',
	'NAR on print',
	'voice of the Asian Century',
	'Celebrate our next chapter',
	'Free access for everyone',
	'Find out more'
];
