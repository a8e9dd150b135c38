package dev.weft.assets;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * An app's own files — images, fonts, and its replacements for Weft's favicon, icons or manifest —
 * looked up by path without blocking the event loop.
 */
public interface Assets {

  /**
   * The file at a {@linkplain AssetPath#servable() servable} path.
   *
   * @return the file, or null when there is none (or the path leads out of the assets)
   */
  Future<StaticFile> find(AssetPath path);

  /** The assets an {@link AssetSource} names. */
  static Assets of(Vertx vertx, AssetSource source) {
    return source.onClasspath()
        ? new ClasspathAssets(vertx, source.classpathRoot(), Thread.currentThread().getContextClassLoader())
        : new DirectoryAssets(vertx, source.directory());
  }
}
