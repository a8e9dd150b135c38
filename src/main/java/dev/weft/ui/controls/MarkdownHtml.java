package dev.weft.ui.controls;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to safe HTML, on the server: raw HTML in the source is escaped (it shows as text),
 * link and image URLs pass {@link MarkdownUrls}, links open in a new tab with
 * {@code rel="noopener noreferrer nofollow"}, and nothing the renderer writes carries an event
 * attribute or style. The browser checks the result again against an allow-list before showing
 * it (web/js/controls/markdown.js).
 */
final class MarkdownHtml {

  /** The deepest nesting of blocks (quotes in lists in quotes...) parsed as such; deeper is text. */
  static final int MAX_BLOCK_DEPTH = 32;
  /**
   * The deepest nesting of nodes rendered: the renderer recurses, so a deeper tree is refused.
   * commonmark 0.32 itself stops nesting emphasis near 100 and blocks at MAX_BLOCK_DEPTH, so this
   * guards against a parser version or extension that does not.
   */
  static final int MAX_DEPTH = 200;

  private static final MarkdownHtml CORE = new MarkdownHtml(List.of());
  private static final MarkdownHtml TABLES = new MarkdownHtml(List.of(TablesExtension.create()));

  private final Parser parser;
  private final HtmlRenderer renderer;

  private MarkdownHtml(List<Extension> extensions) {
    this.parser = Parser.builder().extensions(extensions).maxOpenBlockParsers(MAX_BLOCK_DEPTH).build();
    this.renderer = HtmlRenderer.builder().extensions(extensions)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .urlSanitizer(MarkdownUrls.INSTANCE)
        .attributeProviderFactory(context -> MarkdownHtml::attributes)
        .build();
  }

  /** The HTML of {@code markdown} under an extension set. */
  static String render(String markdown, MarkdownExtensionSet set) {
    MarkdownHtml html = set.tables() ? TABLES : CORE;
    Node document = html.parser.parse(markdown);
    int depth = depth(document);
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("markdown nests " + depth + " levels deep (emphasis in "
          + "links in emphasis...); at most " + MAX_DEPTH + " are rendered");
    }
    return html.renderer.render(document);
  }

  /** Links open apart from the app; an unsafe URL (made "" by MarkdownUrls) is dropped. */
  private static void attributes(Node node, String tag, Map<String, String> attributes) {
    if (node instanceof Link) {
      if (attributes.getOrDefault("href", "").isEmpty()) {
        attributes.remove("href"); // and the renderer's rel: a link without a target is text
        attributes.remove("rel");
      } else {
        attributes.put("rel", "noopener noreferrer nofollow");
        attributes.put("target", "_blank");
      }
    } else if (node instanceof Image) {
      if (attributes.getOrDefault("src", "").isEmpty()) {
        attributes.remove("src");
      }
      attributes.put("loading", "lazy");
      attributes.put("referrerpolicy", "no-referrer");
    }
  }

  /** The tree's depth, without recursion (the point is not to overflow the stack here either). */
  private static int depth(Node root) {
    int max = 0;
    int depth = 0;
    Node node = root;
    while (node != null) {
      max = Math.max(max, depth);
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null && node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == null || node == root ? null : node.getNext();
    }
    return max;
  }
}
