// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** The islands a view puts forward on the map (set by each map page's load). */
			highlighted?: readonly import('#lib/data/types.ts').IslandId[];
			/** The entries of every source the page cites, for src/lib/components/Cite.svelte. */
			sources?: import('#lib/data/cited.ts').SourceTable;
			/** The timeline step a page opens on, with its texts (the map layout's load). */
			timeline?: import('#lib/content/published.ts').TimelinePiece | null;
			/** Each overlay's name: the legend's first view (the map layout's load). */
			overlayNames?: import('#lib/content/published.ts').OverlayName[];
			/** The viewpoint a page opens on, and the switch's labels (the map layout's load). */
			viewpoint?: import('#lib/content/published.ts').ViewpointPiece | null;
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
