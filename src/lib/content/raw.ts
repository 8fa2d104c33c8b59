// The first check of any article input: is it one pasted article, as UTF-8 text? Pure and free of
// Node built-ins, so the CLI (scripts/ingest.ts, through ingest.ts) and the browser's try page
// (src/routes/(map)/articles/try) refuse the same input with the same words.

import { IngestError } from './errors.ts';

/** One copied article is tens of kilobytes; a megabyte means the wrong file. */
export const MAX_RAW_BYTES = 1024 * 1024;

/**
 * Refuses input over MAX_RAW_BYTES by its size alone, so a file can be refused before it is read
 * (a multi-gigabyte file, a video dropped by mistake).
 */
export function checkRawSize(byteLength: number, name = 'input'): void {
	if (byteLength > MAX_RAW_BYTES) {
		throw new IngestError(
			'TOO_LARGE',
			`${name} is ${byteLength} bytes, over the ${MAX_RAW_BYTES}-byte limit for one article`
		);
	}
}

/** Decodes the input as UTF-8 text, refusing what is not one pasted article. */
export function decodeRaw(bytes: Uint8Array, name = 'input'): string {
	checkRawSize(bytes.byteLength, name);
	if (bytes.byteLength === 0) throw new IngestError('EMPTY', `${name} is empty`);
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		throw new IngestError('NOT_UTF8', `${name} is UTF-16 text: save it as UTF-8 and try again`);
	}
	// Text never holds NUL or most C0 controls; images, PDFs and office files are full of them.
	let controls = 0;
	for (const b of bytes) {
		if (b === 0) {
			throw new IngestError('BINARY', `${name} is binary (it holds NUL bytes), not copied text`);
		}
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
	}
	if (controls > 0) {
		throw new IngestError(
			'BINARY',
			`${name} holds ${controls} control character${controls === 1 ? '' : 's'}: it is binary, not copied text`
		);
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new IngestError(
			'NOT_UTF8',
			`${name} is not valid UTF-8 (${firstBadByte(bytes)}): save it as UTF-8 and try again`
		);
	}
	if (text.replace(/^\uFEFF/, '').trim() === '') {
		throw new IngestError('EMPTY', `${name} holds only white space`);
	}
	return text;
}

function firstBadByte(bytes: Uint8Array): string {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let lo = 0;
	let hi = bytes.byteLength;
	// The longest valid prefix, found by bisection; a cut inside a character also fails, so back off.
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		try {
			decoder.decode(bytes.subarray(0, mid));
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	const at = lo;
	return `byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}`;
}
