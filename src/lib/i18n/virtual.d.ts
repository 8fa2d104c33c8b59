// The virtual modules of scripts/i18n/split-messages.ts.
declare module 'virtual:kuril-messages' {
	const loaders: Partial<
		Record<string, () => Promise<{ default: readonly (((inputs: never) => string) | undefined)[] }>>
	>;
	export default loaders;
}
