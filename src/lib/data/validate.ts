// Consistency checks for the typed fact data (sources.ts, island-facts.ts, timeline.ts). Each problem
// is one message naming the file, the path inside the exported constant, and what is wrong, so a bad
// edit fails the tests (and any build step that calls assertFactsValid) rather than reaching a reader.
import { ISLAND_FACTS } from './island-facts.ts';
import type { Disputed, Figure, IslandFacts } from './island-facts.ts';
import { SOURCES } from './sources.ts';
import { TIMELINE } from './timeline.ts';
import type { TimelineEvent } from './timeline.ts';
import { ISLAND_IDS } from './types.ts';
import type { Source } from './types.ts';

type Sources = Readonly<Record<string, Source>>;

const ISLAND_FILE = 'island-facts.ts';
const TIMELINE_FILE = 'timeline.ts';
const SOURCES_FILE = 'sources.ts';

/** yyyy, yyyy-mm or yyyy-mm-dd, with a month and day that exist. */
export function isIsoLikeDate(value: string): boolean {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!match) return false;
	const [, year, month, day] = match;
	if (month === undefined) return true;
	const m = Number(month);
	if (m < 1 || m > 12) return false;
	if (day === undefined) return true;
	const d = Number(day);
	const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
	return d >= 1 && d <= daysInMonth;
}

function isNonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim() !== '';
}

function checkSourceIds(
	ids: readonly string[] | undefined,
	path: string,
	file: string,
	sources: Sources,
	problems: string[]
): void {
	if (!Array.isArray(ids) || ids.length === 0) {
		problems.push(`${file}: ${path}: needs at least one source id`);
		return;
	}
	ids.forEach((id, i) => {
		if (!Object.hasOwn(sources, id)) {
			problems.push(`${file}: ${path}[${i}]: unknown source id "${id}" (not in SOURCES)`);
		}
	});
}

/** Checks every source: key matches id, http(s) address that parses, non-empty title, publisher, lang. */
export function validateSources(sources: Sources): string[] {
	const problems: string[] = [];
	for (const [key, source] of Object.entries(sources)) {
		const path = `SOURCES.${key}`;
		if (source.id !== key) {
			problems.push(`${SOURCES_FILE}: ${path}.id: is "${source.id}", expected "${key}"`);
		}
		for (const field of ['title', 'publisher', 'lang'] as const) {
			if (!isNonEmptyString(source[field])) {
				problems.push(`${SOURCES_FILE}: ${path}.${field}: is empty`);
			}
		}
		if (isNonEmptyString(source.lang) && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(source.lang)) {
			problems.push(`${SOURCES_FILE}: ${path}.lang: "${source.lang}" is not a BCP 47 tag`);
		}
		let url: URL | undefined;
		try {
			url = new URL(source.url);
		} catch {
			problems.push(`${SOURCES_FILE}: ${path}.url: "${source.url}" does not parse as a URL`);
		}
		if (url && url.protocol !== 'http:' && url.protocol !== 'https:') {
			problems.push(`${SOURCES_FILE}: ${path}.url: protocol "${url.protocol}" is not http(s)`);
		}
	}
	return problems;
}

function checkFigure(
	figure: Figure,
	path: string,
	unit: Figure['unit'],
	sources: Sources,
	problems: string[]
): void {
	const minimum = unit === 'people' ? 'zero or more' : 'positive';
	const valueOk =
		typeof figure.value === 'number' &&
		Number.isFinite(figure.value) &&
		(unit === 'people' ? figure.value >= 0 : figure.value > 0);
	if (!valueOk) {
		problems.push(
			`${ISLAND_FILE}: ${path}.value: ${String(figure.value)} is not a finite ${minimum} number`
		);
	}
	if (figure.unit !== unit) {
		problems.push(`${ISLAND_FILE}: ${path}.unit: is "${figure.unit}", expected "${unit}"`);
	}
	if (!isNonEmptyString(figure.label)) {
		problems.push(`${ISLAND_FILE}: ${path}.label: is empty`);
	}
	if (figure.asOf !== undefined && !isIsoLikeDate(figure.asOf)) {
		problems.push(
			`${ISLAND_FILE}: ${path}.asOf: "${figure.asOf}" is not yyyy, yyyy-mm or yyyy-mm-dd`
		);
	}
	checkSourceIds(figure.sources, `${path}.sources`, ISLAND_FILE, sources, problems);
}

