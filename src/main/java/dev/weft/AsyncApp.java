package dev.weft;

import dev.weft.ui.Page;
import java.util.concurrent.CompletionStage;

/**
 * A Weft app whose {@code main} is async: it runs on the session's event loop, must not block,
 * and returns a stage that completes when the first view is built (or null when it already is).
 */
@FunctionalInterface
public interface AsyncApp {

  CompletionStage<?> main(Page page) throws Exception;
}
