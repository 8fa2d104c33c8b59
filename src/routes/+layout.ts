import { browser } from '$app/environment';
import { getLocale } from '#lib/i18n/locale.ts';
import { loadMessages } from '#lib/i18n/messages.ts';
import type { LayoutLoad } from './$types';

export const prerender = true;

// A page in another language than the base hydrates with its own messages, which come as one chunk
// of their own (src/lib/i18n/messages.ts); the prerendered HTML already shows them.
export const load: LayoutLoad = async () => {
	if (browser) await loadMessages(getLocale());
};
