package dev.weft.server;

import dev.weft.assets.AppIdentity;
import dev.weft.assets.AssetSource;
import dev.weft.session.AppMain;

/**
 * An app mounted at a path, with what it serves besides its WebSocket.
 *
 * @param path where it is mounted: starts and ends with {@code /}
 * @param main the app
 * @param identity its name, description and colours (index page, manifest)
 * @param assets where its assets come from
 */
public record AppMount(String path, AppMain main, AppIdentity identity, AssetSource assets) {

  public AppMount {
    if (!path.startsWith("/") || !path.endsWith("/")) {
      throw new IllegalArgumentException("a mount path starts and ends with /, not " + path);
    }
  }

  /** Mounts an app at a path with the default identity and assets. */
  public static AppMount of(String path, Object app) {
    return of(path, app, AppIdentity.defaults(),
        AssetSource.resolve(WeftConfig.DEFAULT_ASSETS_DIR, true));
  }

  /** Mounts an app at a path with the default identity and the configuration's {@code assetsDir}. */
  public static AppMount of(String path, Object app, WeftConfig config) {
    return of(path, app, AppIdentity.defaults(),
        AssetSource.resolve(config.assetsDir(), config.assetsDir().equals(WeftConfig.DEFAULT_ASSETS_DIR)));
  }

  public static AppMount of(String path, Object app, AppIdentity identity, AssetSource assets) {
    return new AppMount(path, AppMain.of(app), identity, assets);
  }

  /**
   * Mounts the app a configuration entry names, creating it with its no-argument constructor.
   *
   * @throws IllegalArgumentException when its assets directory is a file
   */
  public static AppMount load(AppSpec spec) {
    return of(spec.path(), Mounts.instantiate(spec.className()), spec.identity(),
        AssetSource.resolve(spec.assetsDir(), spec.assetsDir().equals(WeftConfig.DEFAULT_ASSETS_DIR)));
  }

  /** The path of one of this mount's endpoints, e.g. {@code /sub-app/ws}. */
  public String endpoint(String name) {
    return path + name;
  }
}
