// Reads the texts the app is expected to show from the project's own files,
// so that the specs do not hard-code content.

import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The value of a top-level `key = "…"` (basic string) or `key = [...]`
 * (list of basic strings) in a TOML file, before the first table header.
 * Enough for the curriculum files; not a TOML parser (see `parseToml`).
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

// ---------------------------------------------------------------------------
// A small TOML reader for the curriculum files (specs 21–22)

/**
 * Parses the TOML the curriculum files use: comments, `key = value` with
 * bare or dotted keys, `[table]` and `[[array.of.tables]]` headers, basic,
 * multi-line basic, literal and multi-line literal strings, integers,
 * floats, booleans, arrays (over several lines, trailing commas) and inline
 * tables. Dates and a few rare forms are not supported: it throws, naming
 * the line, on anything it does not read. Enough to read lessons, steps
 * and answer keys; the app's own checks stay the authority on validity.
 */
export function parseToml(text, file = 'TOML') {
  let i = 0;
  const root = {};
  let table = root;
  const line = () => text.slice(0, i).split('\n').length;
  const fail = (why) => {
    throw new Error(`${file}:${line()}: ${why}`);
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i += 1;
  };
  // Whitespace, newlines and comments (inside arrays and between lines).
  const blank = () => {
    for (;;) {
      ws();
      if (text[i] === '#') while (i < text.length && text[i] !== '\n') i += 1;
      if (text[i] === '\n' || text[i] === '\r') i += 1;
      else return;
    }
  };
  const endOfLine = () => {
    ws();
    if (text[i] === '#') while (i < text.length && text[i] !== '\n') i += 1;
    if (text[i] === '\r') i += 1;
    if (i < text.length && text[i] !== '\n') fail(`unexpected ${JSON.stringify(text[i])} after a value`);
    i += 1;
  };
  const escape = () => {
    const c = text[i];
    i += 1;
    const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
    if (c in simple) return simple[c];
    if (c === 'u' || c === 'U') {
      const n = c === 'u' ? 4 : 8;
      const hex = text.slice(i, i + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) fail(`bad \\${c} escape`);
      i += n;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    return fail(`unknown escape \\${c}`);
  };
  const basic = () => {
    i += 1;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') fail('unterminated string');
      i += 1;
      if (c === '"') return out;
      out += c === '\\' ? escape() : c;
    }
  };
  const multiBasic = () => {
    i += 3;
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    let out = '';
    for (;;) {
      if (i >= text.length) fail('unterminated """ string');
      if (text.startsWith('"""', i)) {
        // Up to two quotes may close the content before the delimiter.
        let extra = 0;
        while (text[i + 3 + extra] === '"' && extra < 2) extra += 1;
        out += '"'.repeat(extra);
        i += 3 + extra;
        return out;
      }
      const c = text[i];
      i += 1;
      if (c !== '\\') {
        out += c;
      } else if (/^[ \t]*\r?\n/.test(text.slice(i))) {
        // A line-ending backslash trims the newline and the following whitespace.
        while (/[ \t\r\n]/.test(text[i] ?? '')) i += 1;
      } else {
        out += escape();
      }
    }
  };
  const literal = () => {
    const end = text.indexOf("'", i + 1);
    const nl = text.indexOf('\n', i + 1);
    if (end < 0 || (nl >= 0 && nl < end)) fail('unterminated literal string');
    const out = text.slice(i + 1, end);
    i = end + 1;
    return out;
  };
  const multiLiteral = () => {
    i += 3;
    if (text[i] === '\r') i += 1;
    if (text[i] === '\n') i += 1;
    const end = text.indexOf("'''", i);
    if (end < 0) fail("unterminated ''' string");
    const out = text.slice(i, end);
    i = end + 3;
    return out;
  };
  const key = () => {
    const parts = [];
    for (;;) {
      ws();
      if (text[i] === '"') parts.push(basic());
      else if (text[i] === "'") parts.push(literal());
      else {
        const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
        if (!m) fail('expected a key');
        parts.push(m[0]);
        i += m[0].length;
      }
      ws();
      if (text[i] !== '.') return parts;
      i += 1;
    }
  };
  const value = () => {
    ws();
    if (text.startsWith('"""', i)) return multiBasic();
    if (text[i] === '"') return basic();
    if (text.startsWith("'''", i)) return multiLiteral();
    if (text[i] === "'") return literal();
    if (text[i] === '[') {
      i += 1;
      const out = [];
      for (;;) {
        blank();
        if (text[i] === ']') {
          i += 1;
          return out;
        }
        out.push(value());
        blank();
        if (text[i] === ',') i += 1;
        else if (text[i] !== ']') fail('expected , or ] in an array');
      }
    }
    if (text[i] === '{') {
      i += 1;
      const out = {};
      ws();
      if (text[i] === '}') {
        i += 1;
        return out;
      }
      for (;;) {
        const k = key();
        if (text[i] !== '=') fail('expected = in an inline table');
        i += 1;
        assign(out, k, value());
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return out;
        } else fail('expected , or } in an inline table');
      }
    }
    const m = /^(true|false|[+-]?(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)(?=[\s,\]}#]|$)/.exec(text.slice(i));
    if (!m) return fail(`unsupported value ${JSON.stringify(text.slice(i, i + 20))}`);
    i += m[0].length;
    if (m[0] === 'true' || m[0] === 'false') return m[0] === 'true';
    return Number(m[0].replace(/_/g, ''));
  };
  // The table a dotted key path leads to, creating tables on the way;
  // through an array of tables, its last element.
  const descend = (from, path) => {
    let t = from;
    for (const p of path) {
      if (t[p] === undefined) t[p] = {};
      t = Array.isArray(t[p]) ? t[p].at(-1) : t[p];
      if (typeof t !== 'object' || t === null) fail(`${path.join('.')} is not a table`);
    }
    return t;
  };
  function assign(into, path, v) {
    const t = descend(into, path.slice(0, -1));
    const last = path.at(-1);
    if (Object.hasOwn(t, last)) fail(`duplicate key ${path.join('.')}`);
    t[last] = v;
  }
  for (;;) {
    blank();
    if (i >= text.length) return root;
    if (text.startsWith('[[', i)) {
      i += 2;
      const path = key();
      if (!text.startsWith(']]', i)) fail('expected ]]');
      i += 2;
      const parent = descend(root, path.slice(0, -1));
      const last = path.at(-1);
      if (parent[last] === undefined) parent[last] = [];
      if (!Array.isArray(parent[last])) fail(`${path.join('.')} is not an array of tables`);
      table = {};
      parent[last].push(table);
      endOfLine();
    } else if (text[i] === '[') {
      i += 1;
      const path = key();
      if (text[i] !== ']') fail('expected ]');
      i += 1;
      table = descend(root, path);
      endOfLine();
    } else {
      const k = key();
      if (text[i] !== '=') fail('expected =');
      i += 1;
      assign(table, k, value());
      endOfLine();
    }
  }
}

