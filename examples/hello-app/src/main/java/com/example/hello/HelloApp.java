package com.example.hello;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import dev.weft.ui.controls.TextStyle;

/** A first Weft app: a greeting. Run it from your IDE, or `java -jar target/hello-app.jar`. */
public class HelloApp implements App {

  @Override
  public void main(Page page) {
    page.title("Hello");
    Text greeting = new Text("Hello, world!").style(TextStyle.HEADLINE_SMALL);
    TextField name = new TextField("Your name").onSubmit(e -> greet(greeting, e.control().value()));
    page.add(greeting, name,
        new Button("Greet", e -> greet(greeting, name.value())).variant(ButtonVariant.FILLED));
  }

  private static void greet(Text greeting, String name) {
    greeting.value(name.isBlank() ? "Hello, world!" : "Hello, " + name.strip() + "!");
  }

  /**
   * Serves the app: on a desktop it picks a free port and opens your browser; on a headless Linux
   * server (or with WEFT_FORCE_WEB_SERVER=true) it listens on port 8000 (or WEFT_PORT).
   */
  public static void main(String[] args) {
    Weft.run(new HelloApp());
  }
}
