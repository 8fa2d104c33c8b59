// The performance budgets `npm run bench -- --check` holds the app to. Timing budgets are ratios to
// the bare MapLibre page measured in the same run (bench/bare), never absolute milliseconds: on
// shared 2-core machines with software WebGL the absolute numbers move by a factor of two or more
// with the load, the ratio much less.
import type { Hit } from './server.ts';
import type { Load, Target } from './loads.ts';
import { kb, median, table } from './stats.ts';

export interface Budget {
	metric: string;
	measured: string;
	budget: string;
	baseline: string;
	pass: boolean;
	/** Anything the reader needs to act on a failure: which files, which elements. */
	detail?: string;
}

export type Results = Map<Target, Load[]>;

const isJs = (h: Hit) => /javascript/.test(h.type);
const isGeodata = (h: Hit) =>
	/geo\+json/.test(h.type) || /\.(geojson|topojson|pbf)$/.test(h.path) || h.path.includes('/geo/');
const sum = (hits: Hit[], keep: (h: Hit) => boolean) =>
	hits.filter(keep).reduce((s, h) => s + h.sent, 0);

/**
 * Files fetched more than once in one load: the same path requested twice (a 304 revalidation
 * still costs a round trip), or the same bytes downloaded under two paths.
 */
export function duplicates(hits: Hit[]): string[] {
	const out: string[] = [];
	const byPath = new Map<string, Hit[]>();
	for (const h of hits)
		if (h.status !== 404) byPath.set(h.path, [...(byPath.get(h.path) ?? []), h]);
	for (const [path, list] of byPath)
		if (list.length > 1)
			out.push(`${path} ×${list.length} (${list.map((h) => h.status).join(', ')})`);
	const byHash = new Map<string, Set<string>>();
	for (const h of hits)
		if (h.status === 200) byHash.set(h.hash, (byHash.get(h.hash) ?? new Set()).add(h.path));
	for (const paths of byHash.values())
		if (paths.size > 1) out.push(`same bytes: ${[...paths].join(' = ')}`);
	return out;
}

