package dev.weft.ui.controls;

import dev.weft.ui.Control;

/** An image; a relative {@code src} is resolved against the app's base URL. */
public final class Image extends Control<Image> {

  public Image(String src) {
    src(src);
  }

  @Override
  protected String type() {
    return "image";
  }

  public String src() {
    Object v = get("src");
    return v == null ? "" : (String) v;
  }

  public Image src(String src) {
    return set("src", src == null || src.isEmpty() ? null : src);
  }

  public String alt() {
    Object v = get("alt");
    return v == null ? "" : (String) v;
  }

  /** The text alternative, for screen readers and broken images. */
  public Image alt(String alt) {
    return set("alt", alt == null || alt.isEmpty() ? null : alt);
  }

  public ImageFit fit() {
    return fromWire(ImageFit.class, get("fit"), ImageFit.CONTAIN);
  }

  public Image fit(ImageFit fit) {
    return set("fit", fit == null || fit == ImageFit.CONTAIN ? null : wire(fit));
  }

  public Number borderRadius() {
    return (Number) get("borderRadius");
  }

  public Image borderRadius(Number radius) {
    return set("borderRadius", radius);
  }
}
