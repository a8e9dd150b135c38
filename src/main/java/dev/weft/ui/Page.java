package dev.weft.ui;

import dev.weft.ui.controls.View;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One browser tab's page: the root of the session's control tree.
 *
 * <p>{@code add}, {@code insert}, {@code remove} and {@code clean} change the page and send the
 * change at once. Setters on controls (and on the page) only mark changes: call
 * {@link #update()} to send them, or let the handler return — Weft sends what a handler changed
 * when it completes.
 *
 * <p>A page holds at most {@code limits.controlsPerPage} controls (100,000 by default): adding
 * past it, anywhere on the page, throws an {@link IllegalStateException} naming the limit and
 * changes nothing, so the handler fails there and the browser shows its error banner.
 *
 * <p>Thread-safe: every public method is atomic, guarded by the page's lock.
 */
public final class Page extends Control<Page> {

  final PageLock lock = new PageLock();
  // The controls marked since the last update; null while none is (an idle page holds no list).
  ArrayList<Control<?>> dirtyProps;
  ArrayList<Control<?>> dirtyChildren;
  private final ControlIndex index = new ControlIndex();
  /** {@code limits.controlsPerPage}, or 0 for no limit: see {@link #checkRoom}. */
  private final int maxControls;
  private final PageHost host;
  private final PageSink sink;
  // Hooks, handlers, stores, themes, overlay and view lists: made on first use, under the lock
  // (see extras()); most sessions never use them, and every session idles with its page.
  private volatile PageExtras extras;
  private volatile ClientInfo client;
  final List<Control<?>> content = new PageRegion(this, false);
  private int nextId = 1;
  private boolean rendered;

  Page(PageHost host, ClientInfo client, PageSink sink, int maxControls) {
    super(Integer.MAX_VALUE);
    this.maxControls = maxControls;
    this.host = host;
    this.client = client;
    this.sink = sink;
    this.id = 0;
    this.page = this;
    setAttached(true);
    index.put(this);
    // The browser shows this route already: the first render must not push it again.
    putSilently("route", client.route());
  }

  @Override
  protected String type() {
    return "page";
  }

  // ------------------------------------------------------------------ the tree

  /** The page's controls, top to bottom: a live list, sent on the next {@link #update()}. */
  public List<Control<?>> controls() {
    return content;
  }

  /** Appends controls and sends the change. */
  public Page add(Control<?>... controls) {
    lock.lock();
    try {
      content.addAll(List.of(controls));
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** Inserts controls at {@code index} and sends the change. */
  public Page insert(int index, Control<?>... controls) {
    lock.lock();
    try {
      content.addAll(index, List.of(controls));
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** Removes controls (from wherever they are on the page) and sends the change. */
  public Page remove(Control<?>... controls) {
    lock.lock();
    try {
      for (Control<?> c : controls) {
        if (c.page == this && c.parent != null) {
          c.parent.children.remove(c);
        }
      }
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** Removes every control (the overlays stay) and sends the change. */
  public Page clean() {
    lock.lock();
    try {
      content.clear();
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  /**
   * Sends every change made since the last update as one patch (the first time, the whole page).
   * Does nothing when nothing changed.
   */
  public Page update() {
    lock.lock();
    try {
      if (!rendered) {
        render();
      } else {
        List<dev.weft.protocol.Op> ops = Diff.changes(this);
        if (!ops.isEmpty()) {
          sink.patch(ops);
        }
      }
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** The control with a key, searching the whole page, or null. */
  public Control<?> find(String key) {
    lock.lock();
    try {
      Control<?>[] found = {null};
      index.forEach(c -> {
        if (found[0] == null && key.equals(c.prop("key"))) {
          found[0] = c;
        }
      });
      return found[0];
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------ page properties

  public String title() {
    Object v = get("title");
    return v == null ? "Weft" : (String) v;
  }

  public Page title(String title) {
    return set("title", "Weft".equals(title) ? null : title);
  }

  public ThemeMode themeMode() {
    return fromWire(ThemeMode.class, get("themeMode"), ThemeMode.SYSTEM);
  }

  public Page themeMode(ThemeMode mode) {
    return set("themeMode", mode == ThemeMode.SYSTEM ? null : wire(mode));
  }

  /** The theme of light mode, or null for weft.css's baseline. */
  public Theme theme() {
    PageExtras e = extras;
    return e == null ? null : e.theme;
  }

  /**
   * The theme in light mode, and in dark mode too unless {@link #darkTheme(Theme)} is set: its
   * seed's dark roles. Null for weft.css's baseline. Applied at once, without a reload.
   */
  public Page theme(Theme theme) {
    extras().theme = theme;
    set("theme", theme == null ? null : theme.wire(false));
    return sendDarkTheme();
  }

  /** The theme of dark mode, or null when it follows {@link #theme()}. */
  public Theme darkTheme() {
    PageExtras e = extras;
    return e == null ? null : e.darkTheme;
  }

  /** The theme in dark mode (its seed's dark roles); null to follow {@link #theme(Theme)}. */
  public Page darkTheme(Theme darkTheme) {
    extras().darkTheme = darkTheme;
    return sendDarkTheme();
  }

  private Page sendDarkTheme() {
    PageExtras e = extras();
    Theme dark = e.darkTheme != null ? e.darkTheme : e.theme;
    return set("darkTheme", dark == null ? null : dark.wire(true));
  }

  /** The fonts registered with {@link #fonts(Map)}: family name → asset path. */
  @SuppressWarnings("unchecked")
  public Map<String, String> fonts() {
    Object v = get("fonts");
    return v == null ? Map.of() : (Map<String, String>) v;
  }

  /**
   * Fonts from the app's assets directory, by family name: {@code Map.of("Inter",
   * "fonts/Inter.woff2")}. The browser loads one when the page first uses it; name it in
   * {@link Theme#fontFamily(String)} or a control's font family. Replaces the fonts set before.
   *
   * @throws IllegalArgumentException for a name that is not a plain family name, or a path that
   *     is not a relative path to a .woff2, .woff, .ttf or .otf file inside the assets directory
   */
  public Page fonts(Map<String, String> fonts) {
    Map<String, String> checked = new java.util.TreeMap<>();
    fonts.forEach((name, path) -> checked.put(Theme.checkFamily(name), checkFontPath(name, path)));
    return set("fonts", checked.isEmpty() ? null : Map.copyOf(checked));
  }

  private static final java.util.regex.Pattern FONT_PATH =
      java.util.regex.Pattern.compile("(?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_.-]+\\.(?:woff2|woff|ttf|otf)");

  private static String checkFontPath(String name, String path) {
    if (path == null || !FONT_PATH.matcher(path).matches() || path.startsWith(".") || path.contains("/.")) {
      throw new IllegalArgumentException("font \"" + name + "\": the path is relative to the assets directory and"
          + " names a .woff2, .woff, .ttf or .otf file (no \"..\", no leading \"/\"), not \"" + path + "\"");
    }
    return path;
  }

  /** Space around the page's content in pixels (all sides); the default is 16. */
  public Page padding(int padding) {
    return set("padding", padding == 16 ? null : padding);
  }

  /** Space around the page's content: left, top, right, bottom. */
  public Page padding(int left, int top, int right, int bottom) {
    return set("padding", List.of(left, top, right, bottom));
  }

  public Object padding() {
    Object v = get("padding");
    return v == null ? 16 : v;
  }

  public int spacing() {
    Object v = get("spacing");
    return v == null ? 10 : (Integer) v;
  }

  /** The vertical gap between the page's controls; the default is 10. */
  public Page spacing(int spacing) {
    return set("spacing", spacing == 10 ? null : spacing);
  }

  public ScrollMode scroll() {
    return fromWire(ScrollMode.class, get("scroll"), ScrollMode.AUTO);
  }

  public Page scroll(ScrollMode scroll) {
    return set("scroll", scroll == ScrollMode.AUTO ? null : wire(scroll));
  }

  public CrossAxisAlignment horizontalAlignment() {
    return fromWire(CrossAxisAlignment.class, get("horizontalAlignment"), CrossAxisAlignment.START);
  }

  public Page horizontalAlignment(CrossAxisAlignment alignment) {
    return set("horizontalAlignment", alignment == CrossAxisAlignment.START ? null : wire(alignment));
  }

  public MainAxisAlignment verticalAlignment() {
    return fromWire(MainAxisAlignment.class, get("verticalAlignment"), MainAxisAlignment.START);
  }

  public Page verticalAlignment(MainAxisAlignment alignment) {
    return set("verticalAlignment", alignment == MainAxisAlignment.START ? null : wire(alignment));
  }

  public String bgcolor() {
    return (String) get("bgcolor");
  }

  public Page bgcolor(String color) {
    return set("bgcolor", color);
  }

  /** Scrolls the browser to {@code "top"}, {@code "bottom"} or the control with that key, now. */
  public Page scrollTo(String target) {
    lock.lock();
    try {
      set("scrollTo", Map.of("to", target, "n", ++extras().scrollCount));
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  // ------------------------------------------------------------------ the session

  /**
   * The session's id: unique, stable across reconnects of this tab. Not a credential: coming back
   * to the session takes the browser's token, whose secret never reaches app code
   * (docs/security.md); Weft's own logs show only its first six characters.
   */
  public String sessionId() {
    return host.sessionId();
  }

  /** What the server knows of the browser: route, viewport, client IP, request headers, cookies. */
  public ClientInfo client() {
    return client;
  }

  /**
   * The page's route below the app's base, with its query, e.g. {@code "/orders/7?tab=2"}: the
   * route the browser opened ({@link ClientInfo#route()}), then the latest of {@link #go} and
   * the browser's route changes (back, forward).
   */
  public String route() {
    return (String) get("route");
  }

  /** The page's route without its query, e.g. {@code "/orders/7"}. */
  public String path() {
    return Route.parse(route()).path();
  }

  /** The query of the page's URL without {@code ?}, undecoded, e.g. {@code "tab=2"}, or "". */
  public String query() {
    return Route.parse(route()).query();
  }

  /** The first value of a query parameter of the page's URL, decoded, or null. */
  public String queryParam(String name) {
    List<String> values = Route.parse(route()).params().get(name);
    return values == null ? null : values.get(0);
  }

  /**
   * Goes to {@code route} (below the app's base, e.g. {@code "/settings"}): the route-change
   * handler runs now, on this thread, and the browser's address follows on the next update, as
   * a new history entry (so the browser's back button returns to the route before). Does
   * nothing when the page is on that route already.
   *
   * @throws IllegalArgumentException for a route not starting with {@code /}
   */
  public Page go(String route) {
    String problem = routeProblem(route);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    Listener listener;
    lock.lock();
    try {
      if (route.equals(route())) {
        return this;
      }
      set("route", route);
      listener = listener(ROUTE_CHANGE);
    } finally {
      lock.unlock();
    }
    if (listener != null) {
      try {
        runRouteChange(listener, route);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("the route-change handler failed for " + route, e);
      }
    }
    update();
    return this;
  }

  /**
   * Runs when the route changes: the browser's back or forward button, or {@link #go}. The
   * event's {@code data()} is the new route, which {@link #route()} returns already; a handler
   * typically rebuilds {@link #views()} for it. Null removes the handler.
   */
  public Page onRouteChange(EventHandler<Page> handler) {
    return on(ROUTE_CHANGE, handler);
  }

  /**
   * The page's view stack, bottom to top: a live list, sent on the next {@link #update()}. The
   * browser shows only the top view. The views are the page's controls: a page uses either
   * views or plain controls ({@link #controls()}), not both.
   */
  public List<View> views() {
    PageExtras e = extras();
    List<View> list = e.views;
    if (list == null) {
      list = new ViewStack(this);
      e.views = list;
    }
    return list;
  }

  // ------------------------------------------------------------------ overlays

  /**
   * The page's overlays (Flet's {@code page.overlay}): dialogs, sheets, snack bars, banners,
   * drawers, pickers, drawn over the content when open. A live list, sent on the next
   * {@link #update()}; {@link #open} adds to it. On the wire they are the page's last children.
   */
  public List<Control<?>> overlay() {
    PageExtras e = extras();
    List<Control<?>> list = e.overlays;
    if (list == null) {
      list = new PageRegion(this, true);
      e.overlays = list;
    }
    return list;
  }

  /**
   * Opens an overlay and sends the change: one on no page joins the {@linkplain #overlay()
   * overlay list} first. Opening an open overlay does nothing.
   */
  public Page open(Overlay<?> overlay) {
    lock.lock();
    try {
      if (overlay.page != this || !overlay.isAttached()) {
        overlay().add(overlay);
      }
      overlay.open(true);
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** Closes an overlay and sends the change; it stays in its list, ready to open again. */
  public Page close(Overlay<?> overlay) {
    lock.lock();
    try {
      overlay.open(false);
      update();
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** The top view, or null when the stack is empty. */
  public View topView() {
    lock.lock();
    try {
      List<View> stack = views();
      return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs when a view asks to be popped (its app bar's back button), instead of the default, which
   * removes the view and {@linkplain #go goes} to the route of the view below. Null restores the
   * default.
   */
  public Page onViewPop(ViewPopHandler handler) {
    lock.lock();
    try {
      extras().viewPopHandler = handler;
    } finally {
      lock.unlock();
    }
    return this;
  }

  /**
   * Pops {@code view}, as its app bar's back button does: runs the {@link #onViewPop} handler,
   * or removes the view (and those above it) and goes to the route of the view below it. The
   * default leaves the bottom view, and a view not on the stack, alone.
   */
  public Page viewPop(View view) {
    ViewPopHandler handler;
    lock.lock();
    try {
      PageExtras e = extras;
      handler = e == null ? null : e.viewPopHandler;
    } finally {
      lock.unlock();
    }
    if (handler != null) {
      handler.handle(new ViewPopEvent(this, view));
      update();
      return this;
    }
    String below;
    lock.lock();
    try {
      List<View> stack = views();
      int at = stack.indexOf(view);
      if (at <= 0) {
        return this; // popped already (a second click on the way), or nothing below to go to
      }
      stack.subList(at, stack.size()).clear();
      below = stack.isEmpty() ? null : stack.get(stack.size() - 1).route();
    } finally {
      lock.unlock();
    }
    if (below != null) {
      go(below);
    }
    update();
    return this;
  }

  /** A stage that completes on the session's event loop after {@code delay}. */
  public CompletionStage<Void> timer(Duration delay) {
    return host.timer(delay);
  }

  /** Runs when the browser's connection drops; the session waits for it to reconnect. */
  public Page onDisconnect(Runnable hook) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.disconnectHooks = withAdded(e.disconnectHooks, hook);
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** Runs once when the session ends for good (closed, or not reconnected in time). */
  public Page onClose(Runnable hook) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.closeHooks = withAdded(e.closeHooks, hook);
    } finally {
      lock.unlock();
    }
    return this;
  }

  /**
   * A URL, relative to the app's base, to which the browser may {@code PUT} one file of at most
   * {@code upload.maxSize} bytes within {@code upload.urlTtlSeconds}; it arrives in this session's
   * own folder of the upload directory and {@link #onUpload} handlers hear of it.
   *
   * @param fileName the name to store it under (made safe: no folders, no hidden files)
   */
  public String uploadUrl(String fileName) {
    return host.uploadUrl(fileName, -1, null);
  }

  /**
   * As {@link #uploadUrl(String)}, allowing at most {@code maxSize} bytes (no more than
   * {@code upload.maxSize}) for {@code ttl}.
   */
  public String uploadUrl(String fileName, long maxSize, Duration ttl) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("an upload's size limit cannot be negative: " + maxSize);
    }
    return host.uploadUrl(fileName, maxSize, ttl);
  }

  /** Runs for every file uploaded with one of this page's upload URLs, once it is stored. */
  public Page onUpload(UploadHandler handler) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.uploadHandlers = withAdded(e.uploadHandlers, handler);
    } finally {
      lock.unlock();
    }
    return this;
  }

  // ------------------------------------------------------------------ sign-in

  /**
   * Signs in with a provider of {@code oauth.providers}: the browser goes to the provider's
   * sign-in page and comes back to this page, in this same session, and then the
   * {@link #onLogin} handlers run, with the page signed in ({@link #auth()}) or with the error.
   * An unknown or unavailable provider, or a server without providers, is such an error too:
   * nothing is thrown. Returns at once.
   *
   * @param provider the provider's name, as configured
   */
  public Page login(String provider) {
    return login(provider, LoginOptions.defaults());
  }

  /** As {@link #login(String)}, asking for extra scopes, or for the user's groups. */
  public Page login(String provider, LoginOptions options) {
    if (provider == null || provider.isBlank()) {
      throw new IllegalArgumentException("login needs a provider's name");
    }
    host.login(provider, options == null ? LoginOptions.defaults() : options);
    return this;
  }

  /**
   * Signs the page out: {@link #auth()} is null from now on and the {@link #onLogout} handlers
   * run. Only this session forgets the user: the user stays signed in at the provider. Does
   * nothing when the page is not signed in.
   */
  public Page logout() {
    host.logout();
    return this;
  }

  /**
   * The names of the sign-in providers {@link #login} takes ({@code oauth.providers}), in
   * configuration order; empty when none is configured.
   */
  public List<String> loginProviders() {
    return host.loginProviders();
  }

  /** Who is signed in: the provider, the user, the tokens (which never reach the browser); or null. */
  public Auth auth() {
    return host.auth();
  }

  /** Runs when a sign-in ends, signed in or not: see {@link LoginHandler}. */
  public Page onLogin(LoginHandler handler) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.loginHandlers = withAdded(e.loginHandlers, handler);
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** As {@link #onLogin}, on the session's event loop: see {@link AsyncLoginHandler}. */
  public Page onLoginAsync(AsyncLoginHandler handler) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.asyncLoginHandlers = withAdded(e.asyncLoginHandlers, handler);
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** Runs when the page is signed out: see {@link LogoutHandler}. */
  public Page onLogout(LogoutHandler handler) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.logoutHandlers = withAdded(e.logoutHandlers, handler);
    } finally {
      lock.unlock();
    }
    return this;
  }

  /** As {@link #onLogout}, on the session's event loop: see {@link AsyncLogoutHandler}. */
  public Page onLogoutAsync(AsyncLogoutHandler handler) {
    lock.lock();
    try {
      PageExtras e = extras();
      e.asyncLogoutHandlers = withAdded(e.asyncLogoutHandlers, handler);
    } finally {
      lock.unlock();
    }
    return this;
  }

  /**
   * Opens a URL in this window, leaving the page (Flet's {@code page.launch_url}). The browser
   * keeps this session for its return: coming back to the app in this tab (the back button, or a
   * link or redirect to the app) resumes it rather than starting a new one.
   *
   * @param url an absolute {@code http}, {@code https}, {@code mailto} or {@code tel} URL, or one
   *     relative to the app's base
   * @throws IllegalArgumentException for any other URL ({@code javascript:} and {@code data:} are
   *     never opened)
   */
  public Page launchUrl(String url) {
    return launchUrl(url, false);
  }

  /**
   * Opens a URL in this window or, with {@code newTab}, in a new one (which the browser's popup
   * blocker may refuse when no click led to it). See {@link #launchUrl(String)}.
   */
  public Page launchUrl(String url, boolean newTab) {
    String problem = LaunchUrls.problem(url);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    host.navigate(url, newTab);
    return this;
  }

  // ------------------------------------------------------------------ downloads

  /**
   * Has the browser save a file from the server's disk, named {@code fileName}, through a signed
   * URL that works once; the file is streamed, never held in memory. Returns at once.
   *
   * @param contentType its media type, e.g. {@code text/csv}; null for
   *     {@code application/octet-stream}
   */
  public Page download(Path file, String fileName, String contentType) {
    host.download(new DownloadSource.File(file), fileName, contentType);
    return this;
  }

  /** As {@link #download(Path, String, String)}, for bytes in memory. */
  public Page download(byte[] bytes, String fileName, String contentType) {
    host.download(new DownloadSource.Bytes(bytes), fileName, contentType);
    return this;
  }

  /**
   * As {@link #download(Path, String, String)}, for a stream that {@code opener} opens when the
   * browser asks for it (on a worker thread: it may block); Weft closes it when it is sent.
   */
  public Page download(DownloadSource.Opener opener, String fileName, String contentType) {
    host.download(new DownloadSource.Stream(opener), fileName, contentType);
    return this;
  }

  /**
   * Messages between this app's sessions, on every instance of a cluster (Flet's PubSub):
   * {@code page.pubsub().subscribe(m -> ...)}, {@code page.pubsub().sendAll(message)}. See
   * {@link PubSub}.
   */
  public PubSub pubsub() {
    return host.pubsub();
  }

  /**
   * The app's own values for this session, e.g. the signed-in user a before-main hook found.
   * Thread-safe; not sent to the browser.
   */
  public Map<String, Object> attributes() {
    lock.lock();
    try {
      PageExtras e = extras();
      if (e.attributes == null) {
        e.attributes = new ConcurrentHashMap<>();
      }
      return e.attributes;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The session's server-side values (Flet's {@code page.session}): thread-safe, never sent to the
   * browser, gone when the session ends.
   */
  public SessionStore sessionStore() {
    lock.lock();
    try {
      PageExtras e = extras();
      if (e.sessionStore == null) {
        e.sessionStore = new SessionStore();
      }
      return e.sessionStore;
    } finally {
      lock.unlock();
    }
  }

  /**
   * The browser's local storage for this app (Flet's {@code page.client_storage}): asynchronous,
   * JSON values, keys scoped to the app's base path. See {@link ClientStorage}.
   */
  public ClientStorage clientStorage() {
    lock.lock();
    try {
      PageExtras e = extras();
      if (e.clientStorage == null) {
        e.clientStorage = new ClientStorage(host, ClientStorage.TIMEOUT);
      }
      return e.clientStorage;
    } finally {
      lock.unlock();
    }
  }

  /** Ends the session: runs the close hooks and disconnects the browser. */
  public void close() {
    host.close();
  }

  // ------------------------------------------------------------------ keyboard

  /**
   * Hears every key pressed on the page, in text fields too (as Flet does), with its modifiers;
   * null stops listening. The browser sends key presses only while a handler is registered (the
   * page's {@code events} property says so); a held key's repeats come at most every 100 ms.
   */
  public Page onKeyboardEvent(KeyboardHandler handler) {
    return on(KeyboardEvent.NAME, handler == null ? null
        : e -> handler.handle(KeyboardEvent.parse(e.data())));
  }

  // ------------------------------------------------------------------ for the driver

  static final String ROUTE_CHANGE = "route";
  private static final int MAX_ROUTE = 8192;

  /** Why {@code route} is not a route, or null. */
  static String routeProblem(Object route) {
    if (!(route instanceof String text)) {
      return "a route is a string, not " + route;
    }
    if (!text.startsWith("/")) {
      return "a route starts with \"/\": " + text;
    }
    if (text.length() > MAX_ROUTE) {
      return "a route of " + text.length() + " characters is too long (at most " + MAX_ROUTE + ")";
    }
    return null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void runRouteChange(Listener listener, String route) throws Exception {
    ((EventHandler) listener.blocking()).handle(new ControlEvent(this, ROUTE_CHANGE, route, 0));
  }

  // A route change: the browser's route changed (back, forward) and shows the new route already.
  // A key press: checked here so bad data is a protocol error. A storage answer: completes the
  // clientStorage() request it is for.
  @Override
  protected String acceptClientValue(String event, Object data) {
    if (ROUTE_CHANGE.equals(event)) {
      String problem = routeProblem(data);
      if (problem != null) {
        return problem;
      }
      putSilently("route", data);
    } else if (KeyboardEvent.NAME.equals(event)) {
      try {
        KeyboardEvent.parse(data);
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    } else if (ClientStorage.EVENT.equals(event)) {
      String refused = ClientStorage.check(data);
      PageExtras e = extras;
      if (refused == null && e != null && e.clientStorage != null) { // none: nothing was asked
        e.clientStorage.answered(data);
      }
      return refused;
    }
    return null;
  }

  /** Route changes and storage answers are taken without a handler. */
  @Override
  protected boolean acceptsUnhandled(String event) {
    return ROUTE_CHANGE.equals(event) || ClientStorage.EVENT.equals(event);
  }

  void client(ClientInfo client) {
    this.client = client;
  }

  List<Runnable> disconnectHooks() {
    return orEmpty(e -> e.disconnectHooks);
  }

  List<UploadHandler> uploadHandlers() {
    return orEmpty(e -> e.uploadHandlers);
  }

  List<Runnable> closeHooks() {
    return orEmpty(e -> e.closeHooks);
  }

  List<LoginHandler> loginHandlers() {
    return orEmpty(e -> e.loginHandlers);
  }

  List<AsyncLoginHandler> asyncLoginHandlers() {
    return orEmpty(e -> e.asyncLoginHandlers);
  }

  List<LogoutHandler> logoutHandlers() {
    return orEmpty(e -> e.logoutHandlers);
  }

  List<AsyncLogoutHandler> asyncLogoutHandlers() {
    return orEmpty(e -> e.asyncLogoutHandlers);
  }

  /** The list with one more hook, made on first use (most pages never register one). */
  private static <T> List<T> withAdded(List<T> hooks, T hook) {
    List<T> list = hooks == null ? new CopyOnWriteArrayList<>() : hooks;
    list.add(hook);
    return list;
  }

  private <T> List<T> orEmpty(java.util.function.Function<PageExtras, List<T>> hooks) {
    lock.lock();
    try {
      PageExtras e = extras;
      List<T> list = e == null ? null : hooks.apply(e);
      return list == null ? List.of() : list;
    } finally {
      lock.unlock();
    }
  }

  /** The page's rarely used parts, made on first use under the lock. */
  private PageExtras extras() {
    PageExtras e = extras;
    if (e == null) {
      lock.lock();
      try {
        e = extras;
        if (e == null) {
          e = new PageExtras();
          extras = e;
        }
      } finally {
        lock.unlock();
      }
    }
    return e;
  }

  /** Sends the whole page; with the lock held. */
  void render() {
    Diff.changes(this); // settles pending state; the client gets everything anyway
    rendered = true;
    sink.render(Diff.full(this));
  }

  Control<?> lookup(int id) {
    return index.get(id);
  }

  /**
   * The control with this id on the page, or null (Flet's {@code page.get_control}): e.g. the
   * draggable a {@link dev.weft.ui.controls.DragTarget} event names.
   */
  public Control<?> control(int id) {
    lock.lock();
    try {
      return index.get(id);
    } finally {
      lock.unlock();
    }
  }

  // ------------------------------------------------------------------ tree bookkeeping (locked)

  void propertiesChanged(Control<?> control) {
    if (!control.isPropsQueued()) {
      control.setPropsQueued(true);
      if (dirtyProps == null) {
        dirtyProps = new ArrayList<>(4);
      }
      dirtyProps.add(control);
    }
  }

  /**
   * Fails before anything changes if adding {@code incoming} would make the page hold more than
   * {@code limits.controlsPerPage} controls (the page itself not counted). Checked as controls
   * join the page, not when the diff is sent: so the tree never holds more, no patch is ever
   * half-sent or rolled back, and the exception points at the line of the handler that added.
   * Controls already on the page are moved, not added; {@code leaving} were taken off by the
   * same call (a {@code set} replacing one).
   *
   * @throws IllegalStateException naming the limit and its key
   */
  void checkRoom(java.util.Collection<? extends Control<?>> incoming, Control<?> leaving) {
    if (maxControls == 0) {
      return;
    }
    long adding = 0;
    for (Control<?> c : incoming) {
      if (!(c.isAttached() && c.page == this)) {
        adding += subtreeSize(c);
      }
    }
    if (leaving != null && leaving.isAttached()) {
      adding -= subtreeSize(leaving);
    }
    long after = index.size() - 1 + adding; // the index holds the page itself too
    if (adding > 0 && after > maxControls) {
      throw new IllegalStateException("limits.controlsPerPage is " + maxControls + ": adding "
          + adding + (adding == 1 ? " control" : " controls") + " to a page of " + (index.size() - 1)
          + " would make " + after + "; nothing was added");
    }
  }

  private static long subtreeSize(Control<?> control) {
    long n = 1;
    if (control.children != null) {
      for (int i = 0; i < control.children.count(); i++) {
        n += subtreeSize(control.children.at(i));
      }
    }
    return n;
  }

  /** Fails before anything changes if a subtree holds a control of another page. */
  void checkAttachable(Control<?> control) {
    if (control.page != null && control.page != this) {
      throw new IllegalStateException(control + " belongs to another page");
    }
    if (control.children != null) {
      for (int i = 0; i < control.children.count(); i++) {
        checkAttachable(control.children.at(i));
      }
    }
  }

  void attach(Control<?> control) {
    control.page = this;
    if (control.id == NO_ID) {
      control.id = nextId++;
    }
    control.setAttached(true);
    index.put(control);
    if (control.children != null) {
      for (int i = 0; i < control.children.count(); i++) {
        attach(control.children.at(i));
      }
    }
  }

  void detach(Control<?> control) {
    control.setAttached(false);
    index.remove(control.id);
    if (control.children != null) {
      for (int i = 0; i < control.children.count(); i++) {
        detach(control.children.at(i));
      }
    }
  }
}
