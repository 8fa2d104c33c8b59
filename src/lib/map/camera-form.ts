// The camera as a value: what a view's camera is, and its one canonical form (rounded, wrapped,
// clamped), so that two cameras that print to the same link compare equal. The map compares
// cameras with it and the URL codec (src/lib/url/state.ts) writes and reads links with it; it
// lives here so the map needs nothing from the URL layer.

export interface Camera {
	zoom: number;
	lat: number;
	lng: number;
	bearing: number;
	pitch: number;
}

/** Web Mercator's latitude limit, atan(sinh(π)) in degrees; MapLibre clamps to the same. */
export const MAX_LATITUDE = 85.0511287798066;
// The limit itself rounds up to 85.05113, outside the projection; canonical latitudes stop at the
// last 5-decimal value inside it so a serialized camera always parses back.
const MAX_CANONICAL_LATITUDE = 85.05112;

export const CAMERA_LIMITS = {
	zoom: [0, 22],
	lat: [-MAX_LATITUDE, MAX_LATITUDE],
	lng: [-180, 180],
	bearing: [-180, 180],
	pitch: [0, 85]
} as const satisfies Record<keyof Camera, readonly [number, number]>;

/** Decimals kept for a camera: about 1 m of position, finer than anyone can see or share. */
export const CAMERA_PRECISION = {
	zoom: 2,
	lat: 5,
	lng: 5,
	bearing: 1,
	pitch: 1
} as const satisfies Record<keyof Camera, number>;

/** Decimals kept for a point on the map (a measure's end), as for the camera's centre: about 1 m. */
export const POINT_PRECISION = CAMERA_PRECISION.lat;

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

// toFixed and the URL's serializer share one rounding, so a rounded value prints back to itself;
// `+ 0` turns -0 into 0 so "-0" never reaches a link and deep equality holds.
function round(value: number, decimals: number): number {
	return Number(value.toFixed(decimals)) + 0;
}

// Into (-180, 180]: ±180 are one meridian (one heading), and a single spelling keeps links canonical.
function wrapAngle(value: number, decimals: number): number {
	const wrapped =
		value >= -180 && value <= 180 ? value : ((((value + 180) % 360) + 360) % 360) - 180;
	const rounded = round(wrapped, decimals);
	return rounded === -180 ? 180 : rounded;
}

function canonicalLatitude(lat: number, decimals: number): number {
	return clamp(round(lat, decimals), -MAX_CANONICAL_LATITUDE, MAX_CANONICAL_LATITUDE);
}

/**
 * The camera as a link carries it: rounded to CAMERA_PRECISION, longitude and bearing wrapped into
 * (-180, 180], zoom, latitude and pitch clamped to their limits. Lenient on purpose (a map panned
 * across the antimeridian reports longitudes past 180); null only for non-finite values.
 */
export function canonicalCamera(camera: Camera | null | undefined): Camera | null {
	if (typeof camera !== 'object' || camera === null) return null;
	const { zoom, lat, lng, bearing, pitch } = camera;
	if (![zoom, lat, lng, bearing, pitch].every((v) => typeof v === 'number' && Number.isFinite(v)))
		return null;
	return {
		zoom: round(clamp(zoom, ...CAMERA_LIMITS.zoom), CAMERA_PRECISION.zoom),
		lat: canonicalLatitude(lat, CAMERA_PRECISION.lat),
		lng: wrapAngle(lng, CAMERA_PRECISION.lng),
		bearing: wrapAngle(bearing, CAMERA_PRECISION.bearing),
		pitch: round(clamp(pitch, ...CAMERA_LIMITS.pitch), CAMERA_PRECISION.pitch)
	};
}

/**
 * A point as a link carries it: rounded to POINT_PRECISION, longitude wrapped into (-180, 180] and
 * latitude clamped as the camera's; null unless both are finite numbers.
 */
export function canonicalPoint(lng: unknown, lat: unknown): [number, number] | null {
	if (typeof lng !== 'number' || typeof lat !== 'number') return null;
	if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
	return [wrapAngle(lng, POINT_PRECISION), canonicalLatitude(lat, POINT_PRECISION)];
}

/**
 * One string per canonical camera: two cameras have the same key exactly when they would give the
 * same link. '' for none.
 */
export function cameraKey(camera: Camera | null | undefined): string {
	const c = canonicalCamera(camera);
	return c ? `${c.zoom}/${c.lat}/${c.lng}/${c.bearing}/${c.pitch}` : '';
}
