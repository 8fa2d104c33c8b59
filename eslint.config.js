// Flat config: typescript-eslint for .ts, eslint-plugin-svelte for components.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
	{
		ignores: [
			'build/',
			'src/lib/paraglide/',
			'.svelte-kit/',
			'node_modules/',
			'geodata/.cache/',
			'test-results/',
			'playwright-report/',
			'bench/.out/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser }
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Links are built with resolve() from $app/paths; the rule does not follow a variable.
			'svelte/no-navigation-without-resolve': 'off'
		}
	}
);
