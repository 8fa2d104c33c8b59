// Every way ingestion refuses its input. The code is stable (tests and scripts match on it); the
// message is for the editor and says what to do.

export const INGEST_ERROR_CODES = [
	/** The file has no bytes, or only whitespace. */
	'EMPTY',
	/** NUL bytes or control characters: an image, a PDF, a word-processor file. */
	'BINARY',
	/** Bytes that are not UTF-8 (Latin-1, Shift_JIS, UTF-16...). */
	'NOT_UTF8',
	/** Larger than MAX_RAW_BYTES: not one copied article. */
	'TOO_LARGE',
	/** Nothing in the text reads as article paragraphs. */
	'NO_PARAGRAPHS',
	/** No headline found and none given in the metadata. */
	'NO_TITLE',
	/**
	 * A paragraph, caption, headline or dek over MAX_PARAGRAPH_CHARS: usually text pasted without its
	 * line breaks. Refused before island linking, whose cost grows with the length of one text.
	 */
	'PARAGRAPH_TOO_LONG',
	/** More than MAX_LINES non-blank lines (clean.ts): not one copied page. */
	'TOO_MANY_LINES',
	/** More than MAX_PARAGRAPHS paragraphs or MAX_CAPTIONS captions: not one news article. */
	'TOO_MANY_PARAGRAPHS',
	/** More than MAX_PASSAGES paragraphs that name an island. */
	'TOO_MANY_PASSAGES',
	/** The article.json it would write is over MAX_ARTICLE_JSON_BYTES. */
	'ARTICLE_TOO_LARGE',
	/**
	 * A line a reader would see (headline, dek, paragraph, caption...) holds an explicit bidi control
	 * (U+202A–U+202E, U+2066–U+2069): shown verbatim it would reorder the quote on screen.
	 */
	'BIDI_CONTROL',
	/** The --meta file is missing, not JSON, or fails the model's checks. */
	'BAD_META',
	/**
	 * The --meta file's source URL is not an absolute http(s) address (javascript:, data:, a relative
	 * path, credentials in it...); the message lists the file's other problems too.
	 */
	'BAD_URL',
	/** The target folder holds a different raw.txt (pass --force to replace it). */
	'EXISTS_DIFFERENT',
	/** The same raw text is already stored under another slug. */
	'DUPLICATE',
	/** The input file could not be read. */
	'READ_FAILED',
	/** The article folder holds files the ingester does not write; replacing it would lose them. */
	'UNKNOWN_FILES',
	/** Writing the article folder failed; the stored article is as it was. */
	'WRITE_FAILED',
	/**
	 * An update failed after the old folder was moved aside and moving it back failed too: the message
	 * names the folder that holds the old article. The next ingest puts it back if it can.
	 */
	'RESTORE_FAILED'
] as const;
export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export class IngestError extends Error {
	readonly code: IngestErrorCode;
	constructor(code: IngestErrorCode, message: string) {
		super(message);
		this.name = 'IngestError';
		this.code = code;
	}
}
