package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The shaded app-fat.jar: small, multi-release, runnable with {@code java -jar}. */
class FatJarIT {

  /** 35 MB: Hazelcast (about 17 MB) is in the default jar so that one jar also clusters. */
  private static final long MAX_BYTES = 35L * 1024 * 1024;

  @Test
  void theFatJarIsSmallAndItsManifestIsRight() throws Exception {
    Path jar = JarProcess.fatJar();
    long size = Files.size(jar);
    System.out.printf("[launcher] %s is %d bytes (%.2f MB)%n", jar.getFileName(), size, size / 1024.0 / 1024.0);
    assertThat(size).as("app-fat.jar size in bytes").isLessThanOrEqualTo(MAX_BYTES);

    try (JarFile file = new JarFile(jar.toFile(), true, ZipFile.OPEN_READ, Runtime.version())) {
      Attributes main = file.getManifest().getMainAttributes();
      assertThat(main.getValue("Main-Class")).isEqualTo("dev.weft.server.WeftLauncher");
      assertThat(main.getValue("Multi-Release")).isEqualTo("true");
      assertThat(file.isMultiRelease()).isTrue();
      assertThat(file.getEntry("dev/weft/server/WeftLauncher.class")).isNotNull();
      assertThat(file.getEntry("web/index.html")).as("the browser client").isNotNull();
      assertThat(file.getEntry("web/js/main.js")).isNotNull();
      assertThat(file.getEntry("io/vertx/spi/cluster/hazelcast/HazelcastClusterManager.class"))
          .as("clustering, in the default jar").isNotNull();
      // signatures of shaded dependencies would make the JVM refuse the jar
      assertThat(file.stream().map(e -> e.getName())
          .filter(n -> n.matches("META-INF/[^/]+\\.(SF|RSA|DSA)"))).isEmpty();
    }
  }
}
