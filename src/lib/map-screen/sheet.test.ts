import { describe, expect, it } from 'vitest';
import { sheetAfterDrag, sheetForKey, tapped } from './sheet.ts';

describe('the sheet’s handle', () => {
	it('grows with Up (and Left on a side sheet, Right on a bottom sheet) and shrinks back', () => {
		expect(sheetForKey('half', 'ArrowUp', 'y')).toBe('full');
		expect(sheetForKey('half', 'ArrowRight', 'y')).toBe('full');
		expect(sheetForKey('half', 'ArrowLeft', 'x')).toBe('full');
		expect(sheetForKey('half', 'ArrowRight', 'x')).toBe('peek');
		expect(sheetForKey('peek', 'PageDown', 'y')).toBe('peek');
		expect(sheetForKey('full', 'PageUp', 'y')).toBe('full');
	});

	it('goes to the ends with Home and End, steps with Enter and Space, leaves other keys', () => {
		expect(sheetForKey('half', 'Home', 'y')).toBe('peek');
		expect(sheetForKey('peek', 'End', 'x')).toBe('full');
		expect(sheetForKey('half', 'Enter', 'y')).toBe('full');
		expect(sheetForKey('full', ' ', 'y')).toBe('peek');
		expect(sheetForKey('half', 'Tab', 'y')).toBeNull();
		expect(tapped('peek')).toBe('half');
	});

	it('lands a slow drag on the nearest size and a flick one size on', () => {
		expect(sheetAfterDrag('half', 0.2, 0)).toBe('peek');
		expect(sheetAfterDrag('peek', 0.5, 0.1)).toBe('half');
		expect(sheetAfterDrag('half', 0.8, 0)).toBe('full');
		expect(sheetAfterDrag('half', 0.5, 1.2)).toBe('full');
		expect(sheetAfterDrag('half', 0.5, -1.2)).toBe('peek');
		expect(sheetAfterDrag('peek', 0.5, -1.2)).toBe('peek');
	});
});