/** Reads and parses a TOML file. */
export async function readToml(file) {
  return parseToml(await readFile(file, 'utf8'), file);
}

/**
 * A curriculum as its files describe it in `language`: `{ id, title,
 * languages, modules: [{ id, title, lessons: [{ id, title, steps }] }] }`,
 * where `steps` are the `[[lesson.step]]` tables as written, with the body
 * of a reading step read from its `file` (as `body`) when it has one.
 */
export async function curriculumFiles(curriculaDir, id, language) {
  const dir = join(curriculaDir, id);
  const manifest = await readToml(join(dir, 'curriculum.toml'));
  const about = await readToml(join(dir, language, 'about.toml'));
  const modules = [];
  for (const m of manifest.modules) {
    const mod = await readToml(join(dir, language, `${m}.toml`));
    const lessons = [];
    for (const l of mod.lesson ?? []) {
      const steps = [];
      for (const s of l.step ?? []) {
        const step = { ...s };
        if (s.kind === 'reading' && s.file && s.body === undefined) {
          step.body = await readFile(join(dir, language, s.file), 'utf8');
        }
        steps.push(step);
      }
      lessons.push({ id: l.id, title: l.title, steps });
    }
    modules.push({ id: m, title: mod.title, lessons });
  }
  return { id, title: about.title, languages: manifest.languages, modules };
}

