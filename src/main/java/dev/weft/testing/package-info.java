/**
 * Testing Weft apps without a browser, in the spirit of Phoenix's LiveViewTest:
 * {@link dev.weft.testing.WeftTestClient} speaks the wire protocol to a running server, mirrors
 * the page in a {@link dev.weft.testing.ClientTree}, and lets a test find controls by text or key,
 * click, type and wait for text.
 */
package dev.weft.testing;
