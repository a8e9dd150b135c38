package dev.weft.session;

import dev.weft.App;
import dev.weft.AsyncApp;
import dev.weft.BeforeMain;
import dev.weft.ui.Page;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.CompletionStage;

/**
 * An app's entry point, blocking ({@link App}) or async ({@link AsyncApp}), with an optional
 * {@link BeforeMain} hook run first.
 */
public final class AppMain {

  private final Object app;
  private final BeforeMain beforeMain;

  private AppMain(Object app, BeforeMain beforeMain) {
    this.app = app;
    this.beforeMain = beforeMain;
  }

  /**
   * Wraps an app.
   *
   * @throws IllegalArgumentException when it is neither an {@link App} nor an {@link AsyncApp}
   */
  public static AppMain of(Object app) {
    if (app instanceof AppMain main) {
      return main;
    }
    return of(app, null);
  }

  /**
   * Wraps an app whose every session first runs {@code beforeMain} (may be null).
   *
   * @throws IllegalArgumentException when it is neither an {@link App} nor an {@link AsyncApp}
   */
  public static AppMain of(Object app, BeforeMain beforeMain) {
    if (!(app instanceof App) && !(app instanceof AsyncApp)) {
      throw new IllegalArgumentException(app.getClass().getName() + " implements neither "
          + App.class.getName() + " nor " + AsyncApp.class.getName());
    }
    return new AppMain(app, beforeMain);
  }

  /** The app's name for logs and titles: its class's simple name. */
  public String name() {
    String name = app.getClass().getSimpleName();
    return name.isEmpty() || name.contains("$Lambda") ? "app" : name;
  }

  /**
   * Runs the before-main hook, if any, then {@code main} for a new page; the future completes on
   * {@code context}. A failing hook stops {@code main} from running.
   */
  Future<Void> run(Page page, Context context, BlockingHandoff handoff) {
    if (beforeMain == null) {
      return runMain(page, context, handoff);
    }
    return handoff.run(context, () -> {
      beforeMain.beforeMain(page);
      return null;
    }).compose(v -> runMain(page, context, handoff));
  }

  private Future<Void> runMain(Page page, Context context, BlockingHandoff handoff) {
    if (app instanceof App blocking) {
      return handoff.run(context, () -> {
        blocking.main(page);
        return null;
      });
    }
    Promise<Void> done = Promise.promise();
    try {
      CompletionStage<?> stage = ((AsyncApp) app).main(page);
      if (stage == null) {
        return Future.succeededFuture();
      }
      stage.whenComplete((v, t) -> context.runOnContext(x -> {
        if (t != null) {
          done.fail(t);
        } else {
          done.complete();
        }
      }));
    } catch (Throwable t) {
      done.fail(t);
    }
    return done.future();
  }
}
