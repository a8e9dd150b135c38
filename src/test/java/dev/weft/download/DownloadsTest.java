package dev.weft.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.ui.DownloadSource;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DownloadsTest {

  private final Vertx vertx = Vertx.vertx();
  private final MutableClock clock = new MutableClock();
  private final Downloads downloads = Downloads.create(vertx, Duration.ofMinutes(5), clock);
  private final DownloadSource bytes = new DownloadSource.Bytes(new byte[] {1, 2, 3});

  @AfterEach
  void close() {
    vertx.close();
  }

  private static String token(String url) {
    assertThat(url).startsWith("download/");
    return url.substring("download/".length());
  }

  @Test
  void tokensAreRandomAndLongEnough() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String token = token(downloads.issue("/", "s1", bytes, "a.bin", null));
      assertThat(token).matches("[A-Za-z0-9_-]{32}"); // 24 bytes: 192 bits
      assertThat(seen.add(token)).isTrue();
    }
  }

  @Test
  void aDownloadIsTakenOnce() throws Exception {
    String token = token(downloads.issue("/", "s1", bytes, "r.csv", "text/csv"));
    PendingDownload taken = downloads.take("/", token);
    assertThat(taken.fileName()).isEqualTo("r.csv");
    assertThat(taken.contentType()).isEqualTo("text/csv");
    assertThat(taken.source()).isSameAs(bytes);
    assertThatThrownBy(() -> downloads.take("/", token))
        .isInstanceOfSatisfying(DownloadRefusal.class, r -> assertThat(r.status()).isEqualTo(404));
    assertThat(downloads.waiting()).isZero();
  }

  @Test
  void aPeekLeavesItForTheTake() throws Exception {
    String token = token(downloads.issue("/", "s1", bytes, "r.csv", null));
    assertThat(downloads.peek("/", token).contentType()).isEqualTo("application/octet-stream");
    assertThat(downloads.take("/", token)).isNotNull();
  }

  @Test
  void anotherAppCannotTakeItNorUseItUp() throws Exception {
    String token = token(downloads.issue("/sub/", "s1", bytes, "r.csv", null));
    assertThatThrownBy(() -> downloads.take("/", token))
        .isInstanceOfSatisfying(DownloadRefusal.class, r -> assertThat(r.status()).isEqualTo(404));
    assertThat(downloads.take("/sub/", token)).isNotNull();
  }

  @Test
  void anExpiredDownloadIs410() throws Exception {
    String token = token(downloads.issue("/", "s1", bytes, "r.csv", null));
    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(downloads.peek("/", token)).isNotNull();
    clock.advance(Duration.ofMillis(1));
    assertThatThrownBy(() -> downloads.take("/", token))
        .isInstanceOfSatisfying(DownloadRefusal.class, r -> {
          assertThat(r.status()).isEqualTo(410);
          assertThat(r.getMessage()).contains("expired");
        });
  }

  @Test
  void unknownTokensAre404() {
    assertThatThrownBy(() -> downloads.take("/", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
        .isInstanceOfSatisfying(DownloadRefusal.class, r -> assertThat(r.status()).isEqualTo(404));
    assertThatThrownBy(() -> downloads.take("/", null)).isInstanceOf(DownloadRefusal.class);
  }

  @Test
  void aBadContentTypeIsRefusedWhenIssued() {
    assertThatThrownBy(() -> downloads.issue("/", "s1", bytes, "r.csv", "not a type"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(downloads.waiting()).isZero();
  }

  @Test
  void theNameIsMadeSafeWhenIssued() throws Exception {
    String token = token(downloads.issue("/", "s1", bytes, "../x\r\n.csv", null));
    assertThat(downloads.take("/", token).fileName()).isEqualTo("_x__.csv");
  }

  @Test
  void aTokenNamesItsHomeOnceThereIsOne() throws Exception {
    DownloadHome home = DownloadHome.create(vertx, downloads);
    String token = token(downloads.issue("/", "s1", bytes, "a", null));
    assertThat(token).startsWith(home.id() + ".");
    DownloadToken parsed = DownloadToken.parse(token);
    assertThat(parsed.home()).isEqualTo(home.id());
    assertThat(parsed.toString()).doesNotContain(token.substring(token.indexOf('.') + 1));
    assertThat(downloads.take("/", token)).isNotNull();
  }

  @Test
  void onlyWellFormedTokensParse() {
    assertThat(DownloadToken.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isNotNull();
    assertThat(DownloadToken.parse("home_1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").home()).isEqualTo("home_1");
    assertThat(DownloadToken.parse("short")).isNull();
    assertThat(DownloadToken.parse("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/")).isNull();
    assertThat(DownloadToken.parse(".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isNull();
    assertThat(DownloadToken.parse("a.b.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isNull();
    assertThat(DownloadToken.parse(null)).isNull();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-12-07T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
