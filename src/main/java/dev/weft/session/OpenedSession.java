package dev.weft.session;

/**
 * A session a connection has got, new or re-attached: its id, and the node (instance) it lives
 * on, so the connection knows whether its frames take a cluster hop and which node to watch.
 *
 * @param id the session's id
 * @param node the {@link Nodes#self() id} of the node it lives on
 */
public record OpenedSession(String id, String node) {
}
