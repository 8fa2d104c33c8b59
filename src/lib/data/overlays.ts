// What each claim overlay is, in words: the legend's title and description, and its sources. The
// rest of each overlay (its kind, years, style and draw order) is in overlay-definitions.ts, which
// names these texts by key; the geodata build (geodata/claims.ts) stamps both onto the shapes it
// computes, so the prose lives here with the other sourced data, not in the geometry code.
import type { OverlayId, SourceId } from './types.ts';

/** What the legend and the list say of an overlay, with its sources. */
export interface OverlayText {
	/** Short and neutral, for a legend or a list. */
	title: string;
	/** One neutral paragraph: what the shape is, on whose account, and how it was drawn. */
	description: string;
	sources: SourceId[];
}

export const OVERLAY_TEXT: Record<OverlayId, OverlayText> = {
	'ru-administered': {
		title: 'Administered by Russia (Southern Kurils)',
		description:
			'The four island groups Russia administers as the Southern Kurils, under its sovereignty, as part of Sakhalin Oblast (Kurilsky and Yuzhno-Kurilsky districts): under Soviet control from August–September 1945 and under Russia’s since 1991, with a 12-nautical-mile (22.2 km) territorial sea. Where that sea would overlap the 12-mile sea off Hokkaido, in the Nemuro, Izmeny and Sovetsky (Goyomai) straits, which are narrower than 24 nautical miles, it stops at the line equidistant from both coasts, the de facto line in practice; towards Urup it stops at the line equidistant from Iturup and Urup. Computed from the OpenStreetMap coastline, not from officially declared baselines.',
		sources: ['S5', 'S122', 'S114', 'S36', 'S34', 'S44']
	},
	'jp-claimed': {
		title: 'Claimed by Japan (Northern Territories)',
		description:
			"The four island groups Japan claims as the Northern Territories and counts as part of Hokkaido's Nemuro Subprefecture, holding that they are not part of the Kurile Islands it renounced in 1951, with a 12-nautical-mile (22.2 km) territorial sea as Japan would draw it: measured from the islands' coasts and not cut by any line towards Hokkaido, since Japan regards the waters between the islands and Hokkaido as its own. Towards Urup it stops at the line equidistant from Iturup and Urup. Computed from the OpenStreetMap coastline, not from officially declared baselines.",
		sources: ['S5', 'S116', 'S1', 'S4', 'S55']
	},
	'transfer-1956': {
		title: 'Shikotan and Habomai, 1956 Joint Declaration',
		description:
			'Shikotan and the Habomai islets, which the Soviet Union agreed in Article 9 of the Soviet–Japanese Joint Declaration of 19 October 1956 to transfer to Japan after a peace treaty is concluded. No peace treaty has been concluded and the islands have not been transferred. Drawn as the islands only, without a sea: the declaration draws no boundary at sea.',
		sources: ['S56', 'S57']
	},
	'median-line': {
		title: 'De facto line between Hokkaido and the islands',
		description:
			'The line equidistant from the coast of Hokkaido (with the undisputed Japanese islets Yururi and Moyururi) and the coasts of Kunashir and the Habomai islets, through the Nemuro, Izmeny and Sovetsky (Goyomai) straits: the de facto line between the waters each side controls in practice. Drawn where the two 12-nautical-mile seas overlap, and computed from the OpenStreetMap coastline so that every point is equally far from both coasts; the line enforced at sea may differ in detail.',
		sources: ['S44', 'S12', 'S24']
	},
	'border-1855': {
		title: 'Treaty of Shimoda boundary (1855)',
		description:
			'The boundary of the Treaty of Shimoda of 7 February 1855, which ran between Iturup (Etorofu) and Urup (Uruppu): Iturup and the islands south of it Japanese, Urup and the islands north of it Russian. It held until the Treaty of Saint Petersburg of 1875; Japan today treats the strait as its northern border. The treaty names islands, not a line at sea: drawn here as the line equidistant from the coasts of Iturup and Urup across the Vries (Friza) Strait, to 30 km from the coasts on either side.',
		sources: ['S5', 'S121', 'S50', 'S47', 'S48']
	},
	'border-1875': {
		title: 'Treaty of Saint Petersburg boundary (1875)',
		description:
			'The boundary after the Treaty of Saint Petersburg of 7 May 1875, in which Japan gave up its part of Sakhalin and received the Kuril Islands from Urup to Shumshu: it ran through the First Kuril Strait between Shumshu and Cape Lopatka, the southern tip of Kamchatka, until Soviet forces took the Kuril chain in August–September 1945. The treaty names islands, not a line at sea: drawn here as the line equidistant from the coasts of Kamchatka and of Shumshu and Paramushir across the strait, to 30 km from the coasts on either side.',
		sources: ['S49', 'S121', 'S122', 'S93']
	}
};
