import { describe, expect, it } from 'vitest';
import { shortcutFor, type KeyPress } from './shortcuts.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
	key,
	defaultPrevented: false,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	target: null,
	...more
});

describe('map screen shortcuts', () => {
	it('M starts measuring, Escape stops it, each only when it would change something', () => {
		expect(shortcutFor(press('m'), false)).toBe('start-measure');
		expect(shortcutFor(press('M'), false)).toBe('start-measure');
		expect(shortcutFor(press('m'), true)).toBeNull();
		expect(shortcutFor(press('Escape'), true)).toBe('stop-measure');
		expect(shortcutFor(press('Escape'), false)).toBeNull();
	});

	it('leaves a key with a modifier, or one something else has handled', () => {
		expect(shortcutFor(press('m', { ctrlKey: true }), false)).toBeNull();
		expect(shortcutFor(press('m', { metaKey: true }), false)).toBeNull();
		expect(shortcutFor(press('m', { altKey: true }), false)).toBeNull();
		expect(shortcutFor(press('Escape', { defaultPrevented: true }), true)).toBeNull();
	});
});
