package dev.weft.server;

/**
 * One app the configuration mounts.
 *
 * @param path where it is mounted: starts and ends with {@code /}
 * @param className a class implementing {@link dev.weft.App} or {@link dev.weft.AsyncApp}
 * @param title the browser tab's title until the app sets one
 */
public record AppSpec(String path, String className, String title) {
}
