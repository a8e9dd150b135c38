package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.Auth;
import dev.weft.ui.AuthUser;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.LoginEvent;
import dev.weft.ui.LogoutEvent;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Alignment;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.FontWeight;
import dev.weft.ui.controls.Image;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Sign-in with the first provider of {@code oauth.providers}: "Sign in" sends the browser to the
 * provider, which sends it back to this page, in the same session, signed in ("Signed in as …");
 * "Sign out" forgets the sign-in in this session. Without a configured provider it says so.
 */
public final class Login implements App {

  @Override
  public void main(Page page) {
    page.title("Sign in");
    page.horizontalAlignment(CrossAxisAlignment.CENTER);
    List<String> providers = page.loginProviders();
    String provider = providers.isEmpty() ? null : providers.get(0);

    Container avatar = new Container(new Text("?").color("#ffffff").weight(FontWeight.BOLD)
        .size(20)).width(48).height(48).borderRadius(24).bgcolor("outline")
        .alignment(Alignment.CENTER);
    Text status = new Text("Not signed in").style(TextStyle.TITLE_MEDIUM).key("status");
    Text detail = new Text(provider == null ? "" : "Sign in with " + provider + ".")
        .style(TextStyle.BODY_MEDIUM).color("onSurfaceVariant").key("detail");
    Text error = new Text().style(TextStyle.BODY_MEDIUM).color("error").visible(false)
        .selectable(true).key("error");
    Button signIn = new Button("Sign in").variant(ButtonVariant.FILLED).icon("person")
        .key("sign-in");
    Button signOut = new Button("Sign out").variant(ButtonVariant.OUTLINED).icon("logout")
        .visible(false).key("sign-out");
    Row buttons = new Row(signIn, signOut).spacing(12);

    if (provider == null) {
      status.value("No sign-in provider is configured");
      detail.value("Add one under oauth.providers in the configuration (see README, "
          + "\"Sign-in\"), then reload this page.");
      buttons.visible(false);
    }

    signIn.onClick(e -> {
      error.visible(false);
      signIn.disabled(true);
      status.value("Signing in with " + provider + "…");
      page.update(); // shown while the browser goes to the provider
      page.login(provider);
    });
    signOut.onClick(e -> page.logout());

    page.onLogin((LoginEvent e) -> {
      signIn.disabled(false);
      if (!e.succeeded()) {
        status.value("Sign-in failed");
        String why = e.errorDescription() == null ? e.error()
            : e.errorDescription().contains(e.error()) ? e.errorDescription()
            : e.errorDescription() + " (" + e.error() + ")";
        error.value(why).visible(true);
        return;
      }
      showSignedIn(e.auth(), avatar, status, detail);
      error.visible(false);
      signIn.visible(false);
      signOut.visible(true);
    });
    page.onLogout((LogoutEvent e) -> {
      avatar.content(new Text("?").color("#ffffff").weight(FontWeight.BOLD).size(20))
          .bgcolor("outline");
      status.value("Signed out");
      detail.value(LogoutEvent.EXPIRED.equals(e.reason())
          ? "Your sign-in expired and could not be renewed."
          : "This session forgot you; " + e.provider() + " may still remember you.");
      signOut.visible(false);
      signIn.visible(true);
    });

    Column card = new Column(
        new Text("Sign in").style(TextStyle.HEADLINE_MEDIUM),
        new Text("OAuth 2.0 and OpenID Connect: the provider signs you in, and its tokens stay "
            + "on the server.").style(TextStyle.BODY_MEDIUM).color("onSurfaceVariant"),
        new Container(new Column(
            new Row(avatar, new Column(status, detail).spacing(2).expand(1)).spacing(16),
            error,
            buttons)
            .spacing(16))
            .padding(20).borderRadius(16).bgcolor("surfaceVariant"))
        .spacing(16).horizontalAlignment(CrossAxisAlignment.STRETCH).width(520);
    page.add(card);
  }

  /** The user's picture (or initial), name and where the sign-in came from. */
  private static void showSignedIn(Auth auth, Container avatar, Text status, Text detail) {
    AuthUser user = auth.user();
    String name = user.displayName();
    if (user.picture() != null && user.picture().startsWith("https://")) {
      avatar.content(new Image(user.picture()).width(48).height(48).borderRadius(24)
          .alt(name)).bgcolor(null);
    } else {
      String initial = name == null || name.isEmpty() ? "?" : name.substring(0, 1)
          .toUpperCase(Locale.ROOT);
      avatar.content(new Text(initial).color("#ffffff").weight(FontWeight.BOLD).size(20))
          .bgcolor("primary");
    }
    status.value("Signed in as " + name);
    String email = user.email() != null && !user.email().equals(name) ? user.email() + " · " : "";
    detail.value(email + "via " + auth.provider());
  }
}