function checkDisputed<T extends Figure>(
	disputed: Disputed<T>,
	path: string,
	unit: Figure['unit'],
	sources: Sources,
	problems: string[],
	extra?: (figure: T, path: string) => void
): void {
	if (!Array.isArray(disputed.figures) || disputed.figures.length === 0) {
		problems.push(`${ISLAND_FILE}: ${path}.figures: needs at least one figure`);
		return;
	}
	disputed.figures.forEach((figure, i) => {
		const figurePath = `${path}.figures[${i}]`;
		checkFigure(figure, figurePath, unit, sources, problems);
		extra?.(figure, figurePath);
	});
	const values = new Set(disputed.figures.map((figure) => figure.value));
	const hasSentence = isNonEmptyString(disputed.disagreement);
	// Figures for different years (a population series) differ without disagreeing; figures for the
	// same year, or undated ones, that differ must be explained.
	const conflicting = disputed.figures.some((a, i) =>
		disputed.figures.some(
			(b, j) => j > i && a.value !== b.value && (a.asOf === b.asOf || !a.asOf || !b.asOf)
		)
	);
	if (conflicting && !hasSentence) {
		const list = [...values].join(', ');
		problems.push(
			`${ISLAND_FILE}: ${path}.disagreement: missing, but the figures differ (${list})`
		);
	}
	if (values.size <= 1 && disputed.disagreement !== undefined) {
		problems.push(
			`${ISLAND_FILE}: ${path}.disagreement: present, but all figures have the same value`
		);
	}
}

