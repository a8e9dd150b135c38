/**
 * The page tree app authors build: {@link dev.weft.ui.Page}, {@link dev.weft.ui.Control}, events,
 * and the change tracking that turns mutations into small patches.
 *
 * <p>How a change travels: a setter stores the value in the control's {@code Props} and marks it
 * dirty; adding or removing children snapshots the parent's old child list once per update;
 * {@link dev.weft.ui.Page#update()} hands the dirty controls to {@code Diff}, which emits the
 * {@link dev.weft.protocol.Op}s the client applies. The cost follows what changed, not the size
 * of the page.
 *
 * <p>Every public mutation is atomic: it holds the page's {@link java.util.concurrent.locks.ReentrantLock}
 * (not {@code synchronized}, which would pin virtual threads on JDK 21), so blocking handlers on
 * other threads and async handlers on the event loop can change one page at once.
 *
 * <p>{@link dev.weft.ui.PubSub} is the API of {@code page.pubsub()}, messages between an app's
 * sessions; the session runtime implements it on the event bus.
 *
 * <p>Routing: {@link dev.weft.ui.Page#go}, {@link dev.weft.ui.Page#onRouteChange} and the view
 * stack {@link dev.weft.ui.Page#views()} ({@code ViewStack}: the page's children seen as
 * {@link dev.weft.ui.controls.View}s); {@link dev.weft.ui.RouteTemplate} matches routes. See
 * docs/routing.md.
 *
 * <p>Plain Java: nothing here depends on Vert.x.
 */
package dev.weft.ui;
