// `npm run audit:deps` (run by .ci/run): `npm audit --omit=dev --audit-level=high` over what the
// site ships (maplibre-gl, svelte, @sveltejs/kit and their dependencies), with one distinction npm
// does not make in its exit code: a high or critical advisory fails, but a registry that cannot
// answer (offline, a mirror without the audit endpoint) only warns, so CI on a closed network still
// runs the tests. Anything else npm reports (no lockfile, a crash) fails too.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export type AuditOutcome =
	| { status: 'clean'; summary: string }
	| { status: 'vulnerable'; summary: string; findings: string[] }
	| { status: 'unreachable'; summary: string }
	| { status: 'error'; summary: string };

const FAILING = ['high', 'critical'] as const;

type Report = {
	auditReportVersion?: number;
	vulnerabilities?: Record<
		string,
		{ name?: string; severity?: string; range?: string; via?: unknown[]; fixAvailable?: unknown }
	>;
	metadata?: { vulnerabilities?: Record<string, number> };
	// npm's shape when the audit request itself failed (lib/utils/audit-error.js in npm 11):
	message?: string;
	statusCode?: number;
	// npm's shape for its own errors (ENOLOCK and the like):
	error?: { code?: string; summary?: string; detail?: string };
};

function describe(name: string, v: NonNullable<Report['vulnerabilities']>[string]): string {
	const advisories = (v.via ?? [])
		.filter((x): x is { title?: string; url?: string } => typeof x === 'object' && x !== null)
		.map((x) => `${x.title ?? 'advisory'}${x.url ? ` (${x.url})` : ''}`);
	const via = advisories.length
		? advisories.join('; ')
		: `through ${(v.via ?? []).filter((x) => typeof x === 'string').join(', ')}`;
	const fix = v.fixAvailable ? 'fix available' : 'no fix yet';
	return `${v.severity} ${v.name ?? name} ${v.range ?? ''}: ${via}; ${fix}`.replace(/\s+:/, ':');
}

/** What `npm audit --json` said, from its exit code and standard output. Pure, for the tests. */
export function classifyAudit(exitCode: number | null, stdout: string): AuditOutcome {
	let report: Report;
	try {
		report = JSON.parse(stdout) as Report;
	} catch {
		return {
			status: 'error',
			summary: `npm audit printed no report (exit ${exitCode}): ${stdout.trim().slice(0, 200) || 'no output'}`
		};
	}
	const counts = report.metadata?.vulnerabilities;
	if (report.auditReportVersion !== undefined && counts) {
		const total = Object.entries(counts)
			.filter(([k]) => k !== 'total')
			.map(([k, n]) => `${n} ${k}`)
			.join(', ');
		const findings = Object.entries(report.vulnerabilities ?? {})
			.filter(([, v]) => (FAILING as readonly string[]).includes(v.severity ?? ''))
			.map(([name, v]) => describe(name, v));
		const failing = FAILING.reduce((n, s) => n + (counts[s] ?? 0), 0);
		if (failing > 0 || findings.length > 0)
			return { status: 'vulnerable', summary: `dependencies shipped: ${total}`, findings };
		return { status: 'clean', summary: `no high or critical advisories (${total})` };
	}
	if (typeof report.message === 'string')
		return {
			status: 'unreachable',
			summary: `the registry did not answer the audit request: ${report.message}`
		};
	const e = report.error;
	return {
		status: 'error',
		summary: `npm audit failed${e?.code ? ` (${e.code})` : ''}: ${e?.summary || e?.detail || stdout.trim().slice(0, 200)}`
	};
}

function main(): number {
	const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
		encoding: 'utf8',
		timeout: 120_000,
		maxBuffer: 64 * 1024 * 1024
	});
	const outcome: AuditOutcome = run.error
		? run.error.message.includes('ETIMEDOUT')
			? { status: 'unreachable', summary: 'npm audit timed out after 120 s' }
			: { status: 'error', summary: `could not run npm audit: ${run.error.message}` }
		: classifyAudit(run.status, run.stdout);
	switch (outcome.status) {
		case 'clean':
			console.log(`audit: ${outcome.summary}`);
			return 0;
		case 'unreachable':
			console.warn(`audit: WARNING, not checked: ${outcome.summary}`);
			return 0;
		case 'vulnerable':
			console.error(
				`audit: high or critical advisories in shipped dependencies (${outcome.summary}):`
			);
			for (const f of outcome.findings) console.error(`  - ${f}`);
			console.error(
				'audit: `npm audit --omit=dev` shows the full report; `npm audit fix` may help.'
			);
			return 1;
		case 'error':
			console.error(`audit: ${outcome.summary}`);
			return 1;
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exit(main());
