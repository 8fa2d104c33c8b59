// The words of /about (src/routes/about/+page.svelte): method, geodata, licences and fonts, in the
// page's language (messages/{en,ja,ru}.json). Values (the package, its version and hash, counts,
// distances) are the page's to fill in; names of software, data and licences stay as their makers
// write them and are slots too, so the page can mark them as English inside a Japanese or Russian
// sentence. The sources section's words are in dispute-pages.ts.
import { m } from '#lib/paraglide/messages.js';

export const ABOUT = {
	get documentTitle() {
		return m.about_document_title();
	},
	get description() {
		return m.about_description();
	},
	get heading() {
		return m.about_heading();
	},
	get geodataHeading() {
		return m.about_geodata_heading();
	},
	get overlaysHeading() {
		return m.about_overlays_heading();
	},
	/** Slots `package`, `sha1` and `command` are code, `osm`, `npm` and `naturalEarth` names; see slots.ts. */
	geodataOrigin: m.about_geodata_origin,
	/** Slots `osm`, `odbl`, `naturalEarth` (links), `worldAtlas` (code) and `isc` (a name). */
	geodataLicence: m.about_geodata_licence,
	/** Slot `osm` is the project's name. */
	osmContributors: m.about_osm_contributors,
	get odbl() {
		return m.about_odbl();
	},
	/** Slot `turf` is code. */
	geodataMethod: m.about_geodata_method,
	get tableIsland() {
		return m.about_table_island();
	},
	get tableComputed() {
		return m.about_table_computed();
	},
	get tableDifference() {
		return m.about_table_difference();
	},
	tableReference: (area: string, sources: string) => m.about_table_sources({ area, sources }),
	geodataPoints: (distance: string) => m.about_geodata_points({ distance }),
	get fontsHeading() {
		return m.about_fonts_heading();
	},
	/** Slot `folder` is code; `font`, `fontLicence`, `mapLibre`, `bsd`, `turfName`, `mit` names. */
	fontsText: m.about_fonts_text
};
