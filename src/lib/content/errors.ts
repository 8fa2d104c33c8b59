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
	/** The --meta file is missing, not JSON, or fails the model's checks. */
	'BAD_META',
	/** The target folder holds a different raw.txt (pass --force to replace it). */
	'EXISTS_DIFFERENT',
	/** The same raw text is already stored under another slug. */
	'DUPLICATE',
	/** The input file could not be read. */
	'READ_FAILED',
	/** Writing the article folder failed; nothing was changed. */
	'WRITE_FAILED'
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
