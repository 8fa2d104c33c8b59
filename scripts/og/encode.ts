// The cards' file format: a 4-bit palette PNG. A card is flat colours (sea, land, islands, the
// panel) and anti-aliased text and coastlines, so 16 colours chosen for the card by
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
 * Measured on the 100-article archive: 256 colours at most gave 29.1 KB a card (median of 1,461;
 * resvg's full-colour PNG was 111.9 KB) in 35–59 colours, 48.6 dB PSNR against the full-colour
 * pixels (median of 30 cards). Sixteen colours (a 4-bit PNG) cut the one-article build's 30 cards
 * from 28.7 KB to 22.1 KB on average at 41.8 dB against the 256-colour card: text edges keep enough
 * grey levels that no one tells them apart at preview size or at 3× zoom, and an archive's cards
 * are a third of its build. On a sample of 59 cards, quality 100 kept 256 colours for 39.7 KB;
 * dithering only sprinkled the flat sea with dots, and with effort 3 more than doubled the bytes;
 * effort 3 is within 1.3 % of effort 7's bytes in two thirds of its time; zlib level 9 is 8 %
 * smaller than 6.
 */
export const PNG_OPTIONS = {
	palette: true,
	colours: 16,
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
