package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Decoding and checking request paths before any file system sees them. */
class AssetPathTest {

  @Test
  void plainPathsDecodeSegmentBySegment() {
    AssetPath path = AssetPath.parse("images/my%20photo%2B1.png");
    assertThat(path.segments()).containsExactly("images", "my photo+1.png");
    assertThat(path.value()).isEqualTo("images/my photo+1.png");
    assertThat(path.servable()).isTrue();
    assertThat(path.hasExtension()).isTrue();
    assertThat(AssetPath.parse("caf%C3%A9/men%C3%BC.txt").segments()).containsExactly("café", "menü.txt");
    assertThat(AssetPath.parse("café/x.txt").segments()).containsExactly("café", "x.txt");
  }

  @Test
  void segmentsThatAreNoFileNamesAreRefused() {
    for (String unsafe : new String[] {"..%2fetc", "a%2Fb", "%2e%2e", "x/%2E", "a%5cb", "a\\b",
        "a%00b", "a%0ab", "a%7f", "%zz", "%4", "%c0%ae", "%ff"}) {
      assertThat(AssetPath.parse(unsafe)).as(unsafe).isNull();
    }
  }

  @Test
  void hiddenNamesColonsAndDirectoriesAreRoutesButNeverFiles() {
    assertThat(AssetPath.parse(".env").servable()).isFalse();
    assertThat(AssetPath.parse(".git/config").servable()).isFalse();
    assertThat(AssetPath.parse("c:/windows").servable()).isFalse();
    assertThat(AssetPath.parse("file.txt::$DATA").servable()).isFalse();
    assertThat(AssetPath.parse("images/").servable()).isFalse();
    assertThat(AssetPath.parse("").servable()).isFalse();
    assertThat(AssetPath.parse("deep/route").hasExtension()).isFalse();
  }
}
