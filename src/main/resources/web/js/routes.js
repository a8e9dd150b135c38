// The page's route in the browser's address (Flet's page.route). The server moves it with a
// `route` property of the page (`page.go`), which becomes a new history entry; the browser moves
// it with back and forward (`popstate`), which the page reports as its `route` event (target 0),
// always, so the server's `page.route()` is current. Routes are relative to the app's base
// (<base href>), so an app behind a path prefix keeps it: "/settings" of an app at /routes/ is
// /routes/settings.

import { currentRoute } from './protocol.js';

/** The URL of `route` ("/settings?x=1") below the app's base. */
export function routeUrl(route, baseURI = document.baseURI) {
  return new URL(route.replace(/^\/+/, ''), baseURI).href;
}

/** Puts `route` in the address as a new history entry, unless the browser is there already. */
export function followRoute(route) {
  if (typeof route !== 'string' || !route.startsWith('/') || route === currentRoute()) return;
  history.pushState(null, '', routeUrl(route));
}

/** Calls `changed(route)` whenever back or forward changes the route. */
export function watchRoutes(changed) {
  window.addEventListener('popstate', () => changed(currentRoute()));
}
