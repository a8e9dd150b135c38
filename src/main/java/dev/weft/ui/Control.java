package dev.weft.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Something on the page: a text, a button, a row of other controls.
 *
 * <p>A control belongs to one page once it has been added to it. Setters change the control at
 * once and mark the change; {@link Page#update()} sends every marked change in one patch.
 * Setters return the control, so controls can be built in one expression:
 * {@code new Text("Hi").size(20).color("primary")}.
 *
 * @param <C> the control's own type, so chained setters keep it
 */
public abstract class Control<C extends Control<C>> extends Props {

  static final int NO_ID = -1;
  private static final Listener[] NO_LISTENERS = {};

  // Tree state, guarded by the page's lock once the control has a page.
  int id = NO_ID;
  volatile Page page;       // set once, when first attached; a control never changes pages
  Control<?> parent;
  // The control's yes/no states as bits of one int, not five booleans: with the property
  // storage inherited from Props this keeps a control at 56 bytes (issue 15).
  private static final int ATTACHED = 1;         // reachable from the page's root now
  private static final int SENT = 2;             // the client has it (as of the last update)
  private static final int PROPS_QUEUED = 4;     // in the page's dirty-properties queue
  private static final int CHILDREN_QUEUED = 8;  // in the page's dirty-children queue, with a snapshot
  private static final int OVERLAID = 16;        // added through page.overlay(): see PageRegion
  private int flags;
  Control<?>[] snapshot;    // the children the client has, while childrenQueued
  int scratch;              // the diff's working slot

  /** The property counting focus requests ({@link #focus()}). */
  private static final String FOCUS = "focus";

  final ControlList children; // null for controls without children
  // Null, the one Listener, or a Listener[] of two or more: most controls have one handler at
  // most, and an array around it would be one more object per control in every session.
  private Object listeners;

  /** A control without children. */
  protected Control() {
    this.children = null;
  }

  /** A control whose children are held in a list of at most {@code maxChildren}. */
  protected Control(int maxChildren) {
    this.children = new ControlList(this, maxChildren);
  }

  /** The control's type on the wire, e.g. {@code "button"}. */
  protected abstract String type();

  @SuppressWarnings("unchecked")
  protected final C self() {
    return (C) this;
  }

  /** The control's id on the page, or -1 before it has been added to one. */
  public final int id() {
    return id;
  }

  /** The page the control was added to, or null. */
  public final Page page() {
    return page;
  }

  /** The control holding this one, or null. */
  public final Control<?> parent() {
    Page p = page;
    if (p == null) {
      return parent;
    }
    p.lock.lock();
    try {
      return parent;
    } finally {
      p.lock.unlock();
    }
  }

  // ------------------------------------------------------------------ tree state bits

  final boolean isAttached() {
    return (flags & ATTACHED) != 0;
  }

  final void setAttached(boolean on) {
    flag(ATTACHED, on);
  }

  final boolean isSent() {
    return (flags & SENT) != 0;
  }

  final void setSent(boolean on) {
    flag(SENT, on);
  }

  final boolean isPropsQueued() {
    return (flags & PROPS_QUEUED) != 0;
  }

  final void setPropsQueued(boolean on) {
    flag(PROPS_QUEUED, on);
  }

  final boolean isChildrenQueued() {
    return (flags & CHILDREN_QUEUED) != 0;
  }

  final void setChildrenQueued(boolean on) {
    flag(CHILDREN_QUEUED, on);
  }

  final boolean isOverlaid() {
    return (flags & OVERLAID) != 0;
  }

  final void setOverlaid(boolean on) {
    flag(OVERLAID, on);
  }

  private void flag(int bit, boolean on) {
    flags = on ? flags | bit : flags & ~bit;
  }

  // ------------------------------------------------------------------ common properties

  /** A name the app gives the control; tests find controls by it. */
  public String key() {
    return (String) get("key");
  }

  public C key(String key) {
    return set("key", key);
  }

  public boolean visible() {
    return get("visible") == null;
  }

  /** Hides the control; it stays in the tree. */
  public C visible(boolean visible) {
    return set("visible", visible ? null : Boolean.FALSE);
  }

  public boolean disabled() {
    return get("disabled") != null;
  }

  /** Greys the control out and stops its events (the server ignores them too). */
  public C disabled(boolean disabled) {
    return set("disabled", disabled ? Boolean.TRUE : null);
  }

  public String tooltip() {
    return (String) get("tooltip");
  }

  public C tooltip(String tooltip) {
    return set("tooltip", tooltip);
  }

  /** Inside a row or column: the share of free space this control takes; 0 is its natural size. */
  public int expand() {
    Object v = get("expand");
    return v == null ? 0 : (Integer) v;
  }

  public C expand(int flex) {
    if (flex < 0) {
      throw new IllegalArgumentException("expand must be 0 or more, not " + flex);
    }
    return set("expand", flex == 0 ? null : flex);
  }

  /** Shorthand for {@code expand(1)}. */
  public C expand(boolean expand) {
    return expand(expand ? 1 : 0);
  }

  public Number width() {
    return (Number) get("width");
  }

  public C width(Number width) {
    return set("width", width);
  }

  public Number height() {
    return (Number) get("height");
  }

  public C height(Number height) {
    return set("height", height);
  }

  /**
   * Inside a {@link dev.weft.ui.controls.Stack}: the distance from the stack's left edge (Flet's
   * {@code left}); a control with any of left, top, right or bottom is taken out of the stack's
   * flow and placed by them. Elsewhere it has no effect. Null when unset.
   */
  public Number left() {
    return (Number) get("left");
  }

  public C left(Number left) {
    return set("left", left);
  }

  /** Inside a {@link dev.weft.ui.controls.Stack}: the distance from its top edge (see {@link #left()}). */
  public Number top() {
    return (Number) get("top");
  }

  public C top(Number top) {
    return set("top", top);
  }

  /** Inside a {@link dev.weft.ui.controls.Stack}: the distance from its right edge (see {@link #left()}). */
  public Number right() {
    return (Number) get("right");
  }

  public C right(Number right) {
    return set("right", right);
  }

  /** Inside a {@link dev.weft.ui.controls.Stack}: the distance from its bottom edge (see {@link #left()}). */
  public Number bottom() {
    return (Number) get("bottom");
  }

  public C bottom(Number bottom) {
    return set("bottom", bottom);
  }

  /**
   * Inside a {@link dev.weft.ui.controls.ResponsiveRow}: how many of the row's columns this
   * control spans, per {@link Breakpoint} ({@code Map.of("xs", 12, "md", 6)}); elsewhere it has no
   * effect. A breakpoint left out takes the span of the next narrower one given, and a control
   * without any spans the whole row. Empty when unset.
   */
  public Map<String, Integer> col() {
    @SuppressWarnings("unchecked")
    Map<String, Integer> spans = (Map<String, Integer>) get("col");
    return spans == null ? Map.of() : spans;
  }

  /** Sets the spans per breakpoint (see {@link #col()}); null or empty removes them. */
  public C col(Map<String, Integer> spans) {
    if (spans == null || spans.isEmpty()) {
      return set("col", null);
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (Breakpoint b : Breakpoint.values()) {
      Integer span = spans.get(b.key());
      if (span != null) {
        if (span < 1) {
          throw new IllegalArgumentException("col " + b.key() + " must be 1 or more, not " + span);
        }
        ordered.put(b.key(), span);
      }
    }
    for (String key : spans.keySet()) {
      Breakpoint.of(key); // an unknown key is an error, not silently ignored
    }
    return set("col", Collections.unmodifiableMap(ordered));
  }

  /** The same span at every breakpoint: {@code col(6)} is half of a 12-column row. */
  public C col(int span) {
    return col(Map.of(Breakpoint.XS.key(), span));
  }

  // ------------------------------------------------------------------ focus

  /**
   * Moves the keyboard focus to this control in the browser (Flet's {@code focus()}): its input,
   * select or button, or else the first focusable element inside it; a control with none ignores
   * it. Sent as a counter in the {@code focus} property, which the browser acts on when it changes
   * in an update (never when the control is first rendered), so each call focuses once.
   *
   * @throws IllegalStateException when the control is not on a page
   */
  public C focus() {
    Page p = page;
    if (p == null) {
      throw new IllegalStateException(this + " is not on a page: add it before focusing it");
    }
    // A control added in this same handler must reach the browser first, or the request would
    // arrive as part of a freshly rendered control and be ignored.
    p.update();
    p.lock.lock();
    try {
      Object count = prop(FOCUS);
      set(FOCUS, (count instanceof Integer n ? n : 0) + 1);
    } finally {
      p.lock.unlock();
    }
    return self();
  }

  // ------------------------------------------------------------------ property plumbing

  /** Reads a property; null means its default. */
  protected final Object get(String name) {
    Page p = page;
    if (p == null) {
      return prop(name);
    }
    p.lock.lock();
    try {
      return prop(name);
    } finally {
      p.lock.unlock();
    }
  }

  /** Sets a property; pass null for the default. The value must be immutable. */
  protected final C set(String name, Object value) {
    Page p = page;
    if (p == null) {
      putProp(name, value);
      return self();
    }
    p.lock.lock();
    try {
      if (putProp(name, value)) {
        p.propertiesChanged(this);
      }
    } finally {
      p.lock.unlock();
    }
    return self();
  }

  /**
   * Takes a value the user entered in the browser, which the client already shows. Controls with
   * a value override it; called with the page lock held.
   *
   * @return null when accepted, else why the data is not acceptable
   */
  protected String acceptClientValue(String event, Object data) {
    return null;
  }

  /** Stores a value the client already shows (see {@link #acceptClientValue}). */
  protected final void putSilently(String name, Object value) {
    putPropSilently(name, value);
  }

  /** The events this control answers without a handler (value sync), e.g. change on inputs. */
  protected boolean acceptsUnhandled(String event) {
    return false;
  }

  // ------------------------------------------------------------------ events

  /** Registers the blocking handler for an event, replacing any; null removes it. */
  protected final C on(String event, EventHandler<C> handler) {
    return listen(event, handler == null ? null : new Listener(event, handler, null));
  }

  /** Registers the async handler for an event, replacing any; null removes it. */
  protected final C onAsync(String event, AsyncEventHandler<C> handler) {
    return listen(event, handler == null ? null : new Listener(event, null, handler));
  }

  private C listen(String event, Listener listener) {
    Page p = page;
    if (p != null) {
      p.lock.lock();
    }
    try {
      Listener[] current = listeners();
      List<Listener> kept = new ArrayList<>(current.length + 1);
      for (Listener l : current) {
        if (!l.event().equals(event)) {
          kept.add(l);
        }
      }
      if (listener != null) {
        kept.add(listener);
      }
      listeners = kept.isEmpty() ? null : kept.size() == 1 ? kept.get(0) : kept.toArray(NO_LISTENERS);
      String[] names = new String[kept.size()];
      for (int i = 0; i < names.length; i++) {
        names[i] = kept.get(i).event();
      }
      Arrays.sort(names);
      set("events", names.length == 0 ? null : EventNames.of(names));
    } finally {
      if (p != null) {
        p.lock.unlock();
      }
    }
    return self();
  }

  private Listener[] listeners() {
    Object held = listeners;
    return held == null ? NO_LISTENERS
        : held instanceof Listener only ? new Listener[] {only} : (Listener[]) held;
  }

  /** The handler for an event, or null; called with the page lock held. */
  final Listener listener(String event) {
    if (listeners instanceof Listener only) {
      return only.event().equals(event) ? only : null;
    }
    for (Listener l : listeners()) {
      if (l.event().equals(event)) {
        return l;
      }
    }
    return null;
  }

  // ------------------------------------------------------------------ children plumbing

  /** The live child list of a container control (null for controls without children). */
  protected final List<Control<?>> childList() {
    return children;
  }

  /**
   * Another control's children, read-only: for a control that looks into its content, like a
   * radio group checking that a value the browser sent belongs to one of its radios.
   */
  protected static List<Control<?>> childrenOf(Control<?> control) {
    return control.children == null ? List.of() : Collections.unmodifiableList(control.children);
  }

  /** Called before this control's child list changes, with the page lock held (if any). */
  final void beforeChildrenChange() {
    Page p = page;
    if (p != null && isSent() && !isChildrenQueued()) {
      snapshot = children.copy();
      setChildrenQueued(true);
      if (p.dirtyChildren == null) {
        p.dirtyChildren = new ArrayList<>(4);
      }
      p.dirtyChildren.add(this);
    }
  }

  /** The children the client has: the snapshot while changes are pending, else the list. */
  final List<Control<?>> clientChildren() {
    if (children == null) {
      return List.of();
    }
    return Arrays.asList(snapshot != null ? snapshot : children.copy());
  }

  // ------------------------------------------------------------------ enum helpers

  /**
   * Each enum's wire names by ordinal, made once: a property holding {@code wire(CENTER)} then
   * shares one string with every session instead of keeping a copy of its own.
   */
  private static final ClassValue<String[]> WIRE_NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < names.length; i++) {
        names[i] = wireName(((Enum<?>) constants[i]).name());
      }
      return names;
    }
  };

  /** An enum constant's wire name: {@code SPACE_BETWEEN} → {@code "spaceBetween"}. */
  protected static String wire(Enum<?> value) {
    if (value == null) {
      return null;
    }
    return WIRE_NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }

  private static String wireName(String constant) {
    String[] parts = constant.toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
    }
    return sb.toString();
  }

  /** The enum constant with a wire name, or {@code fallback} for null. */
  protected static <E extends Enum<E>> E fromWire(Class<E> type, Object wire, E fallback) {
    if (wire == null) {
      return fallback;
    }
    String[] names = WIRE_NAMES.get(type);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(wire)) {
        return type.getEnumConstants()[i];
      }
    }
    return fallback;
  }

  @Override
  public String toString() {
    return type() + (id == NO_ID ? "" : "#" + id);
  }
}
