// Text of the article pages: the index of every article (/articles) and trying an article's text in
// the browser (/articles/try). Island names come from src/lib/data/places.ts; refusals of the input
// are the ingester's own messages (src/lib/content/raw.ts, ingest.ts), so the page and the CLI say
// the same.

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const ARTICLE_INDEX = {
	documentTitle: 'News articles on the southern Kurils / Northern Territories',
	description:
		'Every news article in the explorer: outlet, date, how many passages speak of the disputed islands, and which islands, with a filter by island.',
	heading: 'News articles',
	intro:
		'Each article is kept verbatim; its passages about the islands are marked and linked to the map.',
	filterLabel: 'Show articles that name',
	all: 'All islands',
	/** Shown after a filter's island: "Shikotan (1)"; read as "Shikotan, 1 article". */
	filterCount: (n: number) => `(${n})`,
	filterCountLabel: (n: number) => `, ${plural(n, 'article')}`,
	noScript:
		'The filter and the rows past the newest need JavaScript; these are the newest articles, each with the islands it names.',
	moreRows: (shown: number, total: number) => `Show more articles (${shown} of ${total} shown)`,
	moreFailed: 'The rest of the list could not be loaded; try again.',
	summaryAll: (n: number) => `${plural(n, 'article')}.`,
	summaryIsland: (n: number, island: string) =>
		n === 0
			? `No article names ${island} yet.`
			: `${plural(n, 'article')} ${n === 1 ? 'names' : 'name'} ${island}.`,
	emptyHint: 'Show every article',
	passages: (n: number) => plural(n, 'passage'),
	islandsLabel: 'Islands its passages name',
	noIslands: 'No passage names an island.',
	/** A chip's accessible name starts with its visible text (the island's name). */
	chipLabel: (island: string) => `${island}: articles that name it`,
	tryLink: 'Try an article of your own',
	tryLinkHint: 'Paste a news article and see its passages and islands, in your browser.'
} as const;

/** Links to the index from the island panel and the reader. */
export const ARTICLE_LINKS = {
	allArticles: 'All news articles',
	islandArticles: (island: string) => `Every article that names ${island}`,
	allArticlesCount: (n: number) => (n === 1 ? 'The article list' : `All ${n} articles`),
	morePassages: (shown: number, total: number) => `Show more passages (${shown} of ${total} shown)`,
	loadingPassages: 'Loading more passages…',
	passagesFailed: 'The next passages could not be loaded; try again.'
} as const;

export const ARTICLE_TRY = {
	documentTitle: 'Try an article: southern Kurils / Northern Territories',
	description:
		'Paste a news article, or drop a .txt file, and see it cleaned, its passages about the disputed islands linked and the islands framed on the map. The text never leaves your browser.',
	heading: 'Try an article',
	intro:
		'Paste the text of a news page as you copied it (clutter and all), or choose a .txt file. It is cleaned and linked here, in your browser, exactly as the repository’s ingester would; nothing is sent anywhere.',
	close: 'Close and go back to the map',
	textLabel: 'Article text',
	textHint: 'One paragraph per line, as copied from the page; you can also drop a .txt file here.',
	fileLabel: 'Or choose a .txt file',
	submit: 'Show the cleaned article',
	loading: 'Loading the cleaner…',
	loadFailed: 'The cleaner could not be loaded. Reload the page to try again.',
	noScript: 'Trying an article needs JavaScript: the cleaner runs in your browser.',
	refused: 'Not accepted:',
	resultHeading: 'The cleaned article',
	/** The name a pasted text is refused under ("pasted text is binary…"). */
	pastedName: 'the pasted text',
	summary: (p: { paragraphs: number; captions: number; passages: number; removed: number }) =>
		`${plural(p.paragraphs, 'paragraph')}, ${plural(p.captions, 'caption')}, ${plural(p.passages, 'passage')} about the islands, ${plural(p.removed, 'line')} of page clutter removed.`,
	noPassages: 'No paragraph names one of the islands, so the map frames all four.',
	mapAll: 'On the map: every island the article names.',
	byline: 'By',
	passageLabel: (n: number) => `Passage ${n}`,
	showOnMap: (n: number) => `Show passage ${n} on the map`,
	showAll: 'Show every island the article names',
	linksLabel: 'Island links found',
	/** How each kind of link was found; an unknown kind is shown by its id. */
	via: {
		name: 'the island’s name',
		islet: 'one of its islets',
		settlement: 'one of its settlements',
		collective: 'a name for several islands',
		kurils:
			'the Kuril Islands, read as the four disputed ones: the article is about the dispute and the sentence does not mean the whole chain',
		reference: 'refers back to islands named before'
	} as Record<string, string>,
	/** The language the text was found to be written in. */
	language: (name: string) => `Language: ${name}.`,
	linkTo: 'links to',

	downloadHeading: 'Download for the repository',
	downloadIntro:
		'To add this article to the explorer, give what the text cannot say, download the two files, and run the ingester on them.',
	slugLabel: 'Slug (the address: /articles/…)',
	outletLabel: 'Outlet',
	urlLabel: 'Original address (URL)',
	dateLabel: 'Date published',
	dateHint: 'yyyy-mm-dd, or yyyy-mm when only the month is known',
	precisionLabel: 'How sure is the date?',
	precision: {
		day: 'Printed on the page (day)',
		month: 'Only the month is known',
		approximate: 'Not printed: inferred'
	},
	latestLabel: 'Latest likely date (when inferred)',
	noteLabel: 'How the date was worked out (when inferred)',
	metaProblems: 'Fix these before downloading:',
	rawFile: (name: string) => `Download the text (${name})`,
	metaFile: (name: string) => `Download the metadata (${name})`,
	command: 'Then, in the repository:'
} as const;
