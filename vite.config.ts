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

// `base: './'` keeps the built site working under any sub-path.
export default defineConfig({
  base: './',
  plugins: [react(), countryNames()],
  // Cytoscape alone is ~450 kB minified; one app chunk of about 1 MB is expected.
  build: { chunkSizeWarningLimit: 1200 },
  server: { port: 5173, strictPort: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