function sameSources(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

function checkIsland(key: string, facts: IslandFacts, sources: Sources, problems: string[]): void {
	const base = `ISLAND_FACTS.${key}`;
	if (facts.id !== key) {
		problems.push(`${ISLAND_FILE}: ${base}.id: is "${facts.id}", expected "${key}"`);
	}

	checkDisputed(facts.area, `${base}.area`, 'km2', sources, problems);
	checkFigure(facts.referenceArea, `${base}.referenceArea`, 'km2', sources, problems);
	const reference = facts.referenceArea;
	const matches = facts.area.figures.some(
		(figure) =>
			figure.value === reference.value &&
			figure.unit === reference.unit &&
			sameSources(figure.sources, reference.sources)
	);
	if (!matches) {
		problems.push(
			`${ISLAND_FILE}: ${base}.referenceArea: ${reference.value} km² [${reference.sources.join(', ')}] is not one of ${base}.area.figures`
		);
	}

	checkDisputed(
		facts.population.current,
		`${base}.population.current`,
		'people',
		sources,
		problems
	);
	checkDisputed(
		facts.population.japanese1945,
		`${base}.population.japanese1945`,
		'people',
		sources,
		problems
	);

	const admin = facts.russianAdministration;
	for (const field of ['oblast', 'district', 'districtNative'] as const) {
		if (!isNonEmptyString(admin[field])) {
			problems.push(`${ISLAND_FILE}: ${base}.russianAdministration.${field}: is empty`);
		}
	}
	checkSourceIds(
		admin.sources,
		`${base}.russianAdministration.sources`,
		ISLAND_FILE,
		sources,
		problems
	);

	const count = facts.japaneseCount;
	for (const field of ['prefecture', 'subprefecture'] as const) {
		if (!isNonEmptyString(count[field])) {
			problems.push(`${ISLAND_FILE}: ${base}.japaneseCount.${field}: is empty`);
		}
	}
	if (count.municipalities.length === 0) {
		problems.push(`${ISLAND_FILE}: ${base}.japaneseCount.municipalities: is empty`);
	}
	count.municipalities.forEach((municipality, i) => {
		if (!isNonEmptyString(municipality.name) || !isNonEmptyString(municipality.native)) {
			problems.push(
				`${ISLAND_FILE}: ${base}.japaneseCount.municipalities[${i}]: needs a name and a native name`
			);
		}
	});
	checkSourceIds(count.sources, `${base}.japaneseCount.sources`, ISLAND_FILE, sources, problems);

	checkDisputed(
		facts.distanceFromHokkaido,
		`${base}.distanceFromHokkaido`,
		'km',
		sources,
		problems,
		(figure, path) => {
			if (!isNonEmptyString(figure.from) || !isNonEmptyString(figure.to)) {
				problems.push(`${ISLAND_FILE}: ${path}: needs both "from" and "to"`);
			}
		}
	);
	checkDisputed(
		facts.highestPoint,
		`${base}.highestPoint`,
		'm',
		sources,
		problems,
		(figure, path) => {
			if (!isNonEmptyString(figure.peak)) {
				problems.push(`${ISLAND_FILE}: ${path}.peak: is empty`);
			}
		}
	);
	if (facts.length) {
		checkDisputed(facts.length, `${base}.length`, 'km', sources, problems);
	}
}

/** Checks island facts against a set of sources; exported so tests can feed it broken copies. */
export function validateIslandFacts(
	facts: Readonly<Record<string, IslandFacts>>,
	sources: Sources
): string[] {
	const problems: string[] = [];
	for (const id of ISLAND_IDS) {
		if (!Object.hasOwn(facts, id)) {
			problems.push(`${ISLAND_FILE}: ISLAND_FACTS.${id}: missing`);
		}
	}
	for (const [key, islandFacts] of Object.entries(facts)) {
		if (!(ISLAND_IDS as readonly string[]).includes(key)) {
			problems.push(`${ISLAND_FILE}: ISLAND_FACTS.${key}: not an island id`);
			continue;
		}
		checkIsland(key, islandFacts, sources, problems);
	}
	return problems;
}

/** Checks timeline events: ISO-like dates in ascending order, text present, known sources. */
export function validateTimeline(timeline: readonly TimelineEvent[], sources: Sources): string[] {
	const problems: string[] = [];
	let previous: string | undefined;
	timeline.forEach((event, i) => {
		const path = `TIMELINE[${i}]`;
		if (!isIsoLikeDate(event.date)) {
			problems.push(
				`${TIMELINE_FILE}: ${path}.date: "${event.date}" is not yyyy, yyyy-mm or yyyy-mm-dd`
			);
		} else {
			// A shorter date sorts before the longer dates it is a prefix of ('1945' < '1945-08').
			if (previous !== undefined && event.date < previous) {
				problems.push(
					`${TIMELINE_FILE}: ${path}.date: "${event.date}" comes before the previous event's "${previous}"`
				);
			}
			previous = event.date;
		}
		if (!isNonEmptyString(event.title)) problems.push(`${TIMELINE_FILE}: ${path}.title: is empty`);
		if (!isNonEmptyString(event.summary)) {
			problems.push(`${TIMELINE_FILE}: ${path}.summary: is empty`);
		}
		if (event.dateNote !== undefined && !isNonEmptyString(event.dateNote)) {
			problems.push(`${TIMELINE_FILE}: ${path}.dateNote: is empty`);
		}
		checkSourceIds(event.sources, `${path}.sources`, TIMELINE_FILE, sources, problems);
	});
	return problems;
}

/** Every problem in the project's fact data; an empty list means it is valid. */
export function validateFacts(): string[] {
	return [
		...validateSources(SOURCES),
		...validateIslandFacts(ISLAND_FACTS, SOURCES),
		...validateTimeline(TIMELINE, SOURCES)
	];
}

/** Throws one Error listing every problem found by validateFacts. */
export function assertFactsValid(): void {
	const problems = validateFacts();
	if (problems.length > 0) {
		throw new Error(
			`Fact data has ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`
		);
	}
}
