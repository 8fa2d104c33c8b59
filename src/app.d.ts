// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** The islands a view puts forward on the map (set by each map page's load). */
			highlighted?: readonly import('#lib/data/types.ts').IslandId[];
			/** The entries of every source the page cites, for src/lib/components/Cite.svelte. */
			sources?: import('#lib/data/cited.ts').SourceTable;
			/** The treaty timeline's steps with their texts (the map layout's load). */
			timeline?: import('#lib/data/timeline-steps.ts').TimelineStep[];
			/** What each overlay is, with its sources: the legend's texts (the map layout's load). */
			overlayInfo?: import('#lib/data/geodata-types.ts').OverlayInfo[];
			/** Each side's position and case: the viewpoint switch's texts (the map layout's load). */
			positions?: import('#lib/data/positions.ts').Positions | null;
			/** The measure tool's presets in the page's language (the map layout's load). */
			presets?: import('#lib/data/measure-presets.ts').MeasurePreset[] | null;
		}
		interface PageState {
			/** The URL after a shallow (replaceState) change of settings or camera; see src/lib/url/app.svelte.ts. */
			href?: string;
		}
	}

	interface ImportMetaEnv {
		/** Optional MapLibre style URL for an online basemap; the default map is offline. */
		readonly PUBLIC_BASEMAP_STYLE_URL?: string;
	}
}

export {};
