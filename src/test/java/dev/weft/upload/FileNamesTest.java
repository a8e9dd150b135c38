package dev.weft.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a browser or app names a file never becomes a path, a hidden file, a device, a line break,
 * a disguised extension or an overlong name; what people write in their own script is kept.
 */
class FileNamesTest {

  @Test
  void onlyTheLastSegmentOfAPathIsKept() {
    assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.safe("..\\..\\windows\\win.ini")).isEqualTo("win.ini");
    assertThat(FileNames.safe("/abs/path/report.pdf")).isEqualTo("report.pdf");
    assertThat(FileNames.safe("C:\\Users\\ada\\notes.txt")).isEqualTo("notes.txt");
    assertThat(FileNames.safe("a/b\\c")).isEqualTo("c");
    assertThat(FileNames.safe("a/b\\c.txt/..")).isEqualTo(FileNames.FALLBACK);
  }

  @Test
  void dotsAndSpacesCannotMakeAHiddenOrSpecialName() {
    assertThat(FileNames.safe("..")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(".")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe("...")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(" . . ")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe("\u00A0\u3000.")).as("spaces of other scripts").isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(".bashrc")).isEqualTo("bashrc");
    assertThat(FileNames.safe(".hidden")).isEqualTo("hidden");
    assertThat(FileNames.safe("  . secret. ")).isEqualTo("secret");
    assertThat(FileNames.safe("dir/")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe("")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.safe(null)).isEqualTo(FileNames.FALLBACK);
  }

  @Test
  void controlAndReservedCharactersBecomeUnderscores() {
    assertThat(FileNames.safe("a\u0000b\nc.txt")).isEqualTo("a_b_c.txt");
    assertThat(FileNames.safe("two\r\nlines.txt")).isEqualTo("two__lines.txt");
    assertThat(FileNames.safe("bell\u0007tab\t.txt")).isEqualTo("bell_tab_.txt");
    assertThat(FileNames.safe("del\u007Fc1\u0085.txt")).isEqualTo("del_c1_.txt");
    assertThat(FileNames.safe("line\u2028para\u2029.txt")).isEqualTo("line_para_.txt");
    assertThat(FileNames.safe("what?<is>:this|\"*.txt")).isEqualTo("what__is__this___.txt");
    assertThat(FileNames.safe("lone\uD800surrogate.txt")).isEqualTo("lone_surrogate.txt");
  }

  @Test
  void invisibleCharactersCannotDisguiseAnExtension() {
    // "evil\u202Etxt.exe" shows as "evilexe.txt" in a right-to-left-aware listing
    assertThat(FileNames.safe("evil\u202Etxt.exe")).as("a right-to-left override").isEqualTo("evil_txt.exe");
    assertThat(FileNames.safe("a\u202Db\u2066c\u2069.pdf")).as("embeddings and isolates").isEqualTo("a_b_c_.pdf");
    assertThat(FileNames.safe("zero\u200Bwidth\uFEFF.txt")).isEqualTo("zero_width_.txt");
  }

  @Test
  void windowsDeviceNamesGetAPrefix() {
    assertThat(FileNames.safe("CON")).isEqualTo("_CON");
    assertThat(FileNames.safe("nul.txt")).isEqualTo("_nul.txt");
    assertThat(FileNames.safe("NUL.tar.gz")).isEqualTo("_NUL.tar.gz");
    assertThat(FileNames.safe("com1")).isEqualTo("_com1");
    assertThat(FileNames.safe("LPT9.log")).isEqualTo("_LPT9.log");
    assertThat(FileNames.safe("com\u00B9.txt")).as("superscript digits count too").isEqualTo("_com\u00B9.txt");
    assertThat(FileNames.safe("aux .txt")).isEqualTo("_aux .txt");
    assertThat(FileNames.safe("CONSOLE.txt")).as("only the names themselves").isEqualTo("CONSOLE.txt");
    assertThat(FileNames.safe("com10")).isEqualTo("com10");
    assertThat(FileNames.safe("my con.txt")).isEqualTo("my con.txt");
  }

  @Test
  void ordinaryNamesAreKeptAsTheyAre() {
    assertThat(FileNames.safe("Quarterly report (final) v2.pdf")).isEqualTo("Quarterly report (final) v2.pdf");
    assertThat(FileNames.safe("Übersicht-日本語.png")).isEqualTo("Übersicht-日本語.png");
    assertThat(FileNames.safe("café é.txt")).isEqualTo("café é.txt");
    assertThat(FileNames.safe("cafe\u0301.txt")).as("composed to NFC").isEqualTo("café.txt");
    assertThat(FileNames.safe("שלום.txt")).as("a right-to-left script itself").isEqualTo("שלום.txt");
    assertThat(FileNames.safe("emoji 🎉.png")).isEqualTo("emoji 🎉.png");
  }

  @Test
  void longNamesAreCutKeepingTheExtension() {
    String safe = FileNames.safe("ä".repeat(300) + ".jpeg");
    assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    assertThat(safe).endsWith(".jpeg").startsWith("ää");
    String japanese = FileNames.safe("日本".repeat(100)); // 600 bytes, no extension
    assertThat(japanese.getBytes(StandardCharsets.UTF_8).length).isBetween(FileNames.MAX_BYTES - 2, FileNames.MAX_BYTES);
    assertThat(japanese).startsWith("日本日本").doesNotContain("\uFFFD");
    String emoji = FileNames.safe("🎉".repeat(100) + ".txt"); // cut between code points, never inside one
    assertThat(emoji.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    assertThat(emoji.codePoints().filter(c -> c == 0x1F389).count()).isEqualTo(49);
    assertThat(FileNames.safe("a".repeat(199) + " " + "b".repeat(50))).as("a cut leaves no trailing space")
        .isEqualTo("a".repeat(199));
  }

  @Test
  void copiesAreNumberedBeforeTheExtensionAndStayShort() {
    assertThat(FileNames.numbered("report.pdf", 1)).isEqualTo("report.pdf");
    assertThat(FileNames.numbered("report.pdf", 2)).isEqualTo("report (2).pdf");
    assertThat(FileNames.numbered("README", 12)).isEqualTo("README (12)");
    String longest = FileNames.safe("x".repeat(400) + ".csv");
    String copy = FileNames.numbered(longest, 999);
    assertThat(copy).endsWith("x (999).csv");
    assertThat(copy.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
    assertThat(FileNames.safe(copy)).isEqualTo(copy);
    assertThatThrownBy(() -> FileNames.numbered("a", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void safeNamesStaySafe() {
    for (String name : hostile()) {
      assertThat(FileNames.safe(FileNames.safe(name))).as(name).isEqualTo(FileNames.safe(name));
    }
  }

  /** Every safe name can be created, as one file, directly in the folder: on this machine's file system. */
  @Test
  void everySafeNameIsOneFileInTheFolder(@TempDir Path folder) throws Exception {
    for (String name : hostile()) {
      String safe = FileNames.safe(name);
      Path file = folder.resolve(safe);
      assertThat(file.getParent()).as(name).isEqualTo(folder);
      Files.writeString(file, name);
      assertThat(Files.readString(file)).as(name).isEqualTo(name);
      Files.delete(file);
    }
  }

  private static List<String> hostile() {
    return List.of("../x", "../../etc/passwd", "..", ".hidden", "a/b\\c", "ok.txt", "日本", "é",
        "a\u0000b", "a\r\nb", "x".repeat(300), "日本".repeat(200) + ".txt", "CON", "NUL.txt",
        " . . ", "evil\u202Etxt.exe", "  . secret. ", "dir/", "\u0001\u0002", "a".repeat(199) + " b");
  }
}
