// Text only the interactive map shows, which loads after the page's first paint
// (src/lib/map/MapView.svelte): MapLibre's own controls and the measure tool's ends, in the page's
// language (messages/{en,ja,ru}.json; each getter reads the language when it is rendered). Apart
// from map.ts so that it comes with the interactive map: a module's strings travel with every page
// that imports any of them.

import { m } from '#lib/paraglide/messages.js';
import { intlLocale } from '#lib/i18n/locale.ts';

/** A unit's short name as Intl writes it in the page's language ("km", "км"). */
function unitName(unit: 'kilometer' | 'meter'): string {
	const parts = new Intl.NumberFormat(intlLocale(), {
		style: 'unit',
		unit,
		unitDisplay: 'short'
	}).formatToParts(1);
	return parts.find((p) => p.type === 'unit')?.value ?? (unit === 'kilometer' ? 'km' : 'm');
}

export const MAP_CONTROL_STRINGS = {
	/** What a measure tool's end on the interactive map is, for assistive technology. */
	get measurePoint() {
		return m.map_measure_point();
	},
	/**
	 * MapLibre's own controls' text (its `locale` option): the zoom buttons, the attribution's
	 * toggle, the logo's name, the canvas's name and the scale bar's units.
	 */
	mapLibreLocale: (): Record<string, string> => ({
		'NavigationControl.ZoomIn': m.map_ctrl_zoom_in(),
		'NavigationControl.ZoomOut': m.map_ctrl_zoom_out(),
		'NavigationControl.ResetBearing': m.map_ctrl_reset_bearing(),
		'AttributionControl.ToggleAttribution': m.map_ctrl_toggle_attribution(),
		'AttributionControl.MapFeedback': m.map_ctrl_map_feedback(),
		'LogoControl.Title': m.map_ctrl_logo(),
		'Map.Title': m.map_canvas_label(),
		'ScaleControl.Kilometers': unitName('kilometer'),
		'ScaleControl.Meters': unitName('meter')
	})
};
