// Each side's position in its own terms, for the viewpoint switch, and what its map draws.
// Attributed, never endorsed: the neutral view states that both exist.
import type { SourceId } from './types.ts';

export interface Position {
	label: string;
	/** One or two sentences, attributed to the side that holds the position. */
	statement: string;
	/** What changes on the map in this view. */
	mapNote: string;
	sources: SourceId[];
}

export const POSITIONS: Record<'neutral' | 'ja' | 'ru', Position> = {
	neutral: {
		label: 'Neutral',
		statement:
			'Russia has administered the four island groups since 1945; Japan claims them as its Northern Territories. This view states both positions and takes neither.',
		mapNote:
			'Both names are shown, both lines are drawn dashed, and the islands have a colour of their own.',
		sources: ['S5', 'S6']
	},
	ja: {
		label: 'As Japan depicts it',
		statement:
			'Japan holds that the four islands are its inherent territory, that they were never part of the "Kurile Islands" it renounced in the 1951 San Francisco Peace Treaty, and that they have been occupied since 1945.',
		mapNote:
			'Japanese names lead (Etorofu), the border runs through the Vries Strait between Etorofu and Uruppu, and the islands take Japan’s colour.',
		sources: ['S5', 'S55', 'S50']
	},
	ru: {
		label: 'As Russia depicts it',
		statement:
			'Russia holds that the islands became its territory as a result of the Second World War and are part of Sakhalin Oblast; its 2020 constitutional amendment bars giving away territory.',
		mapNote:
			'Russian names lead (Iturup), the border runs between Hokkaido and the islands, and the islands take Russia’s colour.',
		sources: ['S98', 'S64', 'S65', 'S106']
	}
};
