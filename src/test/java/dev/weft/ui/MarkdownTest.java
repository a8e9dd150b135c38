package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Markdown;
import dev.weft.ui.controls.MarkdownExtensionSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Markdown on the server: what it renders, that everything hostile comes out inert (the browser
 * checks again, see DisplayIT), what goes on the wire, tapLink's data, and bad input refused.
 */
class MarkdownTest {

  private static String html(String markdown) {
    return new Markdown(markdown).html();
  }

  private static String gfm(String markdown) {
    return new Markdown(markdown).extensionSet(MarkdownExtensionSet.GITHUB_WEB).html();
  }

  @Test
  void rendersHeadingsListsCodeQuotesAndLinks() {
    String out = html("# Title\n\nSome **bold** and `code`.\n\n- one\n- two\n\n> quoted\n\n"
        + "```java\nint x = 1 < 2;\n```\n\n[docs](https://flet.dev/docs/) [mail](mailto:a@b.c) [here](./page)");
    assertThat(out).contains("<h1>Title</h1>", "<strong>bold</strong>", "<code>code</code>",
        "<li>one</li>", "<blockquote>", "<code class=\"language-java\">int x = 1 &lt; 2;",
        "<a rel=\"noopener noreferrer nofollow\" href=\"https://flet.dev/docs/\" target=\"_blank\">docs</a>",
        "href=\"mailto:a@b.c\"", "href=\"./page\"");
  }

  @Test
  void tablesOnlyWithGitHubsSet() {
    String source = "| a | b |\n|:--|--:|\n| 1 | 2 |\n";
    assertThat(html(source)).doesNotContain("<table>").contains("| a | b |");
    assertThat(gfm(source)).contains("<table>", "<th align=\"left\">a</th>", "<td align=\"right\">2</td>");
    Markdown m = new Markdown(source).extensionSet(MarkdownExtensionSet.GITHUB_FLAVORED);
    assertThat(m.html()).contains("<table>");
    m.extensionSet(null);
    assertThat(m.extensionSet()).isEqualTo(MarkdownExtensionSet.NONE);
    assertThat(m.html()).doesNotContain("<table>");
    assertThat(m.value()).isEqualTo(source);
  }

  @Test
  void rawHtmlScriptsEventAttributesAndCommentsComeOutAsText() {
    String out = html("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(1)> <!-- note -->"
        + " <a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a> <iframe src=//evil></iframe>"
        + " <svg onload=alert(1)></svg> <style>*{}</style>");
    assertThat(out).doesNotContain("<script", "<img", "<!--", "<a ", "<iframe", "<svg", "<style");
    assertThat(out).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;!-- note --&gt;");
    // no attribute at all beyond what the renderer itself writes
    assertThat(out).doesNotContainPattern("<[a-z]+ [^>]*on[a-z]+=");
  }

