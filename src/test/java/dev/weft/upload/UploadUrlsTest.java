package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.MultiMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Signing and checking upload URLs, without a server. */
class UploadUrlsTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private final UploadUrls urls = UploadUrls.create("secret", 1000, Duration.ofMinutes(10),
      Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void aUrlIsRelativeToTheAppsBaseAndCarriesWhatItAllows() throws Exception {
    String url = urls.issue("/", "session_1", "my report.pdf", 500, Duration.ofSeconds(30));
    assertThat(url).startsWith("upload?f=my%20report.pdf&s=session_1&m=500&e="
        + NOW.plusSeconds(30).getEpochSecond() + "&sig=");
    UploadGrant grant = urls.verify("/", query(url));
    assertThat(grant).isEqualTo(new UploadGrant("/", "session_1", "my report.pdf", 500,
        NOW.plusSeconds(30).getEpochSecond()));
  }

  @Test
  void theNameIsMadeSafeBeforeItIsSigned() throws Exception {
    String url = urls.issue("/", "s", "../../etc/passwd");
    assertThat(url).startsWith("upload?f=passwd&");
    assertThat(urls.verify("/", query(url)).fileName()).isEqualTo("passwd");
  }

  @Test
  void everyFieldIsCoveredByTheSignature() {
    String url = urls.issue("/app/", "s", "a.txt", 100, Duration.ofMinutes(1));
    assertRefused(url.replace("f=a.txt", "f=b.txt"), "/app/", "upload_forbidden");
    assertRefused(url.replace("s=s&", "s=t&"), "/app/", "upload_forbidden");
    assertRefused(url.replace("m=100", "m=1000"), "/app/", "upload_forbidden");
    assertRefused(url.replaceFirst("e=(\\d+)", "e=1$1"), "/app/", "upload_forbidden");
    assertRefused(url, "/", "upload_forbidden");
    assertRefused(url.replaceFirst("sig=.*", "sig=!!"), "/app/", "upload_forbidden");
    assertRefused(url.replaceFirst("&sig=.*", ""), "/app/", "upload_forbidden");
  }

  @Test
  void anotherKeyRefusesIt() {
    String url = urls.issue("/", "s", "a.txt");
    UploadUrls other = UploadUrls.create("other", 1000, Duration.ofMinutes(10), Clock.fixed(NOW, ZoneOffset.UTC));
    assertThatThrownBy(() -> other.verify("/", query(url))).isInstanceOf(UploadRefusal.class);
  }

  @Test
  void anEmptySecretUsesOneKeyForTheWholeProcess() throws Exception {
    UploadUrls a = UploadUrls.create("", 1000, Duration.ofMinutes(1));
    UploadUrls b = UploadUrls.create("", 1000, Duration.ofMinutes(1));
    assertThat(b.verify("/", query(a.issue("/", "s", "x")))).isNotNull();
    assertThatThrownBy(() -> UploadUrls.create("x", 1000, Duration.ofMinutes(1))
        .verify("/", query(a.issue("/", "s", "x")))).isInstanceOf(UploadRefusal.class);
  }

  @Test
  void theHomeItNamesIsSignedSoAnUploadCannotBeRedirected() throws Exception {
    UploadUrls homed = UploadUrls.create("secret", 1000, Duration.ofMinutes(10),
        Clock.fixed(NOW, ZoneOffset.UTC), "homeA");
    String url = homed.issue("/", "s", "a.txt");
    assertThat(url).contains("&h=homeA&sig=");
    assertThat(homed.verify("/", query(url)).home()).isEqualTo("homeA");
    for (String bad : new String[] {url.replace("&h=homeA", "&h=homeB"), url.replace("&h=homeA", ""),
        url.replace("&h=homeA", "&h=homeA&h=homeA"), url.replace("&h=homeA", "&h=../x")}) {
      assertRefused(bad, "/", "upload_forbidden");
    }
    assertRefused(urls.issue("/", "s", "a.txt").replace("&sig=", "&h=homeA&sig="), "/", "upload_forbidden");
  }

  @Test
  void anAdoptedKeyReplacesTheOldOne() throws Exception {
    UploadUrls a = UploadUrls.create("", 1000, Duration.ofMinutes(1));
    UploadUrls b = UploadUrls.create("", 1000, Duration.ofMinutes(1));
    String before = a.issue("/", "s", "x");
    byte[] shared = new byte[32];
    shared[0] = 7;
    a.adopt(shared);
    b.adopt(shared.clone());
    assertThat(b.verify("/", query(a.issue("/", "s", "x")))).isNotNull();
    assertThatThrownBy(() -> a.verify("/", query(before))).isInstanceOf(UploadRefusal.class);
    assertThatThrownBy(() -> a.adopt(new byte[8])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itExpires() throws Exception {
    String url = urls.issue("/", "s", "a.txt", 100, Duration.ofSeconds(60));
    UploadUrls later = UploadUrls.create("secret", 1000, Duration.ofMinutes(10),
        Clock.fixed(NOW.plusSeconds(61), ZoneOffset.UTC));
    UploadUrls justInTime = UploadUrls.create("secret", 1000, Duration.ofMinutes(10),
        Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
    assertThat(justInTime.verify("/", query(url))).isNotNull();
    assertThatThrownBy(() -> later.verify("/", query(url)))
        .isInstanceOf(UploadRefusal.class)
        .satisfies(t -> assertThat(((UploadRefusal) t).code()).isEqualTo("upload_expired"));
  }

  @Test
  void issuingChecksItsArguments() {
    assertThatThrownBy(() -> urls.issue("/", "../etc", "a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> urls.issue("/", "", "a")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> urls.issue("/", "s", "a", 1001, Duration.ofMinutes(1)))
        .hasMessageContaining("upload.maxSize");
    assertThatThrownBy(() -> urls.issue("/", "s", "a", 10, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void assertRefused(String url, String scope, String code) {
    assertThatThrownBy(() -> urls.verify(scope, query(url)))
        .as(url)
        .isInstanceOf(UploadRefusal.class)
        .satisfies(t -> assertThat(((UploadRefusal) t).code()).isEqualTo(code))
        .satisfies(t -> assertThat(((UploadRefusal) t).status()).isEqualTo(403));
  }

  /** The query of a URL, decoded as the server decodes it. */
  private static MultiMap query(String url) {
    MultiMap params = MultiMap.caseInsensitiveMultiMap();
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      int eq = pair.indexOf('=');
      params.add(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }
}
