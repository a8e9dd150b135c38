/**
 * Sign-in: the OAuth {@code state} store ({@link dev.weft.auth.OAuthStates}) and the callback
 * endpoint a provider sends the user back to ({@link dev.weft.auth.OAuthCallbackEndpoint}). A state
 * is random, single-use and short-lived; the callback hands the authorization code to whoever
 * issued the state. Exchanging the code for tokens is the provider integration's job, not this
 * package's.
 */
package dev.weft.auth;