export function evaluate(results: Results, targets: Target[]): Budget[] {
	const find = (key: string) => {
		const t = targets.find((x) => x.key === key);
		const loads = t && results.get(t);
		if (!t || !loads?.length) throw new Error(`bench: no loads for ${key}`);
		return loads;
	};
	const bare = find('bare');
	const home = find('home');
	const phone = find('home-phone');
	const net = find('home-net');
	const baseIdle = median(bare.map((l) => l.idle));
	const ms = (n: number) => `${Math.round(n)} ms`;
	const out: Budget[] = [];

	const islands = median(home.map((l) => l.islands));
	const sources = [...new Set(home.map((l) => l.islandsSource))].join(', ');
	out.push({
		metric: `islands on screen, / at 1280×800 (${sources})`,
		measured: `${ms(islands)} = ${(islands / baseIdle).toFixed(2)}×`,
		budget: `≤ 0.50× = ${ms(0.5 * baseIdle)}`,
		baseline: `${ms(baseIdle)} (map idle)`,
		pass: islands <= 0.5 * baseIdle
	});

	/** A time held to `limit` times the baseline's, as both measured it in this run. */
	const ratio = (metric: string, value: number, base: number, limit: number): Budget => ({
		metric,
		measured: `${ms(value)} = ${(value / base).toFixed(2)}×`,
		budget: `≤ ${limit.toFixed(2)}× = ${ms(limit * base)}`,
		baseline: ms(base),
		pass: value <= limit * base
	});

	out.push(
		ratio("map's first idle, / at 1280×800", median(home.map((l) => l.idle)), baseIdle, 1.3)
	);

	// Counted, not timed: the number of frames does not move with the machine's load.
	const frames = median(home.map((l) => l.frames));
	const baseFrames = median(bare.map((l) => l.frames));
	out.push({
		metric: 'frames MapLibre drew to its first idle, / at 1280×800',
		measured: String(frames),
		budget: `≤ baseline + 1 = ${baseFrames + 1}`,
		baseline: String(baseFrames),
		pass: frames <= baseFrames + 1
	});

	// Long tasks (beyond 50 ms each) between first contentful paint and the map's first idle; and
	// the same at 4× CPU, a phone's (Lighthouse's mobile rate), each against the baseline at 4×.
	const blocking = (loads: Load[]) => median(loads.map((l) => l.blocking));
	out.push(
		ratio('blocking time FCP → map idle, / at 1280×800', blocking(home), blocking(bare), 1.5),
		ratio(
			'blocking time FCP → map idle, / at 1280×800, 4× CPU',
			blocking(find('home-cpu4')),
			blocking(find('bare-cpu4')),
			1.5
		)
	);

	const js = median(home.map((l) => sum(l.hits, isJs)));
	const bareJs = median(bare.map((l) => sum(l.hits, isJs)));
	out.push({
		metric: 'JS loaded by / beyond the baseline (gzip, network log)',
		measured: `${kb(js - bareJs)} (${kb(js)} in all)`,
		budget: '≤ 60.0 KB',
		baseline: `${kb(bareJs)} in all`,
		pass: js - bareJs <= 60 * 1024
	});

	const appLoads = targets.filter((t) => !t.baseline).flatMap((t) => results.get(t) ?? []);
	const dupes = new Map<string, number>();
	for (const l of appLoads)
		for (const d of duplicates(l.hits)) dupes.set(d, (dupes.get(d) ?? 0) + 1);
	out.push({
		metric: 'files fetched twice in one load (all app pages)',
		measured: String(dupes.size),
		budget: '0',
		baseline: String(new Set(bare.flatMap((l) => duplicates(l.hits))).size),
		pass: dupes.size === 0,
		detail: [...dupes].map(([d, n]) => `${d} (in ${n} of ${appLoads.length} loads)`).join('; ')
	});

	for (const [name, loads] of [
		['390×844, slow 4G', phone],
		['1280×800, fast 4G', net]
	] as const) {
		const cls = median(loads.map((l) => l.cls));
		const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
		const top = [...worst.shifts].sort((a, b) => b.value - a.value).slice(0, 3);
		out.push({
			metric: `CLS, / at ${name}, load to map idle`,
			measured: `${cls.toFixed(3)} (max ${worst.cls.toFixed(3)})`,
			budget: '≤ 0.020',
			baseline: median(bare.map((l) => l.cls)).toFixed(3),
			pass: cls <= 0.02,
			detail: top.length
				? `largest shifts at ${name}: ` +
					top
						.map((s) => `${s.value.toFixed(3)} at ${Math.round(s.t)} ms [${s.sources.join(', ')}]`)
						.join('; ')
				: undefined
		});
	}

	const geo = Math.max(
		median(home.map((l) => sum(l.hits, isGeodata))),
		median(phone.map((l) => sum(l.hits, isGeodata)))
	);
	const geoFiles = [...new Set(home.flatMap((l) => l.hits.filter(isGeodata).map((h) => h.path)))];
	out.push({
		metric: 'first-view geodata, / (gzip, larger of the two viewports)',
		measured: kb(geo),
		budget: '≤ 120.0 KB',
		baseline: kb(median(bare.map((l) => sum(l.hits, isGeodata)))),
		pass: geo <= 120 * 1024,
		detail: `geodata fetched by /: ${geoFiles.join(', ')}`
	});
	return out;
}

export function budgetTable(budgets: Budget[]): string {
	return table(
		['metric', 'measured (median)', 'budget', 'baseline', 'result'],
		budgets.map((b) => [b.metric, b.measured, b.budget, b.baseline, b.pass ? 'pass' : 'FAIL'])
	);
}

export { isGeodata, isJs, sum };
