package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.MainAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.PubSubMessage;
import dev.weft.ui.ScrollMode;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.FontWeight;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import dev.weft.ui.controls.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A chat room: every tab of the app (on every instance of a cluster) hears every message, through
 * {@code page.pubsub()}. Pick a name and join; type a message and press Enter or Send. Others see
 * you join, and leave when your session ends.
 */
public final class Chat implements App {

  /** What travels between the sessions: a record, sent as JSON. */
  public record ChatMessage(Kind kind, String user, String text, String from) {
  }

  /** A message, or a notice that someone joined or left. */
  public enum Kind { MESSAGE, JOIN, LEAVE }

  private static final List<String> AVATAR_COLORS = List.of(
      "#6750a4", "#b3261e", "#386a20", "#7d5260", "#006874", "#8b5000", "#4f378b", "#0061a4");

  @Override
  public void main(Page page) {
    // not the session id, which is a secret: just enough to tell this tab's own messages apart
    String me = UUID.randomUUID().toString();
    String[] user = {null};
    int[] shown = {0};

    page.title("Weft chat");
    page.horizontalAlignment(CrossAxisAlignment.CENTER);

    Text empty = new Text("No messages yet. Join, and say something!").style(TextStyle.BODY_MEDIUM)
        .color("onSurfaceVariant");
    Column messages = new Column(empty).spacing(12).scroll(ScrollMode.AUTO).key("messages");
    Container board = new Container(messages).height(420).padding(16).borderRadius(16)
        .bgcolor("surfaceVariant");
    TextField name = new TextField("Your name").autofocus(true).maxLength(40).expand(1)
        .key("name");
    Button join = new Button("Join").variant(ButtonVariant.FILLED).icon("person").key("join");
    Row joinRow = new Row(name, join);
    Text welcome = new Text().style(TextStyle.BODY_MEDIUM).color("onSurfaceVariant").visible(false);
    TextField message = new TextField().hint("Write a message…").maxLength(500).expand(1)
        .disabled(true).key("message");
    Button send = new Button("Send").variant(ButtonVariant.FILLED).icon("send").disabled(true)
        .key("send");

    page.pubsub().subscribeAsync(received -> {
      messages.controls().remove(empty);
      show(page, messages, received, me, ++shown[0]);
      return null;
    });

    Runnable joinChat = () -> {
      String chosen = name.value() == null ? "" : name.value().strip();
      if (chosen.isEmpty()) {
        name.errorText("Pick a name first");
        return;
      }
      user[0] = chosen;
      name.errorText(null);
      joinRow.visible(false);
      welcome.value("You are " + chosen + ". Say hello!").visible(true);
      message.disabled(false).autofocus(true);
      send.disabled(false);
      page.pubsub().sendAll(new ChatMessage(Kind.JOIN, chosen, "", me));
    };
    Runnable sendMessage = () -> {
      String text = message.value() == null ? "" : message.value().strip();
      if (user[0] == null || text.isEmpty()) {
        return;
      }
      page.pubsub().sendAll(new ChatMessage(Kind.MESSAGE, user[0], text, me));
      message.value("");
    };
    name.onSubmit(e -> joinChat.run());
    join.onClick(e -> joinChat.run());
    message.onSubmit(e -> sendMessage.run());
    send.onClick(e -> sendMessage.run());
    page.onClose(() -> {
      if (user[0] != null) {
        page.pubsub().sendOthers(new ChatMessage(Kind.LEAVE, user[0], "", me));
      }
    });

    Column card = new Column(
        new Text("Weft chat").style(TextStyle.HEADLINE_MEDIUM),
        new Text("Messages reach every tab of this app, on every instance.")
            .style(TextStyle.BODY_MEDIUM).color("onSurfaceVariant"),
        joinRow,
        welcome,
        board,
        new Row(message, send))
        .spacing(16).horizontalAlignment(CrossAxisAlignment.STRETCH).width(640);
    page.add(card);
  }

  /** Adds a received message or notice to the board and scrolls to it. */
  private static void show(Page page, Column messages, PubSubMessage received, String me, int n) {
    ChatMessage m = received.as(ChatMessage.class);
    String key = "m" + n;
    if (m.kind() == Kind.MESSAGE) {
      messages.controls().add(bubble(m, m.from().equals(me)).key(key));
    } else {
      String notice = m.user() + (m.kind() == Kind.JOIN ? " joined the chat" : " left the chat");
      messages.controls().add(new Row(new Text(notice).style(TextStyle.BODY_SMALL).italic(true)
          .color("onSurfaceVariant")).alignment(MainAxisAlignment.CENTER).key(key));
    }
    page.update();
    page.scrollTo(key);
  }

  private static Row bubble(ChatMessage m, boolean mine) {
    String initial = m.user().substring(0, 1).toUpperCase(Locale.ROOT);
    String color = AVATAR_COLORS.get(Math.floorMod(m.user().hashCode(), AVATAR_COLORS.size()));
    Container avatar = new Container(new Text(initial).color("#ffffff").weight(FontWeight.BOLD))
        .width(36).height(36).borderRadius(18).bgcolor(color)
        .alignment(dev.weft.ui.controls.Alignment.CENTER);
    // colour roles in pairs, so the bubble reads in light and in dark
    String ink = mine ? "onSecondaryContainer" : "onSurface";
    Column body = new Column(
        new Text(mine ? m.user() + " (you)" : m.user()).style(TextStyle.LABEL_LARGE).color(ink),
        new Text(m.text()).style(TextStyle.BODY_MEDIUM).color(ink))
        .spacing(2);
    Container bubble = new Container(body).padding(12, 8, 12, 8).borderRadius(12)
        .bgcolor(mine ? "secondaryContainer" : "surface").expand(1);
    return new Row(avatar, bubble).verticalAlignment(CrossAxisAlignment.START);
  }
}
