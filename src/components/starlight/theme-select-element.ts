import { SITE_THEME_KEY } from '../../lib/storage/prefs-boot';
import { safeLocalStorage } from '../../lib/storage/safe-storage';

type Theme = 'auto' | 'dark' | 'light';
const storageKey = SITE_THEME_KEY;
const parseTheme = (theme: unknown): Theme => (theme === 'dark' || theme === 'light' ? theme : 'auto');
const loadTheme = (): Theme => parseTheme(safeLocalStorage.get(storageKey));
const systemTheme = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

function onThemeChange(theme: Theme): void {
  window.StarlightThemeProvider?.updatePickers(theme);
  document.documentElement.dataset.theme = theme === 'auto' ? systemTheme() : theme;
  if (theme === 'auto') safeLocalStorage.remove(storageKey);
  else safeLocalStorage.set(storageKey, theme);
}

/** Follows the system's theme while "auto" is chosen; set up once, by the first picker. */
let following = false;
function followSystemTheme(): void {
  if (following) return;
  following = true;
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
    if (loadTheme() === 'auto') onThemeChange('auto');
  });
}

class ThemeSelect extends HTMLElement {
  connectedCallback() {
    followSystemTheme();
    onThemeChange(loadTheme());
    this.querySelector('select')?.addEventListener('change', (event) => {
      if (event.currentTarget instanceof HTMLSelectElement) onThemeChange(parseTheme(event.currentTarget.value));
    });
  }
}
customElements.define('starlight-theme-select', ThemeSelect);
