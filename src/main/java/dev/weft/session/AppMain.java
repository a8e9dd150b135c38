package dev.weft.session;

import dev.weft.App;
import dev.weft.AsyncApp;
import dev.weft.ui.Page;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.concurrent.CompletionStage;

/** An app's entry point, blocking ({@link App}) or async ({@link AsyncApp}). */
public final class AppMain {

  private final Object app;

  private AppMain(Object app) {
    this.app = app;
  }

  /**
   * Wraps an app.
   *
   * @throws IllegalArgumentException when it is neither an {@link App} nor an {@link AsyncApp}
   */
  public static AppMain of(Object app) {
    if (!(app instanceof App) && !(app instanceof AsyncApp)) {
      throw new IllegalArgumentException(app.getClass().getName() + " implements neither "
          + App.class.getName() + " nor " + AsyncApp.class.getName());
    }
    return new AppMain(app);
  }

  /** The app's name for logs and titles: its class's simple name. */
  public String name() {
    String name = app.getClass().getSimpleName();
    return name.isEmpty() || name.contains("$Lambda") ? "app" : name;
  }

  /** Runs {@code main} for a new page; the future completes on {@code context}. */
  Future<Void> run(Page page, Context context, BlockingHandoff handoff) {
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
