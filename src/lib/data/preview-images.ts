// Where each view's link-preview image lives: scripts/og writes it there and ShareMeta links to it,
// both through these two functions, so a card and the tag that points at it cannot drift apart.
// Each language has its own images, drawn with its own text; English keeps the unprefixed paths
// and the others sit under their code, as the pages do (og/ja/islands/iturup.png).
import type { Locale } from '#lib/i18n/locale.ts';
import type { IslandId } from './types.ts';

/**
 * The views that have an image; the router's View (src/lib/routing/view.ts) fits it (about, the
 * article index and the try page share the default).
 */
export type PreviewSubject =
	| { kind: 'home' }
	| { kind: 'about' }
	| { kind: 'articles'; island: IslandId | null }
	| { kind: 'try' }
	| { kind: 'island'; id: IslandId }
	| { kind: 'article'; slug: string }
	| { kind: 'passage'; slug: string; n: number };

/** The folder under static/ (so under the site root) that holds the images. */
export const PREVIEW_IMAGE_DIR = 'og';

/** The image's path inside PREVIEW_IMAGE_DIR, e.g. 'islands/iturup.png', 'ru/islands/iturup.png'. */
export function previewImageFile(view: PreviewSubject, locale: Locale): string {
	const file = subjectFile(view);
	return locale === 'en' ? file : `${locale}/${file}`;
}

function subjectFile(view: PreviewSubject): string {
	switch (view.kind) {
		case 'home':
		case 'about':
		case 'articles':
		case 'try':
			return 'default.png';
		case 'island':
			return `islands/${view.id}.png`;
		case 'article':
			return `articles/${view.slug}.png`;
		case 'passage':
			return `articles/${view.slug}/passages/${view.n}.png`;
	}
}

/** The image's path from the site root, without the base path: 'og/ja/islands/iturup.png'. */
export function previewImagePath(view: PreviewSubject, locale: Locale): string {
	return `${PREVIEW_IMAGE_DIR}/${previewImageFile(view, locale)}`;
}
