// Client hooks. Kit's default handleError logs every error to the console, the 404 of a reader who
// followed a bad link included ("Not found: /the/path"); that is not a fault of the app, and the
// e2e journeys treat any console error as one.
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status }) => {
	if (status !== 404) console.error(error);
};
