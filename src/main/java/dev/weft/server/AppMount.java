package dev.weft.server;

import dev.weft.session.AppMain;
import io.vertx.core.buffer.Buffer;

/**
 * An app mounted at a path: its entry point and its rendered index page.
 *
 * @param path where it is mounted: starts and ends with {@code /}
 * @param main the app
 * @param index the index page, rendered for this mount's base
 */
public record AppMount(String path, AppMain main, Buffer index) {

  /** Mounts an app at a path, with a title for the browser tab. */
  public static AppMount of(String path, Object app, String title) {
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("a mount path starts and ends with /, not " + path);
    }
    return new AppMount(path, AppMain.of(app), IndexPage.render(path, title));
  }

  /** Mounts the app a configuration entry names, creating it with its no-argument constructor. */
  public static AppMount load(AppSpec spec) {
    return of(spec.path(), Mounts.instantiate(spec.className()), spec.title());
  }

  /** The path of one of this mount's endpoints, e.g. {@code /sub-app/ws}. */
  public String endpoint(String name) {
    return path + name;
  }
}
