package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a browser or app names a file never becomes a path, a hidden file or an overlong name. */
class FileNamesTest {

  @Test
  void onlyTheLastSegmentOfAPathIsKept() {
    assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.safe("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
    assertThat(FileNames.safe("/abs/path/report.pdf")).isEqualTo("report.pdf");
    assertThat(FileNames.safe("C:\\Users\\ada\\notes.txt")).isEqualTo("notes.txt");
  }

  @Test
  void dotsAndSpacesCannotMakeAHiddenOrSpecialName() {
    assertThat(FileNames.safe("..")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(".")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(".bashrc")).isEqualTo("bashrc");
    assertThat(FileNames.safe("  . secret. ")).isEqualTo("secret");
    assertThat(FileNames.safe("dir/")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe("")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(null)).isEqualTo(FileNames.FALLBACK);
  }

  @Test
  void controlAndReservedCharactersBecomeUnderscores() {
    assertThat(FileNames.safe("a\u0000b\nc.txt")).isEqualTo("a_b_c.txt");
    assertThat(FileNames.safe("what?<is>:this|\"*.txt")).isEqualTo("what__is__this___.txt");
    assertThat(FileNames.safe("evil\u202Etxt.exe")).as("a right-to-left override").isEqualTo("evil_txt.exe");
  }

  @Test
  void ordinaryNamesAreKeptAsTheyAre() {
    assertThat(FileNames.safe("Quarterly report (final) v2.pdf")).isEqualTo("Quarterly report (final) v2.pdf");
    assertThat(FileNames.safe("Übersicht-日本語.png")).isEqualTo("Übersicht-日本語.png");
  }

  @Test
  void longNamesAreCutKeepingTheExtension() {
    String safe = FileNames.safe("ä".repeat(300) + ".jpeg");
    assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    assertThat(safe).endsWith(".jpeg").startsWith("ää");
  }

  @Test
  void safeNamesStaySafe() {
    for (String name : new String[] {"../x", ".hidden", "a/b\\c", "ok.txt", "日本"}) {
      assertThat(FileNames.safe(FileNames.safe(name))).isEqualTo(FileNames.safe(name));
    }
  }
}
