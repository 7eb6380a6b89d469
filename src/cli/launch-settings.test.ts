import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTRACTION_ENVIRONMENT, EXTRACTION_NODE_FLAGS } from './launch-settings';

const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the extraction launch settings', () => {
  it('are the ones npm run extract starts node with', () => {
    const environment = Object.entries(EXTRACTION_ENVIRONMENT).map(([name, value]) => `${name}=${value}`);
    expect(scripts.extract).toContain(`&& ${[...environment, 'node', ...EXTRACTION_NODE_FLAGS].join(' ')} dist-cli/extract.js`);
  });
});
