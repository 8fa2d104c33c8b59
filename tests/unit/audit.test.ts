// `npm run audit:deps` tells a vulnerable dependency (fail) from a registry that cannot answer
// (warn). The shapes below are what npm 11 prints with --json: the first from a report, the
// others as seen on this project's machines (a mirror without the audit endpoint, no network).
import { describe, expect, it } from 'vitest';
import { classifyAudit } from '../../scripts/audit.ts';

const report = (counts: Record<string, number>, vulnerabilities: object = {}) =>
	JSON.stringify({
		auditReportVersion: 2,
		vulnerabilities,
		metadata: {
			vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: 0 },
			dependencies: { prod: 40, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 40 }
		}
	});

describe('classifyAudit', () => {
	it('passes a clean report, and one with only low or moderate advisories', () => {
		expect(classifyAudit(0, report({})).status).toBe('clean');
		expect(classifyAudit(0, report({ low: 2, moderate: 1 }))).toMatchObject({
			status: 'clean',
			summary: expect.stringMatching(/2 low, 1 moderate/)
		});
	});

	it('fails on a high or critical advisory and names the package and advisory', () => {
		const outcome = classifyAudit(
			1,
			report(
				{ high: 1 },
				{
					devalue: {
						name: 'devalue',
						severity: 'high',
						range: '<5.3.2',
						via: [
							{
								title: 'Prototype pollution in devalue',
								url: 'https://github.com/advisories/GHSA-xxxx-xxxx-xxxx',
								severity: 'high'
							}
						],
						fixAvailable: true
					},
					'@sveltejs/kit': {
						name: '@sveltejs/kit',
						severity: 'high',
						range: '2.0.0 - 2.70.3',
						via: ['devalue'],
						fixAvailable: false
					}
				}
			)
		);
		expect(outcome.status).toBe('vulnerable');
		if (outcome.status === 'vulnerable') {
			expect(outcome.findings).toHaveLength(2);
			expect(outcome.findings[0]).toMatch(
				/high devalue <5\.3\.2: Prototype pollution.*GHSA-.*fix available/
			);
			expect(outcome.findings[1]).toMatch(/@sveltejs\/kit .*through devalue; no fix yet/);
		}
		expect(classifyAudit(1, report({ critical: 1 })).status).toBe('vulnerable');
	});

	it('only warns when the registry cannot answer', () => {
		const mirror = JSON.stringify({
			message:
				'405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			method: 'POST',
			uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
			statusCode: 405,
			body: '',
			error: { summary: '', detail: '' }
		});
		const offline = JSON.stringify({
			message:
				'request to http://registry.invalid/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.invalid',
			error: { summary: '', detail: '' }
		});
		expect(classifyAudit(1, mirror)).toMatchObject({
			status: 'unreachable',
			summary: expect.stringContaining('405')
		});
		expect(classifyAudit(1, offline)).toMatchObject({
			status: 'unreachable',
			summary: expect.stringContaining('ENOTFOUND')
		});
	});

	it("fails on npm's own errors and on output that is no report", () => {
		const noLock = JSON.stringify({
			error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: '' }
		});
		expect(classifyAudit(1, noLock)).toMatchObject({
			status: 'error',
			summary: expect.stringContaining('ENOLOCK')
		});
		expect(classifyAudit(1, '').status).toBe('error');
		expect(classifyAudit(null, 'npm ERR! something').status).toBe('error');
	});
});
