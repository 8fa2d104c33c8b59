// Where each view's link-preview image lives: scripts/og writes it there and ShareMeta links to it,
// both through these two functions, so a card and the tag that points at it cannot drift apart.
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

/** The image's path inside PREVIEW_IMAGE_DIR, e.g. 'islands/iturup.png'. */
export function previewImageFile(view: PreviewSubject): string {
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

/** The image's path from the site root, without the base path: 'og/islands/iturup.png'. */
export function previewImagePath(view: PreviewSubject): string {
	return `${PREVIEW_IMAGE_DIR}/${previewImageFile(view)}`;
}
