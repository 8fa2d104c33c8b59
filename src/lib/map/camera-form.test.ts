import { describe, expect, it } from 'vitest';
import { cameraKey, canonicalCamera, canonicalPoint } from './camera-form.ts';

describe('the camera’s canonical form', () => {
	it('gives two cameras the same key exactly when they round to the same link', () => {
		const a = { zoom: 7.004, lat: 44.000001, lng: 146.000004, bearing: 0, pitch: 0 };
		const b = { zoom: 7, lat: 44, lng: 146, bearing: -0, pitch: 0 };
		expect(cameraKey(a)).toBe(cameraKey(b));
		expect(cameraKey({ ...b, zoom: 7.01 })).not.toBe(cameraKey(b));
		expect(cameraKey({ ...b, bearing: 180 })).toBe(cameraKey({ ...b, bearing: -180 }));
		expect(cameraKey(null)).toBe('');
	});

	it('wraps longitude and clamps latitude for cameras and points alike', () => {
		expect(canonicalCamera({ zoom: 30, lat: 89, lng: 190, bearing: 0, pitch: 90 })).toEqual({
			zoom: 22,
			lat: 85.05112,
			lng: -170,
			bearing: 0,
			pitch: 85
		});
		expect(canonicalPoint(190.123456, -89)).toEqual([-169.87654, -85.05112]);
		expect(canonicalPoint(Number.NaN, 0)).toBeNull();
		expect(canonicalPoint('146', 44)).toBeNull();
	});
});
