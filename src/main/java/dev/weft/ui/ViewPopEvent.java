package dev.weft.ui;

import dev.weft.ui.controls.View;

/**
 * A view asks to be popped (its app bar's back button). The app usually removes it and goes to
 * the route of the view below: {@code page.views().remove(e.view()); page.go(page.topView().route())}.
 *
 * @param page the page
 * @param view the view to pop
 */
public record ViewPopEvent(Page page, View view) {}
