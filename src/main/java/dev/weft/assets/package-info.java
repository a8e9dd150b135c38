/**
 * What an app serves besides its WebSocket, and how: the browser client read once from the class
 * path and served under a content-hashed prefix ({@link dev.weft.assets.ClientBundle}); the app's
 * own assets from a directory or the class path, looked up off the event loop and never outside
 * their root ({@link dev.weft.assets.AssetPath}, {@link dev.weft.assets.Assets}); the web app
 * files an app may replace — favicon, loading image, install icons, and a manifest made from its
 * {@link dev.weft.assets.AppIdentity}; the index page rendered for the app's base URL; caching
 * with ETags and 304s ({@link dev.weft.assets.FileResponse}); and the security headers on every
 * response ({@link dev.weft.assets.SecurityHeaders}). {@code dev.weft.server.ClientFiles} puts
 * these together for one app.
 */
package dev.weft.assets;
