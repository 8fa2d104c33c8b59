// The panel's sheet on phones: three sizes (peek, half, full), changed by its handle's keys, a tap
// or a drag. Pure decisions, so the gestures can be tested without a finger (sheet.test.ts); the
// handle itself is MapSheet.svelte.

import type { SheetState } from '#lib/strings/map.ts';

export const SHEET_STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** One size bigger, or full. */
export function nextUp(sheet: SheetState): SheetState {
	return SHEET_STATES[SHEET_STATES.indexOf(sheet) + 1] ?? 'full';
}

/** One size smaller, or peek. */
export function nextDown(sheet: SheetState): SheetState {
	return SHEET_STATES[SHEET_STATES.indexOf(sheet) - 1] ?? 'peek';
}

/** A tap (or Enter) on the handle: one size up, and from full back to peek. */
export function tapped(sheet: SheetState): SheetState {
	return sheet === 'full' ? 'peek' : nextUp(sheet);
}

/**
 * The size a key on the handle asks for, or null for a key the handle leaves alone. A side sheet
 * grows to the left, a bottom sheet upwards; Up always means bigger.
 */
export function sheetForKey(sheet: SheetState, key: string, axis: 'x' | 'y'): SheetState | null {
	const side = axis === 'x';
	if (['ArrowUp', 'PageUp', side ? 'ArrowLeft' : 'ArrowRight'].includes(key)) return nextUp(sheet);
	if (['ArrowDown', 'PageDown', side ? 'ArrowRight' : 'ArrowLeft'].includes(key))
		return nextDown(sheet);
	if (key === 'Home') return 'peek';
	if (key === 'End') return 'full';
	if (key === 'Enter' || key === ' ') return tapped(sheet);
	return null;
}

/**
 * Where a drag lets go: a flick (faster than 0.6 px/ms) moves one size in its direction; a slow
 * drag lands on the size nearest the fraction of the screen the sheet covers.
 */
export function sheetAfterDrag(sheet: SheetState, fraction: number, velocity: number): SheetState {
	if (Math.abs(velocity) > 0.6) return velocity > 0 ? nextUp(sheet) : nextDown(sheet);
	return fraction < 0.3 ? 'peek' : fraction < 0.68 ? 'half' : 'full';
}
