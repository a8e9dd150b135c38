/**
 * Sessions: one event-loop verticle per browser tab ({@link dev.weft.session.SessionVerticle}),
 * which owns the page, runs the app's handlers and sends patches; it is started on its socket's
 * event loop by {@link dev.weft.session.SessionDeployment}, not deployed through Vert.x. It talks to its WebSocket only
 * through the event bus, so the two may live on different verticle instances (and, clustered,
 * different JVMs). Blocking work leaves the event loop through one door,
 * {@link dev.weft.session.BlockingHandoff}. What happens to sessions is reported to
 * {@link dev.weft.session.SessionMetrics}, which counts nothing unless {@code dev.weft.metrics}
 * implements it. {@link dev.weft.session.PubSubHub} carries {@code page.pubsub()}'s messages
 * between the sessions of an app, on every instance, over the event bus.
 * In a cluster a session and its socket may live on different instances;
 * {@link dev.weft.session.Nodes} tells each side when the other's instance is gone.
 * {@link dev.weft.session.SessionSignIn} is a session's {@code page.login}: the sign-in under way,
 * who is signed in, and the refresh of their tokens, on top of {@code dev.weft.auth}'s providers.
 * A browser comes back to its session with a {@link dev.weft.session.SessionToken}: the session's
 * id and a secret the session checks itself (docs/security.md).
 */
package dev.weft.session;
