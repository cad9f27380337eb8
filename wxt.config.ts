import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are guarded by test/unit/manifest-allowlist.test.ts: a new one fails CI until the allowlist says why.
export default defineConfig({
  // A private output folder (COCKTAIL_OUT) lets several builds and e2e runs share one checkout.
  outDir: process.env.COCKTAIL_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    permissions: ['storage', 'alarms', 'notifications', 'sidePanel', 'clipboardWrite', 'scripting'].filter(
      (p) => browser === 'chrome' || p !== 'sidePanel',
    ),
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: 'Cocktail' },
    // Asked at the moment of use: a team's shared brand kit (the https address the user types); a local AI server
    // (Ollama, LM Studio) when the user turns that tier on in the settings.
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // Delivered by the browser only: a page's synthetic key events cannot trigger it (lib/page/shortcut.ts).
    commands: {
      'open-reply-panel': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_cmdOpenPanel__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cocktail@cocktail.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
