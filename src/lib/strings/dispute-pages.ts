// Text that speaks of the dispute in the site's own voice on the island panel and /about: the
// panel's kicker, the kinds of source and the sources section. Neutral terms only, in every language
// (src/lib/data/glossary.ts), checked like dispute.ts by src/lib/data/glossary.test.ts. Apart from
// dispute.ts because the map's first view shows none of it: a module's strings travel with every
// page that imports any of them.
import type { SourceKind } from '#lib/data/types.ts';
import { m } from '#lib/paraglide/messages.js';

/** The island panel's words on the dispute. */
export const ISLAND_STATUS = {
	/** The line above an island's name in its panel. */
	get kicker() {
		return m.dispute_island_kicker();
	},
	/** What the island panel's computed area is compared with, as a heading (/about's table). */
	get areaReference() {
		return m.dispute_area_reference();
	}
};

/** How /about names each kind of source. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	get primary() {
		return m.dispute_kind_primary();
	},
	get 'official-statement'() {
		return m.dispute_kind_official_statement();
	},
	get 'official-statistics'() {
		return m.dispute_kind_official_statistics();
	},
	get scholarly() {
		return m.dispute_kind_scholarly();
	},
	get reference() {
		return m.dispute_kind_reference();
	},
	get news() {
		return m.dispute_kind_news();
	}
};

/** The sources section of /about. */
export const ABOUT_SOURCES = {
	get heading() {
		return m.dispute_sources_heading();
	},
	get intro() {
		return m.dispute_sources_intro();
	},
	get via() {
		return m.dispute_sources_via();
	},
	/** Who made a source, and where it was read when that is elsewhere. */
	publisher: (publisher: string, via?: string) =>
		via ? m.dispute_sources_publisher_via({ publisher, via }) : publisher
};