/**
 * What a Markdown text shows, roughly: its headings and paragraphs as plain
 * text (emphasis, code spans and link targets removed, whitespace
 * collapsed). Enough to find a document's visible words on the page.
 */
export function markdownOutline(md) {
  const inline = (s) =>
    s
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<((?:https?:|mailto:)[^>]+)>/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/~~(.+?)~~/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>"'])/g, '$1')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .replace(/^ | $/g, '');
  const headings = [];
  const paragraphs = [];
  let para = null; // the lines of the paragraph being read
  let other = false; // inside a list, quote, table or code block
  let fence = null;
  const flush = () => {
    if (para) paragraphs.push(inline(para.join(' ')));
    para = null;
  };
  for (const raw of md.split(/\r?\n/)) {
    if (fence) {
      if (raw.trim().startsWith(fence)) fence = null;
      continue;
    }
    const f = raw.match(/^\s*(```|~~~)/);
    const h = raw.match(/^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/);
    if (f) {
      flush();
      fence = f[1];
    } else if (h) {
      flush();
      other = false;
      headings.push(inline(h[1]));
    } else if (raw.trim() === '') {
      flush();
      other = false;
    } else if (para) {
      para.push(raw.trim());
    } else if (!other && /^\S/.test(raw) && !/^([-*+]\s|\d+[.)]\s|>|\||={3,}|-{3,})/.test(raw)) {
      para = [raw.trim()];
    } else {
      // Lists (and their continuation lines), quotes, tables, indented code.
      other = true;
    }
  }
  flush();
  return { headings, paragraphs };
}

/**
 * The official English text the app shows for a reference (`gcm:2`,
 * `sdg:10`, `sdg:10.7`, `sdg:10.7.1`), read from the app's data tables
 * (`src/domain/reference/data/`): an objective's title, a goal's title, a
 * target's or an indicator's text.
 */
export async function officialText(dataDir, ref) {
  const m = ref.match(/^(gcm|sdg):(.+)$/);
  if (!m) throw new Error(`not a reference: ${ref}`);
  const [, kind, code] = m;
  const table = async (name) => parseCsv(await readFile(join(dataDir, name), 'utf8'));
  let row;
  if (kind === 'gcm') {
    row = (await table('gcm_objectives.csv')).find((r) => r.objective === code);
    if (row) return row.title;
  } else if (/^\d+$/.test(code)) {
    row = (await table('sdg_goals.csv')).find((r) => r.goal === code);
    if (row) return row.title;
  } else if (code.split('.').length === 2) {
    row = (await table('sdg_targets.csv')).find((r) => r.code === code);
    if (row) return row.text;
  } else {
    row = (await table('sdg_indicators.csv')).find((r) => r.code === code);
    if (row) return row.text;
  }
  throw new Error(`${ref} is not in ${dataDir}`);
}

/**
 * Text with runs of ASCII white space (spaces, tabs, line breaks) made one
 * space and none at either end. No-break spaces (U+00A0, U+202F), which
 * French texts put before `:` and inside « », are kept: they are content.
 */
export function collapse(text) {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

/** A short Markdown text (an option, a feedback, a rationale) as the plain text it shows. */
export function markdownPlain(md) {
  return markdownOutline(md).paragraphs.join(' ');
}

/** The folder of the app's official reference tables. */
export const REFERENCE_DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../src/domain/reference/data');
