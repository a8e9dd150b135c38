package dev.weft;

import dev.weft.ui.Page;

/**
 * A Weft app whose {@code main} may block: it runs off the event loop, once per session, like
 * Flet's {@code main(page)}.
 *
 * <pre>{@code
 * public class Hello implements App {
 *   public void main(Page page) {
 *     page.add(new Text("Hello, world!"));
 *   }
 * }
 * }</pre>
 *
 * Apps named in the configuration need a public no-argument constructor.
 */
@FunctionalInterface
public interface App {

  void main(Page page) throws Exception;
}
