// The client's message modules keep the base language only, and each other language is a table the
// page loads once (scripts/i18n/split-messages.ts). Read on a module as Paraglide 2 writes it.
import { describe, expect, it } from 'vitest';
import { baseOnly, localeFunction } from '../../scripts/i18n/split-messages.ts';

const MODULE = `/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

const en_site_nav_map = /** @type {(inputs: {}) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (\`Map\`)
};

const ja_site_nav_map = /** @type {(inputs: {}) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (\`地図\`)
};

const ru_site_nav_map = /** @type {(inputs: {}) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (\`Карта\`)
};

export const site_nav_map = ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "ja") return ja_site_nav_map(inputs)
	if (locale === "ru") return ru_site_nav_map(inputs)
	return en_site_nav_map(inputs)
});`;

describe('splitting the compiled messages by language', () => {
	it('finds one language’s function in a message module', () => {
		expect(localeFunction(MODULE, 'ja', 'site_nav_map')).toMatch(
			/^const ja_site_nav_map = [\s\S]*地図[\s\S]*\n\};$/
		);
		expect(localeFunction(MODULE, 'de', 'site_nav_map')).toBeNull();
	});

	it('keeps the base language inline and reads the others from the loaded table', () => {
		const out = baseOnly(MODULE, 'site_nav_map', 7, 'en', ['ja', 'ru']);
		expect(out).not.toBeNull();
		expect(out).toContain('`Map`');
		expect(out).not.toContain('地図');
		expect(out).not.toContain('Карта');
		expect(out).toContain('__loaded[locale]?.[7]');
		expect(out).toMatch(/^import \{ loaded as __loaded \} from '\/src\/lib\/i18n\/messages\.ts';/);
	});

	it('leaves a module it does not recognise as it is', () => {
		expect(
			baseOnly(MODULE.replace('if (locale === "ru")', 'if (x)'), 'site_nav_map', 0, 'en', [
				'ja',
				'ru'
			])
		).toBeNull();
		expect(baseOnly(MODULE, 'other_key', 0, 'en', ['ja', 'ru'])).toBeNull();
	});
});
