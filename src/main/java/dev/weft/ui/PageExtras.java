package dev.weft.ui;

import dev.weft.ui.controls.View;
import java.util.List;
import java.util.Map;

/**
 * The parts of a {@link Page} most sessions never use: hooks and handlers, the app's attributes,
 * the stores, the themes, the overlay and view lists, the scroll counter. Every session keeps a
 * page for hours, mostly idle and mostly without any of these, so they live in one object the
 * page makes on first use (one reference on an idle page instead of fifteen fields, issue 15).
 *
 * <p>Plain fields: the page reads and writes them with its lock held, except the themes, which
 * {@link Page#theme()} reads without it (hence volatile). The page publishes this object through a
 * volatile field, made under its lock.
 */
final class PageExtras {

  List<Runnable> disconnectHooks;
  List<Runnable> closeHooks;
  List<UploadHandler> uploadHandlers;
  List<LoginHandler> loginHandlers;
  List<AsyncLoginHandler> asyncLoginHandlers;
  List<LogoutHandler> logoutHandlers;
  List<AsyncLogoutHandler> asyncLogoutHandlers;
  Map<String, Object> attributes;
  SessionStore sessionStore;
  ClientStorage clientStorage;
  volatile Theme theme;
  volatile Theme darkTheme;
  ViewPopHandler viewPopHandler;
  // Views of the page's children, stateless: made on first use (a race makes two, both right).
  List<Control<?>> overlays;
  List<View> views;
  int scrollCount;
}
