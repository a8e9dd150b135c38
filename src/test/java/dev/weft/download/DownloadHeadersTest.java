package dev.weft.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DownloadHeadersTest {

  @Test
  void aPlainNameIsKeptInBothForms() {
    assertThat(DownloadHeaders.contentDisposition("report.csv"))
        .isEqualTo("attachment; filename=\"report.csv\"; filename*=UTF-8''report.csv");
  }

  @Test
  void nonAsciiLettersArePercentEncodedAndFallBackToAscii() {
    assertThat(DownloadHeaders.contentDisposition("Résumé 2026 €.pdf"))
        .isEqualTo("attachment; filename=\"Resume 2026 _.pdf\"; "
            + "filename*=UTF-8''R%C3%A9sum%C3%A9%202026%20%E2%82%AC.pdf");
    assertThat(DownloadHeaders.contentDisposition("数据.txt"))
        .isEqualTo("attachment; filename=\"__.txt\"; filename*=UTF-8''%E6%95%B0%E6%8D%AE.txt");
  }

  @Test
  void quotesAndLineBreaksCannotBreakTheHeader() {
    String header = DownloadHeaders.contentDisposition("a\"b\r\nSet-Cookie: x=1\\.txt");
    assertThat(header).doesNotContain("\r").doesNotContain("\n")
        .isEqualTo("attachment; filename=\"a_b__Set-Cookie_ x=1_.txt\"; "
            + "filename*=UTF-8''a_b__Set-Cookie_%20x%3D1_.txt");
  }

  @Test
  void slashesAndDotsCannotNameAPath() {
    assertThat(DownloadHeaders.safeName("../../etc/passwd")).isEqualTo("_.._etc_passwd");
    assertThat(DownloadHeaders.safeName("C:\\Windows\\x.exe")).isEqualTo("C__Windows_x.exe");
    assertThat(DownloadHeaders.safeName(".bashrc")).isEqualTo("bashrc");
    assertThat(DownloadHeaders.safeName("name. . ")).isEqualTo("name");
  }

  @Test
  void emptyOrHopelessNamesBecomeDownload() {
    assertThat(DownloadHeaders.safeName(null)).isEqualTo("download");
    assertThat(DownloadHeaders.safeName("")).isEqualTo("download");
    assertThat(DownloadHeaders.safeName("...")).isEqualTo("download");
    assertThat(DownloadHeaders.safeName("///")).isEqualTo("download");
  }

  @Test
  void invisibleCharactersAndLongNamesAreCut() {
    assertThat(DownloadHeaders.safeName("evil\u202Etxt.exe")).isEqualTo("evil_txt.exe"); // right-to-left override
    assertThat(DownloadHeaders.safeName("x".repeat(500))).hasSize(DownloadHeaders.MAX_NAME);
  }

  @Test
  void percentInTheAsciiFallbackIsReplaced() {
    // a browser may decode %xx in filename="…": the fallback must not carry one
    assertThat(DownloadHeaders.contentDisposition("100%.txt"))
        .isEqualTo("attachment; filename=\"100_.txt\"; filename*=UTF-8''100%25.txt");
  }

  @Test
  void contentTypesAreCheckedAndDefaulted() {
    assertThat(DownloadHeaders.contentType(null)).isEqualTo("application/octet-stream");
    assertThat(DownloadHeaders.contentType(" ")).isEqualTo("application/octet-stream");
    assertThat(DownloadHeaders.contentType("text/csv")).isEqualTo("text/csv");
    assertThat(DownloadHeaders.contentType("text/plain; charset=utf-8")).isEqualTo("text/plain; charset=utf-8");
    assertThatThrownBy(() -> DownloadHeaders.contentType("text/html\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text/csv");
    assertThatThrownBy(() -> DownloadHeaders.contentType("csv"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
