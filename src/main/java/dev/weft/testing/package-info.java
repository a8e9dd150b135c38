/**
 * Testing Weft apps without a browser, in the spirit of Phoenix's LiveViewTest:
 * {@link dev.weft.testing.WeftTestServer} serves an app in-process, and
 * {@link dev.weft.testing.WeftTestClient} speaks the wire protocol to it like the browser client,
 * mirrors the page in a {@link dev.weft.testing.ClientTree}, and lets a test find controls by text
 * or key, click, type and wait for text.
 *
 * <p>The client is also the browser's half of the reliable session: it keeps its events until
 * the server acknowledges them, acknowledges what it applied, and after
 * {@link dev.weft.testing.WeftTestClient#disconnect()} and
 * {@link dev.weft.testing.WeftTestClient#reconnect()} takes a {@code resume} and its replay (or a
 * {@code render}) and resends what was not acknowledged, so tests can cut a session anywhere and
 * check that nothing was lost or applied twice. {@link dev.weft.testing.ConnectOptions} turns the
 * automatic acks and resends off for tests of the protocol's edge cases.
 *
 * <p>Inside, the façade {@code WeftTestClient} delegates to three package-private parts: the
 * socket ({@code ClientSocket}: connecting, frames, the close), the inbox ({@code Inbox}: what
 * arrived, applied in order, waits, errors) and the outbound side ({@code Outbound}: numbering,
 * events kept until acknowledged, resends, acks).
 */
package dev.weft.testing;
