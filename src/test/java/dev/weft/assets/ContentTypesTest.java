package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Media types by file name, and which of them gzip is worth spending CPU on. */
class ContentTypesTest {

  @Test
  void typesFollowTheExtension() {
    assertThat(ContentTypes.of("js/main.js")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(ContentTypes.of("lib/x.MJS")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(ContentTypes.of("weft.css")).isEqualTo("text/css; charset=utf-8");
    assertThat(ContentTypes.of("data/x.json")).isEqualTo("application/json");
    assertThat(ContentTypes.of("app.webmanifest")).isEqualTo("application/manifest+json");
    assertThat(ContentTypes.of("logo.svg")).isEqualTo("image/svg+xml");
    assertThat(ContentTypes.of("photo.JPG")).isEqualTo("image/jpeg");
    assertThat(ContentTypes.of("font.woff2")).isEqualTo("font/woff2");
  }

  @Test
  void theAppsManifestIsAManifestButOtherJsonIsNot() {
    assertThat(ContentTypes.of("manifest.json")).isEqualTo("application/manifest+json");
    assertThat(ContentTypes.of("docs/manifest.json")).isEqualTo("application/json");
  }

  @Test
  void anythingUnknownIsAnOpaqueDownload() {
    assertThat(ContentTypes.of("README")).isEqualTo("application/octet-stream");
    assertThat(ContentTypes.of("archive.tar.xz")).isEqualTo("application/octet-stream");
    assertThat(ContentTypes.of("v1.2/notes")).isEqualTo("application/octet-stream");
  }

  @Test
  void onlyTypesThatShrinkAreCompressible() {
    assertThat(ContentTypes.compressible("text/javascript; charset=utf-8")).isTrue();
    assertThat(ContentTypes.compressible("application/manifest+json")).isTrue();
    assertThat(ContentTypes.compressible("image/svg+xml")).isTrue();
    assertThat(ContentTypes.compressible("image/png")).isFalse();
    assertThat(ContentTypes.compressible("font/woff2")).isFalse();
    assertThat(ContentTypes.compressible("application/octet-stream")).isFalse();
  }
}
