/**
 * Example apps, mounted by the default configuration: the seed's example ({@link
 * dev.weft.examples.SeedApp}) at {@code /}, its sub-app at {@code /sub-app/}, and more to copy
 * from.
 */
package dev.weft.examples;
