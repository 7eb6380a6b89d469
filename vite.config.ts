/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const COUNTRY_NAMES_ID = 'virtual:country-names';

/**
 * Serves `virtual:country-names`, an ISO3 → common name map taken from world-countries at build
 * time, so the explorer ships a few kilobytes instead of the whole 1.4 MB country table.
 */
function countryNames(): Plugin {
  return {
    name: 'diplograph-country-names',
    resolveId: (id) => (id === COUNTRY_NAMES_ID ? `\0${COUNTRY_NAMES_ID}` : undefined),
    load(id) {
      if (id !== `\0${COUNTRY_NAMES_ID}`) return undefined;
      const file = createRequire(import.meta.url).resolve('world-countries/countries.json');
      const countries = JSON.parse(readFileSync(file, 'utf8')) as { cca3: string; name: { common: string } }[];
      const names = Object.fromEntries(countries.map((country) => [country.cca3, country.name.common]));
      return `export default ${JSON.stringify(names)};`;
    },
  };
}

/**
 * The built site's Content-Security-Policy: scripts only from the site's own files (no inline
 * scripts, no eval), data only from the site, no plugins. Inline styles stay allowed: Cytoscape and
 * React set element styles at run time, and styles cannot run code. The dev server needs inline
 * scripts for hot reload, so the policy is added at build time only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'diplograph-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

// `base: './'` keeps the built site working under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), countryNames(), contentSecurityPolicy()],
  // Cytoscape alone is ~450 kB minified; one app chunk of about 1 MB is expected.
  build: { chunkSizeWarningLimit: 1200 },
  server: { port: 5173, strictPort: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
