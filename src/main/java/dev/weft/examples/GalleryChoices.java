package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.AutoComplete;
import dev.weft.ui.controls.AutoCompleteSuggestion;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Chip;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.InputFilter;
import dev.weft.ui.controls.KeyboardType;
import dev.weft.ui.controls.Radio;
import dev.weft.ui.controls.RadioGroup;
import dev.weft.ui.controls.RangeSlider;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.SearchBar;
import dev.weft.ui.controls.Segment;
import dev.weft.ui.controls.SegmentedButton;
import dev.weft.ui.controls.Slider;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import dev.weft.ui.controls.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The gallery's "Choices and sliders" section: sliders, radios, segmented buttons, chips, a search
 * bar whose suggestions the server filters, an autocomplete that filters in the browser, and a
 * sign-up form showing the text field's extras (icons, counter, password reveal, an input filter,
 * a multiline field, errors set by the server). What the user did shows in the gallery's status.
 */
final class GalleryChoices {

  private static final List<String> CITIES = List.of("Amsterdam", "Athens", "Berlin", "Bern",
      "Brussels", "Copenhagen", "Dublin", "Helsinki", "Lisbon", "London", "Madrid", "Oslo", "Paris",
      "Prague", "Rome", "Stockholm", "Vienna", "Warsaw");

  private GalleryChoices() {
  }

  static Control<?>[] controls(Page page, Text status) {
    return new Control<?>[] {
        caption("Sliders"), sliders(status),
        caption("Radios and segmented buttons"), choices(status),
        caption("Chips"), chips(status),
        caption("Search and autocomplete"), search(status),
        caption("A sign-up form"), signUp(status),
    };
  }

  private static Text caption(String text) {
    return new Text(text).style(TextStyle.TITLE_SMALL).color("onSurfaceVariant");
  }

  private static Column sliders(Text status) {
    Text volumeNow = new Text("Volume: 40 %").key("volume-now");
    Slider volume = new Slider(0, 100, 40).divisions(20).label("{value} %").semanticsLabel("Volume")
        .key("volume");
    volume.onChange(e -> volumeNow.value("Volume: " + Math.round(volume.value()) + " %"));
    volume.onChangeEnd(e -> status.value("Volume set to " + Math.round(volume.value()) + " %"));
    Slider brightness = new Slider(0, 1, 0.5).round(2).label("{value}").semanticsLabel("Brightness")
        .key("brightness");
    brightness.onChangeEnd(e -> status.value(
        String.format(Locale.ROOT, "Brightness %.2f", brightness.value())));
    RangeSlider price = new RangeSlider(100, 300).min(0).max(500).divisions(50).label("€{value}")
        .semanticsLabel("Price").key("price");
    price.onChangeEnd(e -> status.value("Price €" + Math.round(price.startValue()) + " to €"
        + Math.round(price.endValue())));
    return new Column(volumeNow, volume, new Text("Brightness"), brightness,
        new Text("Price range"), price).horizontalAlignment(CrossAxisAlignment.STRETCH);
  }

  private static Column choices(Text status) {
    RadioGroup drink = new RadioGroup(new Row(new Radio("coffee", "Coffee"), new Radio("tea", "Tea"),
        new Radio("water", "Water")).wrap(true)).value("tea").label("Drink").key("drink");
    drink.onChange(e -> status.value("Drink: " + drink.value()));

    SegmentedButton view = new SegmentedButton(new Segment("day", "Day"), new Segment("week", "Week"),
        new Segment("month", "Month"), new Segment("year", "Year")).selected("week").label("View")
        .key("view");
    view.onChange(e -> status.value("View: " + String.join(", ", view.selected())));
    SegmentedButton sizes = new SegmentedButton(new Segment("s", "S"), new Segment("m", "M"),
        new Segment("l", "L"), new Segment("xl", "XL")).allowMultipleSelection(true)
        .allowEmptySelection(true).selected("m").label("Sizes").key("sizes");
    sizes.onChange(e -> status.value("Sizes: " + (sizes.selected().isEmpty() ? "none"
        : String.join(", ", sizes.selected()))));
    return new Column(drink, view, sizes);
  }

