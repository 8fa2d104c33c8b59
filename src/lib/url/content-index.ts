// Which article slugs and passage numbers exist, for the URL codec: an unknown slug opens the home
// view and an unknown passage number its article, instead of an error page.
// TODO(issue 4): filled from the content loader once articles exist.

export function articleExists(_slug: string): boolean {
	return false;
}

export function passageCount(_slug: string): number {
	return 0;
}
