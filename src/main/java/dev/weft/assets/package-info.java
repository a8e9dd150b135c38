/**
 * What an app serves besides its WebSocket: the browser client's files, the app's own assets
 * directory, the index page rendered for the app's base URL, and the web app manifest and icons
 * that make it installable.
 */
package dev.weft.assets;
