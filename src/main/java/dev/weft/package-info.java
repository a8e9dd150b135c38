/**
 * Weft: server-driven web UI for Java on Eclipse Vert.x. Start here: {@link dev.weft.Weft#run}
 * runs an {@link dev.weft.App} on your machine; {@link dev.weft.Weft#create} embeds Weft in a
 * Vert.x application.
 */
package dev.weft;
