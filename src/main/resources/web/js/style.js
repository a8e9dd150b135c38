// Turns property values from docs/controls.md into CSS values: colours (CSS colours or theme
// roles), sizes, paddings, alignments. Everything is applied through element.style (CSSOM), which
// a strict Content-Security-Policy allows, never through a style attribute.

/** The theme's colour roles; each is a custom property `--weft-<kebab-case>` in weft.css. */
export const COLOR_ROLES = new Set([
  'primary', 'onPrimary', 'primaryContainer', 'onPrimaryContainer',
  'secondary', 'onSecondary', 'secondaryContainer', 'onSecondaryContainer',
  'tertiary', 'onTertiary', 'tertiaryContainer', 'onTertiaryContainer',
  'error', 'onError', 'errorContainer', 'onErrorContainer',
  'background', 'onBackground', 'surface', 'onSurface', 'surfaceVariant', 'onSurfaceVariant',
  'surfaceDim', 'surfaceBright', 'surfaceContainerLowest', 'surfaceContainerLow',
  'surfaceContainer', 'surfaceContainerHigh', 'surfaceContainerHighest',
  'inverseSurface', 'onInverseSurface', 'inversePrimary',
  'outline', 'outlineVariant', 'shadow', 'scrim',
]);

const kebab = (name) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** A colour property as CSS: a theme role becomes `var(--weft-role)`; null becomes ''. */
export function color(value) {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value).trim();
  return COLOR_ROLES.has(text) ? `var(--weft-${kebab(text)})` : text;
}

/** A CSS border such as "1px solid outline", with theme roles allowed for the colour. */
export function border(value) {
  if (value === null || value === undefined) return '';
  return String(value).split(/\s+/).map((word) => (COLOR_ROLES.has(word) ? color(word) : word)).join(' ');
}

/** A size in CSS pixels, or '' (the default) for null or anything that is not a number. */
export function px(value) {
  return typeof value === 'number' && Number.isFinite(value) ? `${value}px` : '';
}

/** `padding`/`margin`: a number (all sides) or [left, top, right, bottom], as a CSS shorthand. */
export function insets(value) {
  if (typeof value === 'number') return px(value);
  if (Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number')) {
    const [left, top, right, bottom] = value;
    return `${top}px ${right}px ${bottom}px ${left}px`;
  }
  return '';
}

/** A flex container's main axis (`alignment`). */
export const MAIN_AXIS = Object.freeze({
  start: 'flex-start', center: 'center', end: 'flex-end',
  spaceBetween: 'space-between', spaceAround: 'space-around', spaceEvenly: 'space-evenly',
});

/** A flex container's cross axis (`horizontalAlignment` of a column, `verticalAlignment` of a row). */
export const CROSS_AXIS = Object.freeze({
  start: 'flex-start', center: 'center', end: 'flex-end', stretch: 'stretch', baseline: 'baseline',
});

/** `scroll`: auto, always or hidden. */
export const OVERFLOW = Object.freeze({ auto: 'auto', always: 'scroll', hidden: 'hidden' });

/** Looks a value up in one of the tables above; '' (the stylesheet's default) when unknown. */
export const lookup = (table, value) => (Object.hasOwn(table, value) ? table[value] : '');

/** Sets an inline style property; '' or null removes it (the stylesheet's default applies). */
export function setStyle(el, property, value) {
  if (property.startsWith('--')) {
    if (value) el.style.setProperty(property, value);
    else el.style.removeProperty(property);
  } else {
    el.style[property] = value ?? '';
  }
}
