// The schemas of the stored article files, content/articles/<slug>/meta.json and article.json,
// built on the shared rules and message layer of src/lib/data/check.ts, so every problem reads
// like a data file's: "content/articles/x/meta.json: date.value: must be a real date written
// yyyy-mm-dd, got "2018-3-19"". The article loader (loader.ts) refuses a bad article and the
// ingester (ingest.ts) refuses to write one, so bad data fails the build rather than reaching a
// reader. Rules that relate fields (offsets that must select their text) are rawCheck steps that
// run once the structure is sound.

import * as v from 'valibot';
import {
	DayDate,
	HttpUrl,
	IslandIdSchema,
	IsoDate,
	KebabId,
	LanguageTag,
	MonthDate,
	OneLine,
	Slug,
	SourceIdSchema,
	Text,
	at,
	check,
	fileRoot,
	got,
	integer,
	object
} from '#lib/data/check.ts';
import type { ISLAND_IDS } from '#lib/data/types.ts';
import { LOCALES, type Locale } from '#lib/i18n/locale.ts';
import {
	CLEAN_RULES,
	DATE_PRECISIONS,
	INGEST_VERSION,
	LINK_VIAS,
	cleanedText,
	islandsOf,
	type ArticleContent,
	type ArticleMetaInput,
	type DatePrecision
} from './model.ts';

// ---------------------------------------------------------------------------------------------
// meta.json

/** The date note in the site's other languages: only beside the English note it translates. */
const NoteIn = object(
	Object.fromEntries(LOCALES.filter((l) => l !== 'en').map((l) => [l, v.optional(Text)])) as Record<
		Locale,
		v.OptionalSchema<typeof Text, undefined>
	>
);

function articleDate<const P extends string>(
	precision: P,
	value: v.GenericSchema<unknown, string>
) {
	return v.pipe(
		object(
			{
				precision: v.literal(precision),
				value,
				note: v.optional(Text),
				noteIn: v.optional(NoteIn)
			},
			{ unknown: { latest: 'is only for precision "approximate"' } }
		),
		v.rawCheck(({ dataset, addIssue }) => {
			const date = dataset.typed ? dataset.value : null;
			if (date && date.noteIn !== undefined && date.note === undefined)
				addIssue({
					message: 'translates a note: write the English note too',
					path: at(date, 'noteIn')
				});
		})
	);
}

const ArticleDateSchema = v.variant(
	'precision',
	[
		articleDate('day', DayDate),
		articleDate('month', MonthDate),
		v.pipe(
			object(
				{
					precision: v.literal('approximate'),
					value: IsoDate,
					latest: v.optional(IsoDate),
					note: Text,
					noteIn: v.optional(NoteIn)
				},
				{ missing: { note: 'must say how an approximate date was worked out' } }
			),
			v.rawCheck(({ dataset, addIssue }) => {
				if (dataset.typed && dataset.value.latest !== undefined)
					if (dataset.value.latest < dataset.value.value)
						addIssue({
							message: `is before value (${dataset.value.value})`,
							path: at(dataset.value, 'latest')
						});
			})
		)
	] satisfies { entries: { precision: v.LiteralSchema<DatePrecision, undefined> } }[],
	(issue) => `must be one of ${DATE_PRECISIONS.join(', ')}, got ${got(issue.input)}`
);

const metaEntries = {
	outlet: Text,
	url: HttpUrl,
	lang: v.optional(LanguageTag),
	date: ArticleDateSchema,
	section: v.optional(OneLine),
	title: v.optional(OneLine),
	dek: v.optional(OneLine),
	topics: v.optional(v.array(KebabId)),
	sources: v.optional(v.array(SourceIdSchema))
};

/** What an editor passes with --meta: the slug may be left to the ingester. */
export const ArticleMetaInputSchema = fileRoot(object({ slug: v.optional(Slug), ...metaEntries }));
/** A stored meta.json: the slug is its folder's name. */
export const StoredMetaSchema = fileRoot(object({ slug: Slug, ...metaEntries }));

/**
 * Checks editor metadata. With `requireSlug` (a stored meta.json) the slug must be present.
 * Normalising what an editor typed (trimming, defaults) is the ingester's; this only judges.
 */
export function checkMeta(
	value: unknown,
	file: string,
	requireSlug = false
): { meta: ArticleMetaInput | null; problems: string[] } {
	const { problems } = check<ArticleMetaInput>(
		requireSlug ? StoredMetaSchema : ArticleMetaInputSchema,
		value,
		file
	);
	// The value itself, not valibot's copy: the copy orders keys as the schema does, and the
	// ingester writes meta.json back in the order the editor used.
	return problems.length > 0
		? { meta: null, problems }
		: { meta: value as ArticleMetaInput, problems };
}

// ---------------------------------------------------------------------------------------------
// article.json

const Link = object({
	island: IslandIdSchema,
	via: v.picklist(LINK_VIAS),
	place: Text,
	match: Text,
	start: integer(0),
	end: integer(1)
});

interface Linked {
	text: string;
	islands: readonly string[];
	links: readonly {
		island: (typeof ISLAND_IDS)[number];
		via: (typeof LINK_VIAS)[number];
		match: string;
		start: number;
		end: number;
	}[];
}

