// The short article the try page is tried with, by the unit tests (draft.test.ts) and the browser
// journeys (tests/e2e/articles.ts): Shikotan by name, and the four islands by a collective term.
export const TRY_TEXT = [
	'Fishing boats return to Shikotan',
	'',
	'TOKYO -- Fishing crews said on Monday that the season off Shikotan had been the best in years.',
	'',
	'Japan and Russia have not signed a peace treaty because of the dispute over the four islands.',
	'',
	'The weather in Tokyo was mild.'
].join('\n');
