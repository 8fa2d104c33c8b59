// The cards' file format: an 8-bit palette PNG. A card is flat colours (sea, land, islands, the
// panel) and anti-aliased text and coastlines, so 256 colours chosen for the card by
// libimagequant (through sharp) look the same at any preview size as the full-colour image, at a
// fraction of the bytes. PNG rather than WebP or AVIF because link-preview consumers (chat apps,
// social sites) accept PNG and JPEG only, and JPEG blurs text edges.

import sharp, { type PngOptions } from 'sharp';

// Each encode runs on libuv's thread pool with one libvips thread, so the build's own threads
// (build.ts) decide how many cores are busy, and libvips keeps no cache of images it never sees again.
sharp.concurrency(1);
sharp.cache(false);

/**
 * The encoder's settings; they are part of every card's cache key (build.ts hashes this file).
 * Measured on 30 cards of the 100-article archive (every 50th): quality 90 lets libimagequant use
 * fewer colours where the card needs fewer (29 KB median, 51.6 dB PSNR against the full-colour
 * card, where quality 100 gives 40 KB at 68.8 dB and the full-colour PNG 112 KB); no dithering,
 * which only sprinkled the flat sea with dots and with effort 3 more than doubled the bytes; effort
 * 3 picks the palette as well as 7 within 1.3 % of the bytes in two thirds of the time; zlib level
 * 9 is 8 % smaller than 6.
 */
export const PNG_OPTIONS = {
	palette: true,
	quality: 90,
	dither: 0,
	effort: 3,
	compressionLevel: 9
} as const satisfies PngOptions;

/** The versions of the encoder's libraries: a new libimagequant or zlib may write other bytes. */
export const ENCODER_VERSIONS: Readonly<Record<string, string | undefined>> = sharp.versions;

/** Encodes opaque RGBA pixels (width × height × 4 bytes) as a palette PNG without alpha. */
export function encodePng(rgba: Buffer, width: number, height: number): Promise<Buffer> {
	return sharp(rgba, { raw: { width, height, channels: 4 } })
		.removeAlpha()
		.png(PNG_OPTIONS)
		.toBuffer();
}
