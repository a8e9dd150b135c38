package dev.weft.server;

import dev.weft.assets.AppIdentity;

/**
 * One app the configuration mounts.
 *
 * @param path where it is mounted: starts and ends with {@code /}
 * @param className a class implementing {@link dev.weft.App} or {@link dev.weft.AsyncApp}
 * @param identity its name, description and colours, for the index page and manifest
 * @param assetsDir its assets directory (or {@code classpath:<dir>}); the global one when not set
 */
public record AppSpec(String path, String className, AppIdentity identity, String assetsDir) {
}
