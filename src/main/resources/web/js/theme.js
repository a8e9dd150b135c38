// The page's theme on the client: the colour mode (a class on <html> that weft.css reads), the
// colour roles and type sizes of `page.theme` / `page.darkTheme` (custom properties on <html>, through
// element.style, which the CSP allows where an inline <style> is not), and the fonts from the
// assets directory (FontFace objects, which load under font-src 'self' like any font file).
// The server sends the roles of both schemes, so switching mode — or the browser switching its
// preference under "system" — needs no round trip.

const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

const state = { mode: 'system', light: null, dark: null };
let appliedRoles = []; // the custom properties set on <html>, to take back when the theme changes
const fontFaces = new Map(); // family → FontFace added to document.fonts

darkQuery.addEventListener('change', () => apply());

export function setThemeMode(mode) {
  state.mode = mode === 'dark' || mode === 'light' ? mode : 'system';
  apply();
}

/** The light and dark themes: {colors: {role: "#rrggbb"}, fontFamily, textTheme} each, or null. */
export function setThemes(light, dark) {
  if (light !== undefined) state.light = light ?? null;
  if (dark !== undefined) state.dark = dark ?? null;
  apply();
}

/** The fonts by family name → asset path (relative to the app's base URL); null for none. */
export function setFonts(fonts) {
  for (const face of fontFaces.values()) document.fonts.delete(face);
  fontFaces.clear();
  for (const [family, path] of Object.entries(fonts ?? {})) {
    const face = new FontFace(family, `url(${JSON.stringify(new URL(path, document.baseURI).href)})`);
    document.fonts.add(face);
    fontFaces.set(family, face);
    // a font that fails to load falls back to the system stack; say why in the console
    face.load().catch((e) => console.warn(`weft: font "${family}" (${path}) did not load: ${e.message}`));
  }
}

/** Back to weft.css's defaults, for a fresh render. */
export function resetTheme() {
  state.mode = 'system';
  state.light = null;
  state.dark = null;
  setFonts(null);
  apply();
}

function apply() {
  const root = document.documentElement;
  root.classList.toggle('weft-dark', state.mode === 'dark');
  root.classList.toggle('weft-light', state.mode === 'light');
  const dark = state.mode === 'dark' || (state.mode === 'system' && darkQuery.matches);
  const theme = dark ? state.dark : state.light;
  for (const name of appliedRoles) root.style.removeProperty(name);
  appliedRoles = [];
  for (const [role, value] of Object.entries(theme?.colors ?? {})) {
    root.style.setProperty(`--weft-${role}`, value);
    appliedRoles.push(`--weft-${role}`);
  }
  for (const [role, style] of Object.entries(theme?.textTheme ?? {})) {
    // weft.css's .weft-type-<role> reads these, falling back to the Material type scale
    const set = (name, value) => {
      root.style.setProperty(`--weft-type-${role}-${name}`, value);
      appliedRoles.push(`--weft-type-${role}-${name}`);
    };
    set('size', `${style.size}px`);
    set('line-height', `${style.lineHeight}px`);
    if (style.weight) set('weight', String(style.weight));
  }
  if (theme?.fontFamily) {
    // weft.css's system stack stays behind the family, for characters it lacks
    const stack = getComputedStyle(root).getPropertyValue('--weft-font');
    root.style.setProperty('--weft-font', `${JSON.stringify(theme.fontFamily)}, ${stack}`);
    appliedRoles.push('--weft-font');
  }
}
