package dev.weft.server;

import dev.weft.App;
import dev.weft.AsyncApp;
import java.lang.reflect.Modifier;

/** Loads the app classes the configuration names. */
final class Mounts {

  private Mounts() {
  }

  /** Why a class cannot serve as an app, or null when it can. */
  static String checkLoadable(String className) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader());
    } catch (ClassNotFoundException | LinkageError e) {
      return "class " + className + " not found";
    }
    if (!App.class.isAssignableFrom(type) && !AsyncApp.class.isAssignableFrom(type)) {
      return className + " implements neither " + App.class.getName() + " nor "
          + AsyncApp.class.getName();
    }
    if (Modifier.isAbstract(type.getModifiers())) {
      return className + " is abstract";
    }
    if (!Modifier.isPublic(type.getModifiers())) {
      return className + " is not public";
    }
    try {
      type.getConstructor();
      return null;
    } catch (NoSuchMethodException e) {
      return className + " has no public no-argument constructor";
    }
  }

  /** A new instance of an app class that {@link #checkLoadable} accepted. */
  static Object instantiate(String className) {
    try {
      return Class.forName(className, true, loader()).getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("cannot create app " + className + ": " + cause, cause);
    }
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : Mounts.class.getClassLoader();
  }
}