  @Test
  void linksWithUnsafeSchemesLoseTheirUrl() {
    for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "jav&#x09;ascript:alert(1)",
        "jav&#10;ascript:alert(1)", "&#106;avascript:alert(1)", "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "%20javascript:alert(1)",
        "<javascript:alert(1)>", "java\u0000script:alert(1)")) {
      String out = html("[x](" + url + ")");
      assertThat(out).as(url).contains("<a>x</a>").doesNotContain("href");
    }
    assertThat(html("<javascript:alert(1)>")).doesNotContain("href"); // an autolink
    assertThat(html("[x][r]\n\n[r]: javascript:alert(1)")).doesNotContain("href"); // a reference
    assertThat(html("[x](\\\\evil.example/path)")).doesNotContain("href"); // read as //evil by browsers
    assertThat(html("[x](https://ok.example/a?b=c#d)")).contains("href=\"https://ok.example/a?b=c#d\"");
    assertThat(html("[x](#top)")).contains("href=\"#top\"");
    assertThat(html("[x](https://ok.example/\" onclick=\"alert(1))")).doesNotContain("\" onclick");
  }

  @Test
  void imagesOnlyFromHttpHttpsOrRelativeUrls() {
    assertThat(html("![cat](https://img.example/cat.png)"))
        .contains("<img src=\"https://img.example/cat.png\" alt=\"cat\" loading=\"lazy\" referrerpolicy=\"no-referrer\" />");
    assertThat(html("![rel](images/cat.png)")).contains("src=\"images/cat.png\"");
    for (String url : List.of("data:image/svg+xml;base64,PHN2Zz4=", "javascript:alert(1)", "mailto:a@b.c",
        "blob:https://x/1")) {
      assertThat(html("![x](" + url + ")")).as(url).contains("<img alt=\"x\"").doesNotContain("src=");
    }
    assertThat(html("![x\" onerror=\"alert(1)](https://i.example/a.png)")).contains("alt=\"x&quot; onerror=&quot;alert(1)\"");
  }

  @Test
  void nestedTricksStayInert() {
    String out = html("[<img src=x onerror=alert(1)>](https://ok.example) "
        + "**<script>**alert(1)**</script>** `<script>` [[x](javascript:1)](javascript:2)"
        + " <a href='https://ok.example'>[y](javascript:3)</a>");
    assertThat(out).doesNotContain("<img", "<script", "href=\"javascript", "<a href='");
    assertThat(out).contains("<a>x</a>](javascript:2)", "&lt;a href='https://ok.example'&gt;<a>y</a>&lt;/a&gt;");
  }

  @Test
  void bigAndDeepInputIsCappedOrRefusedWithAClearError() {
    assertThat(new Markdown(null).html()).isEmpty();
    assertThat(new Markdown("").value()).isEmpty();
    String big = "x".repeat(Markdown.MAX_LENGTH + 1);
    assertThatThrownBy(() -> new Markdown(big)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200001 characters long; at most 200000");
    Markdown kept = new Markdown("kept");
    assertThatThrownBy(() -> kept.value(big)).isInstanceOf(IllegalArgumentException.class);
    assertThat(kept.value()).isEqualTo("kept"); // a refused value leaves the old one in place
    assertThat(kept.html()).contains("kept");

    // 10,000 nested quotes or lists: parsed 32 deep, the rest as text, and no stack overflow
    assertThat(html(">".repeat(10_000) + " deep")).contains("deep");
    assertThat(html("- ".repeat(10_000) + "deep")).contains("deep");
    // 20,000 nested emphases (the renderer recurses into them): the parser nests about 100 deep
    String emphasis = "*a ".repeat(20_000) + "b" + " a*".repeat(20_000);
    assertThat(emphasis.length()).isLessThan(Markdown.MAX_LENGTH);
    assertThat(new Markdown(emphasis).html()).contains("<em>a <em>a").contains("b");
    String manyBrackets = "[".repeat(90_000) + "x";
    assertThat(html(manyBrackets)).endsWith("x</p>\n"); // unmatched brackets are text
  }

  @Test
  void onlyTheHtmlGoesOnTheWireAndTapLinkCarriesAUrl() throws Exception {
    RecordingSink sink = new RecordingSink();
    PageDriver driver = RecordingSink.newDriver(sink);
    Page page = driver.page();
    List<Object> tapped = new ArrayList<>();
    Markdown md = new Markdown("[a](https://a.example)").selectable(true).onTapLink(e -> tapped.add(e.data()));
    page.add(md);
    Node node = PageDriver.snapshot(page).children().get(0);
    assertThat(node.type()).isEqualTo("markdown");
    assertThat(node.props()).containsKeys("html", "selectable", "events").doesNotContainKey("value");
    assertThat(node.props().get("events")).isEqualTo(List.of("tapLink"));

    long seq = 0;
    PageDriver.Dispatch ok = driver.dispatch(new ClientEvent(++seq, md.id(), "tapLink", "https://a.example"));
    assertThat(ok).isNotNull();
    for (Object bad : new Object[] {null, 42, "", "javascript:alert(1)", "x".repeat(9_000)}) {
      long s = ++seq;
      assertThatThrownBy(() -> driver.dispatch(new ClientEvent(s, md.id(), "tapLink", bad)))
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining("tapLink of markdown")
          .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
  }
}
