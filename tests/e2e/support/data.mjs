// Reads the texts the app is expected to show from the project's own files,
// so that the specs do not hard-code content.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The value of a top-level `key = "…"` (basic string) or `key = [...]`
 * (list of basic strings) in a TOML file, before the first table header.
 * Enough for the curriculum files; not a TOML parser.
 */
export async function tomlTopLevel(file, key) {
  const text = await readFile(file, 'utf8');
  const head = text.split(/^\s*\[/m)[0];
  const m = head.match(new RegExp(`^${key}\\s*=\\s*("(?:[^"\\\\]|\\\\.)*"|\\[[^\\]]*\\])`, 'm'));
  if (!m) throw new Error(`no top-level \`${key}\` in ${file}`);
  return JSON.parse(m[1].replace(/,\s*\]$/, ']'));
}

/** A curriculum's module ids and, for `language`, its title and module titles. */
export async function curriculumTexts(curriculaDir, id, language) {
  const dir = join(curriculaDir, id);
  const modules = await tomlTopLevel(join(dir, 'curriculum.toml'), 'modules');
  const title = await tomlTopLevel(join(dir, language, 'about.toml'), 'title');
  const moduleTitles = [];
  for (const m of modules) moduleTitles.push(await tomlTopLevel(join(dir, language, `${m}.toml`), 'title'));
  return { modules, title, moduleTitles };
}

/** Parses CSV (RFC 4180: quoted fields, "" escapes) into objects by header. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

/** The official text of SDG target `code` (e.g. `10.7`) from the app's table. */
export async function sdgTargetText(csvFile, code) {
  const rows = parseCsv(await readFile(csvFile, 'utf8'));
  const row = rows.find((r) => r.code === code);
  if (!row) throw new Error(`target ${code} not in ${csvFile}`);
  return row.text;
}
