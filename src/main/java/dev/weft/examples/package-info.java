/**
 * Example apps, mounted by the default configuration: the seed's example ({@link
 * dev.weft.examples.SeedApp}) at {@code /}, its sub-app at {@code /sub-app/}, and more to copy
 * from: the gallery, a counter, an image, and a chat room on {@code page.pubsub()}
 * ({@link dev.weft.examples.Chat}).
 */
package dev.weft.examples;
