import { error, json } from '@sveltejs/kit';
import type { ViewpointPiece } from '#lib/content/published.ts';
import { localisePositions } from '#lib/data/prose.ts';
import { VIEWPOINTS, isViewpoint } from '#lib/data/types.ts';
import { localisedSources } from '#lib/server/cited.ts';
import { translator } from '#lib/server/translate.ts';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => VIEWPOINTS.map((viewpoint) => ({ viewpoint }));

/**
 * One viewpoint's position (a side's case runs argument by argument to several KB) with the labels
 * of all three for the switch, in the page's language (/ja/data/viewpoints/ja.json): a page carries
 * the viewpoint it shows and fetches a side's case when the reader picks it.
 */
export const GET: RequestHandler = ({ params }) => {
	const viewpoint = params.viewpoint;
	if (!isViewpoint(viewpoint)) error(404, `No viewpoint ${viewpoint}`);
	const positions = localisePositions(translator('positions'));
	const piece: ViewpointPiece = {
		viewpoint,
		labels: Object.fromEntries(VIEWPOINTS.map((v) => [v, positions[v].label])) as Record<
			typeof viewpoint,
			string
		>,
		position: positions[viewpoint],
		sources: localisedSources(positions[viewpoint])
	};
	return json(piece);
};
