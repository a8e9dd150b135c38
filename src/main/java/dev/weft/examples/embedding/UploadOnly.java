package dev.weft.examples.embedding;

import dev.weft.server.WeftHandlers;
import dev.weft.upload.StoredUpload;
import dev.weft.upload.UploadStore;
import dev.weft.upload.UploadUrls;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Weft's upload handler in a host's router, given a target directory: the host's own API hands
 * out signed upload URLs ({@code GET /api/upload-url?name=report.pdf}), browsers {@code PUT} files
 * to them, and the host's listener hears of each stored file. The files land in
 * {@code <dir>/<owner>/}; here every file belongs to {@code guest}, a real host would use the
 * user's id.
 *
 * <p>Run it, then: {@code curl -T notes.txt "http://localhost:8080$(curl -s
 * 'localhost:8080/api/upload-url?name=notes.txt' | jq -r .url)"}.
 */
public final class UploadOnly {

  /** Where the upload endpoint lives: {@code /files/upload}. */
  public static final String BASE = "/files/";
  /** The folder every upload of this example goes to. */
  public static final String OWNER = "guest";

  private UploadOnly() {
  }

  /**
   * Adds the host's upload API and Weft's upload endpoint; files stored go to {@code received}.
   * Returns the store, whose stale temporary files the host may clean up now and then.
   */
  public static UploadStore mount(Router router, Vertx vertx, Path dir, UploadUrls urls,
                                  List<StoredUpload> received) {
    UploadStore store = UploadStore.create(vertx, dir);
    router.get("/api/upload-url").handler(ctx -> ctx.json(new JsonObject()
        .put("url", BASE + urls.issue(BASE, OWNER, ctx.queryParams().get("name")))));
    router.route(BASE + "upload").handler(WeftHandlers.upload(store, urls, BASE, upload -> {
      received.add(upload); // a real host would record it, scan it, move it...
      return Future.succeededFuture();
    }));
    router.get("/api/uploads").handler(ctx -> {
      JsonArray files = new JsonArray();
      received.forEach(u -> files.add(new JsonObject().put("file", u.fileName()).put("size", u.size())));
      ctx.json(files);
    });
    return store;
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Router router = Router.router(vertx);
    MountedInRouter.hostRoutes(router);
    // an empty secret signs with a random key of this process; give several instances one secret
    UploadUrls urls = UploadUrls.create("", 10 * 1024 * 1024, Duration.ofMinutes(10));
    UploadStore store = mount(router, vertx, Path.of("uploads"), urls, new CopyOnWriteArrayList<>());
    vertx.setPeriodic(60_000, id -> store.removeStale(UploadStore.STALE_AFTER));
    vertx.createHttpServer().requestHandler(router).listen(8080)
        .onSuccess(s -> System.out.println("Ask http://localhost:8080/api/upload-url?name=notes.txt"));
  }
}