type Report = (issue: { message: string; path: [v.IssuePathItem, ...v.IssuePathItem[]] }) => void;

/**
 * Every link selects its match in the text, and `islands` are those the links name (references left
 * out), in order.
 */
function checkLinkedText(value: Linked, report: Report): void {
	const { text, islands, links } = value;
	links.forEach((l, i) => {
		if (l.end <= l.start || l.end > text.length || text.slice(l.start, l.end) !== l.match)
			report({
				message: `start/end (${l.start}–${l.end}) do not select ${got(l.match)} in the text`,
				path: at(value, 'links', i)
			});
	});
	const expected = islandsOf(links);
	if (islands.length !== expected.length || islands.some((id, i) => id !== expected[i]))
		report({
			message: `must be ${JSON.stringify(expected)} (the islands of its links in ISLAND_IDS order), got ${JSON.stringify(islands)}`,
			path: at(value, 'islands')
		});
}

const ParagraphSchema = v.pipe(
	object({
		text: v.pipe(
			Text,
			v.check(
				(t) => t === t.trim() && !t.includes('\n\n'),
				'must be trimmed and hold no blank line'
			)
		),
		islands: v.array(IslandIdSchema),
		links: v.array(Link),
		credit: v.optional(OneLine),
		cutOff: v.optional(v.literal(true))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (dataset.typed) checkLinkedText(dataset.value, addIssue);
	})
);

const CaptionSchema = v.pipe(
	object({
		text: Text,
		credit: v.nullable(Text),
		afterParagraph: integer(-1),
		islands: v.array(IslandIdSchema),
		links: v.array(Link)
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (dataset.typed) checkLinkedText(dataset.value, addIssue);
	})
);

const PassageSchema = object({
	n: integer(1),
	paragraph: integer(0),
	start: integer(0),
	end: integer(0),
	text: Text,
	islands: v.array(IslandIdSchema)
});

const ArticleContentFields = v.pipe(
	object({
		ingestVersion: v.literal(
			INGEST_VERSION,
			(issue) =>
				`is ${got(issue.input)}, this code reads ${INGEST_VERSION}: re-run npm run ingest -- <folder>/raw.txt`
		),
		slug: Slug,
		rawSha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits')),
		title: Text,
		dek: v.nullable(Text),
		section: v.nullable(Text),
		dateline: v.nullable(Text),
		byline: v.nullable(Text),
		printedDate: v.nullable(Text),
		paragraphs: v.pipe(
			v.array(ParagraphSchema),
			v.minLength(1, 'must hold at least one paragraph')
		),
		captions: v.array(CaptionSchema),
		passages: v.array(PassageSchema),
		removed: v.array(object({ line: integer(1), rule: v.picklist(CLEAN_RULES), text: Text }))
	}),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const article = dataset.value;
		const count = article.paragraphs.length;
		// The copy ends inside a cut-off paragraph, so only the last one can be.
		article.paragraphs.forEach((p, i) => {
			if (p.cutOff && i !== count - 1)
				addIssue({
					message: 'only the last paragraph can be cut off',
					path: at(article, 'paragraphs', i, 'cutOff')
				});
		});
		article.captions.forEach((caption, i) => {
			if (caption.afterParagraph >= count)
				addIssue({
					message: `must be below the paragraph count (${count})`,
					path: at(article, 'captions', i, 'afterParagraph')
				});
		});
		// Passages are what readers cite and link to: each must be its paragraph's text, found at its
		// offsets in the cleaned text, with its paragraph's islands.
		const text = cleanedText(article);
		const withIslands = article.paragraphs.flatMap((p, i) => (p.islands.length > 0 ? [i] : []));
		const seen: number[] = [];
		article.passages.forEach((ps, i) => {
			const path = (...keys: (string | number)[]) => at(article, 'passages', i, ...keys);
			if (ps.n !== i + 1)
				addIssue({ message: `must be ${i + 1}, got ${got(ps.n)}`, path: path('n') });
			const para = article.paragraphs[ps.paragraph];
			if (!para) {
				addIssue({ message: `no paragraph ${ps.paragraph}`, path: path('paragraph') });
				return;
			}
			seen.push(ps.paragraph);
			if (ps.text !== para.text)
				addIssue({
					message: `must equal paragraphs[${ps.paragraph}].text`,
					path: path('text')
				});
			if (text.slice(ps.start, ps.end) !== ps.text)
				addIssue({
					message: 'start/end do not select the passage text in the cleaned text',
					path: path()
				});
			if (JSON.stringify(ps.islands) !== JSON.stringify(para.islands))
				addIssue({
					message: `must equal paragraphs[${ps.paragraph}].islands`,
					path: path('islands')
				});
		});
		if (JSON.stringify(seen) !== JSON.stringify(withIslands))
			addIssue({
				message: `must be one per paragraph with islands, in order: paragraphs ${JSON.stringify(withIslands)}`,
				path: at(article, 'passages')
			});
	})
);

export const ArticleContentSchema = fileRoot(ArticleContentFields);

/** Checks a stored article.json, including that every offset selects the text it claims to. */
export function checkArticle(value: unknown, file: string): string[] {
	return check<ArticleContent>(ArticleContentSchema, value, file).problems;
}