  private static Column chips(Text status) {
    Row filters = new Row().wrap(true).key("filters");
    for (String diet : List.of("Vegan", "Gluten free", "Nut free")) {
      Chip chip = new Chip(diet).selected(false);
      chip.onSelect(e -> status.value(diet + (chip.selected() ? " on" : " off")));
      filters.controls().add(chip);
    }
    Row people = new Row().wrap(true).key("people");
    for (String name : List.of("Ada", "Grace", "Alan")) {
      Chip chip = new Chip(name).leadingIcon("person");
      chip.onDelete(e -> {
        people.controls().remove(chip);
        status.value("Removed " + name);
      });
      people.controls().add(chip);
    }
    Chip assist = new Chip("Add to favourites").leadingIcon("favorite_border")
        .onClick(e -> status.value("Assist chip clicked"));
    return new Column(filters, new Row(people, assist).wrap(true));
  }

  private static Column search(Text status) {
    SearchBar cities = new SearchBar().barHintText("Search cities").key("cities");
    cities.onChange(e -> {
      String typed = cities.value().trim().toLowerCase(Locale.ROOT);
      cities.controls().clear();
      if (!typed.isEmpty()) {
        CITIES.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(typed)).limit(6)
            .forEach(c -> cities.controls().add(new Text(c)));
      }
    });
    cities.onTap(e -> { // an empty bar suggests a few cities at once
      if (cities.value().isEmpty()) {
        cities.controls().clear();
        CITIES.stream().limit(4).forEach(c -> cities.controls().add(new Text(c)));
      }
    });
    cities.onSelect(e -> status.value("City: " + ((Text) cities.selection()).value()));
    cities.onSubmit(e -> status.value("Searched for " + cities.value()));

    AutoComplete fruit = new AutoComplete(
        new AutoCompleteSuggestion("apple", "Apple"), new AutoCompleteSuggestion("apricot", "Apricot"),
        new AutoCompleteSuggestion("banana", "Banana"), new AutoCompleteSuggestion("blueberry", "Blueberry"),
        new AutoCompleteSuggestion("cherry", "Cherry"), new AutoCompleteSuggestion("grape", "Grape"),
        new AutoCompleteSuggestion("mango", "Mango"), new AutoCompleteSuggestion("pear", "Pear"))
        .label("Fruit").key("fruit");
    fruit.onSelect(e -> status.value("Fruit: " + fruit.selection().key()));
    return new Column(cities, fruit).horizontalAlignment(CrossAxisAlignment.STRETCH).spacing(16);
  }

  private static Column signUp(Text status) {
    TextField user = new TextField("User name").prefixIcon("person").maxLength(20)
        .inputFilter(InputFilter.allow("[A-Za-z0-9_]*")).helper("Letters, digits and _")
        .key("signup-user");
    TextField age = new TextField("Age").inputFilter(InputFilter.numbersOnly()).maxLength(3)
        .keyboard(KeyboardType.NUMBER).suffix("years").key("signup-age");
    TextField email = new TextField("E-mail").keyboard(KeyboardType.EMAIL).suffixIcon("send")
        .hint("ada@example.org").key("signup-email");
    TextField password = new TextField("Password").password(true).canRevealPassword(true)
        .helper("At least 8 characters").key("signup-password");
    TextField about = new TextField("About you").multiline(true).minLines(2).maxLines(4)
        .counterText("{value_length} characters").key("signup-about");
    Button submit = new Button("Sign up", e -> {
      user.errorText(user.value().isEmpty() ? "Choose a user name" : null);
      age.errorText(age.value().isEmpty() ? "Enter your age" : null);
      email.errorText(email.value().contains("@") ? null : "Enter an e-mail address");
      password.errorText(password.value().length() < 8 ? "At least 8 characters, please" : null);
      boolean ok = user.errorText() == null && age.errorText() == null && email.errorText() == null
          && password.errorText() == null;
      status.value(ok ? "Signed up as " + user.value() : "Please correct the form");
    }).variant(ButtonVariant.FILLED).key("signup");
    return new Column(new Row(user.expand(1), age.width(200)).verticalAlignment(CrossAxisAlignment.START),
        email, password, about,
        new Row(submit)).horizontalAlignment(CrossAxisAlignment.STRETCH).spacing(12);
  }
}
