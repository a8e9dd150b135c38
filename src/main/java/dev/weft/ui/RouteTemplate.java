package dev.weft.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A route pattern with named parts, {@code "/orders/:id"}: {@link #match} tells whether a route
 * fits it and what the named parts hold. The query of the route is ignored, a trailing
 * {@code /} too; each part is matched whole (a {@code :name} part takes one non-empty segment,
 * {@code %xx} decoded), other parts literally.
 */
public final class RouteTemplate {

  private final String template;
  private final List<String> parts;

  private RouteTemplate(String template, List<String> parts) {
    this.template = template;
    this.parts = parts;
  }

  /**
   * The template for {@code template}, which starts with {@code /}.
   *
   * @throws IllegalArgumentException for a template not starting with {@code /}, an empty
   *     {@code :} name, or a name used twice
   */
  public static RouteTemplate of(String template) {
    if (template == null || !template.startsWith("/")) {
      throw new IllegalArgumentException("a route template starts with \"/\": " + template);
    }
    List<String> parts = segments(template);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String part : parts) {
      if (part.startsWith(":")) {
        String name = part.substring(1);
        if (name.isEmpty()) {
          throw new IllegalArgumentException("a \":\" without a name in route template " + template);
        }
        if (!names.add(name)) {
          throw new IllegalArgumentException("\":" + name + "\" twice in route template " + template);
        }
      }
    }
    return new RouteTemplate(template, parts);
  }

  /** The named parts of {@code route} (in template order) when it fits, else empty. */
  public Optional<Map<String, String>> match(String route) {
    if (route == null) {
      return Optional.empty();
    }
    List<String> segments = segments(Route.parse(route).path());
    if (segments.size() != parts.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      String segment = segments.get(i);
      if (part.startsWith(":")) {
        params.put(part.substring(1), decode(segment));
      } else if (!part.equals(segment)) {
        return Optional.empty();
      }
    }
    return Optional.of(Collections.unmodifiableMap(params));
  }

  /** Whether {@code route} fits the template. */
  public boolean matches(String route) {
    return match(route).isPresent();
  }

  private static List<String> segments(String path) {
    return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private static String decode(String segment) {
    try {
      // a path segment: "+" is a plus, unlike in a query
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return segment;
    }
  }

  @Override
  public String toString() {
    return template;
  }
}
