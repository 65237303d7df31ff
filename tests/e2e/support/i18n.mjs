// The app's interface messages as the build serves them (`i18n/<lang>.ftl`),
// for tests that check what a learner reads in each language.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The six languages, in the order UN sites list them, with their names. */
export const LANGUAGES = [
  { code: 'ar', name: 'عربي', dir: 'rtl' },
  { code: 'zh', name: '中文', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
];

/**
 * The single-line messages of `i18n/<code>.ftl` in the served app folder
 * (`{ id: text }`; messages with variables or variants are left out).
 */
export async function messages(appDir, code) {
  const text = await readFile(join(appDir, 'i18n', `${code}.ftl`), 'utf8');
  const out = {};
  for (const line of text.split('\n')) {
    const m = line.match(/^([a-z][a-z0-9-]*) = (.*)$/);
    if (m && !m[2].includes('{')) out[m[1]] = m[2];
  }
  return out;
}
