// The map screen's keyboard shortcuts: `M` starts the measure tool, Escape leaves it. Pure, so the
// cases where a key must be left alone (typing, a search box holding the Escape, a modifier) are
// tested without a browser (shortcuts.test.ts).

/** What a key press asks of the map screen, if anything. */
export type Shortcut = 'start-measure' | 'stop-measure' | null;

/** The parts of a keyboard event the shortcuts read. */
export interface KeyPress {
	key: string;
	defaultPrevented: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	target: EventTarget | null;
}

/** Whether the key goes into a field being typed in, which `M` must not interrupt. */
function typing(target: EventTarget | null): boolean {
	if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function shortcutFor(e: KeyPress, measureOpen: boolean): Shortcut {
	if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return null;
	// A search box with something in it takes Escape first (closes its list, then clears it).
	const field =
		typeof HTMLInputElement !== 'undefined' && e.target instanceof HTMLInputElement
			? e.target
			: null;
	const searchHasIt = !!field && (field.value !== '' || field.ariaExpanded === 'true');
	if (e.key === 'Escape' && measureOpen && !searchHasIt) return 'stop-measure';
	if ((e.key === 'm' || e.key === 'M') && !measureOpen && !typing(e.target)) return 'start-measure';
	return null;
}
