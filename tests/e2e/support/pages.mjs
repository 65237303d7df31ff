// Page objects: what a learner sees on each page, by the app's data-testid
// hooks, roles and labels (see src/ui). Methods wait for the app; none sleeps.

import { eventually } from './browser.mjs';

/** The URL of a hash route under the app's base URL. */
export function routeUrl(baseUrl, route = '/') {
  return `${baseUrl}#${route}`;
}

/** A CSS selector for links to reference `code` (the app percent-encodes the colon). */
export function refLinkSelector(code) {
  return `a[href$="#/ref/${encodeURIComponent(code)}"], a[href$="#/ref/${code}"]`;
}

/** The header, notices and breadcrumbs every page has. */
export class AppShell {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.h1 = page.locator('main h1');
    this.notices = page.getByTestId('notice');
    this.breadcrumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  }

  async open(route) {
    await this.page.goto(routeUrl(this.baseUrl, route));
  }

  /** The current hash route, e.g. `/c/starter`. */
  route() {
    return decodeURIComponent(new URL(this.page.url()).hash.replace(/^#/, '')) || '/';
  }

  /** Waits until the app shows an h1 with exactly `text`. */
  async waitForHeading(text) {
    await this.page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
  }

  breadcrumb(label) {
    return this.breadcrumbs.getByRole('link', { name: label, exact: true });
  }

  /** Reads `localStorage` as a plain object. */
  async storage() {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }
}

/** `#/`: the catalogue of curricula. */
export class CatalogPage extends AppShell {
  constructor(page, baseUrl) {
    super(page, baseUrl);
    this.list = page.getByTestId('catalog');
  }

  async goto() {
    await this.open('/');
    await this.list.waitFor();
    await this.list.locator('li.card').first().waitFor();
  }

  card(id) {
    const card = this.list.locator(`li.card[data-curriculum="${id}"]`);
    return {
      root: card,
      title: card.locator('h2'),
      link: card.locator('h2 a'),
      problem: card.locator('.card-problem'),
      /** The value of a fact (`Languages`, `Time`, `Your progress`). */
      fact: (name) =>
        card
          .locator('dl.facts > div')
          .filter({ has: this.page.locator('dt', { hasText: name }) })
          .locator('dd'),
    };
  }
}

/** `#/c/<id>`: a curriculum's overview, or its diagnostics. */
export class CurriculumPage extends AppShell {
  constructor(page, baseUrl, id) {
    super(page, baseUrl);
    this.id = id;
    this.modules = page.getByTestId('modules');
    this.moduleTitles = this.modules.locator(':scope > li > h3');
    this.language = page.getByLabel('Language of this curriculum');
    this.progress = page.locator('label[for="curriculum-progress"]');
    this.resultsLink = page.locator('section.progress-summary').getByRole('link', { name: 'Your results', exact: true });
    this.offline = page.getByTestId('offline');
    this.diagnostics = new DiagnosticsPanel(page);
  }

  async goto() {
    await this.open(`/c/${this.id}`);
  }

  /** Waits for the overview (not the diagnostics). */
  async waitForOverview() {
    await this.modules.waitFor();
  }

  lessonLink(title) {
    return this.modules.getByRole('link', { name: title, exact: true });
  }

  /** The link to lesson `lesson` of module `module` in the list of modules. */
  lessonLinkTo(module, lesson) {
    const route = `#/c/${this.id}/${module}/${lesson}`;
    return this.modules.locator(`ol.lessons a[href$="${route}"]`);
  }
}

/** The list of problems shown instead of a broken curriculum. */
export class DiagnosticsPanel {
  constructor(page) {
    this.root = page.getByTestId('diagnostics');
    this.count = this.root.locator('.diagnostics-count');
    this.items = this.root.locator('li.diagnostic');
  }

  /** Every item as `{ code, level, place, message, hint, file }`. */
  async read() {
    await this.root.waitFor();
    return this.root.locator('.diagnostics-file').evaluateAll((files) =>
      files.flatMap((f) =>
        [...f.querySelectorAll('li.diagnostic')].map((li) => ({
          file: f.querySelector('h3')?.textContent ?? '',
          code: li.dataset.code,
          level: li.classList.contains('error') ? 'error' : 'warning',
          place: li.querySelector('.diagnostic-place')?.textContent ?? '',
          message: li.querySelector('.diagnostic-message')?.textContent ?? '',
          hint: li.querySelector('.diagnostic-hint')?.textContent ?? '',
        })),
      ),
    );
  }
}

/** `#/c/<id>/<module>/<lesson>`: one lesson. */
export class LessonPage extends AppShell {
  constructor(page, baseUrl, id, module, lesson) {
    super(page, baseUrl);
    this.path = `/c/${id}/${module}/${lesson}`;
    this.article = page.getByTestId('lesson');
    this.title = this.article.locator('h1');
    this.complete = page.getByRole('button', { name: /^Complete lesson/ });
    this.completed = page.locator('.lesson-nav .status', { hasText: 'Lesson completed' });
  }

  async goto() {
    await this.open(this.path);
    await this.title.waitFor();
  }

  /** The question in step `stepId`. */
  question(stepId) {
    return new Question(this.page, this.step(stepId));
  }

  /** Every step of the lesson (`section.step[data-step]`), in order. */
  get steps() {
    return this.article.locator('section.step[data-step]');
  }

  /** Step `stepId`'s section. */
  step(stepId) {
    return this.article.locator(`section.step[data-step="${stepId}"]`);
  }

  /** The reference cards of step `stepId` (`article.ref-card[data-ref]`). */
  refCards(stepId) {
    return this.step(stepId).locator('.ref-cards > article.ref-card');
  }

  /** Reference card `ref` of step `stepId`: its root and its official text. */
  refCard(stepId, ref) {
    const root = this.step(stepId).locator(`.ref-cards > article.ref-card[data-ref="${ref}"]`);
    return { root, heading: root.locator('h3'), text: root.locator(':scope > .ref-text') };
  }

  /**
   * What step `stepId` shows, as text with whitespace collapsed: its own
   * heading (`title`, the h2), the headings inside its body, and its
   * paragraphs (outside questions, cards and mapping exercises).
   */
  async stepText(stepId) {
    return this.step(stepId).evaluate((section) => {
      // ASCII white space only: no-break spaces are content.
      const norm = (t) => t.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
      const own = (el) => !el.closest('[data-testid="question"], .ref-cards, [data-testid="mapping"]');
      return {
        title: norm(section.querySelector(':scope > h2')?.textContent ?? ''),
        headings: [...section.querySelectorAll('h3, h4, h5, h6')].filter(own).map((h) => norm(h.textContent)),
        paragraphs: [...section.querySelectorAll('p')].filter(own).map((p) => norm(p.textContent)),
      };
    });
  }

  /** The mapping exercise of step `stepId`. */
  mapping(stepId) {
    return new MappingExercise(this.page, this.step(stepId));
  }
}

/** A `<form data-testid=question>`. */
export class Question {
  constructor(page, scope) {
    this.page = page;
    this.form = scope.getByTestId('question');
    this.result = this.form.getByRole('status');
    this.checkButton = this.form.getByRole('button', { name: 'Check answer' });
    this.tryAgainButton = this.form.getByRole('button', { name: 'Try again' });
    this.options = this.form.locator('li.option');
    this.feedback = this.form.locator('li.option .feedback');
  }

  input(optionId) {
    return this.form.locator(`input[value="${optionId}"]`);
  }

  option(optionId) {
    return this.form.locator('li.option').filter({
      has: this.page.locator(`input[value="${optionId}"]`),
    });
  }

  /** Chooses exactly `ids` (clicking their labels, as a learner would). */
  async choose(...ids) {
    await this.form.waitFor();
    const all = await this.form.locator('input').evaluateAll((els) => els.map((e) => e.value));
    for (const id of all) {
      const input = this.input(id);
      const want = ids.includes(id);
      if ((await input.isChecked()) !== want) {
        if ((await input.getAttribute('type')) === 'radio' && !want) continue;
        await this.option(id).locator('label').click();
      }
    }
  }

  async check() {
    await this.checkButton.click();
    await this.tryAgainButton.waitFor();
  }

  async tryAgain() {
    await this.tryAgainButton.click();
    try {
      await this.checkButton.waitFor();
    } catch (e) {
      const result = (await this.result.textContent()).trim();
      throw new Error(
        `"Try again" did not reopen the question: no "Check answer" button; the result still reads "${result}"`,
        { cause: e },
      );
    }
  }

  /** The ids of the checked options. */
  async chosen() {
    return this.form.locator('input:checked').evaluateAll((els) => els.map((e) => e.value));
  }
}

/** `#/ref/<code>`: the official text of an entry, and a search. */
export class ReferencePage extends AppShell {
  constructor(page, baseUrl, code) {
    super(page, baseUrl);
    this.code = code;
    this.card = page.locator(`article.ref-card[data-ref="${code}"]`);
    this.text = this.card.locator('.ref-text');
    this.search = page.getByLabel(/^Code or words/);
    this.results = page.locator('ul.ref-results > li');
  }

  async goto() {
    await this.open(`/ref/${this.code}`);
    await this.card.waitFor();
  }

  /** The result linking to reference `code`. */
  result(code) {
    return this.results.filter({ has: this.page.locator(refLinkSelector(code)) });
  }
}

// ---------------------------------------------------------------------------
// Keyboard, mapping exercises, workspaces (specs 09–14)

/** What has the focus, for messages: `button#id "text"`. */
export async function describeFocus(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return 'body';
    const text = (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().slice(0, 40);
    return `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} "${text}"`;
  });
}

/** Whether `target` (a locator of one element) has the focus. */
export async function hasFocus(target) {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a
 * keyboard user moves through the page; does nothing if it has it already.
 * Fails after `max` presses, listing where the focus went.
 */
export async function tabTo(page, target, { back = false, max = 150 } = {}) {
  await target.waitFor({ state: 'attached' });
  const path = [];
  for (let i = 0; i <= max; i += 1) {
    if (await hasFocus(target)) return i;
    if (i === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    path.push(await describeFocus(page));
  }
  throw new Error(
    `${back ? 'Shift+Tab' : 'Tab'} did not reach ${target} in ${max} presses; the focus went to:\n  ` +
      path.slice(-25).join('\n  '),
  );
}

/**
 * The reference picker (a WAI-ARIA combobox with a listbox popup), inside
 * `root` (its `div.picker`).
 */
export class RefPicker {
  constructor(page, root) {
    this.page = page;
    this.root = root;
    this.input = root.locator('input[role="combobox"]');
    this.filter = root.locator('select');
    this.listbox = root.locator('[role="listbox"]');
    this.options = this.listbox.locator('[role="option"]');
    this.chips = root.locator('ul.chips > li.chip');
    this.status = root.locator('p[role="status"]');
  }

  option(ref) {
    return this.listbox.locator(`[role="option"][data-ref="${ref}"]`);
  }

  chip(ref) {
    return this.root.locator(`ul.chips > li.chip[data-ref="${ref}"]`);
  }

  removeButton(ref) {
    return this.chip(ref).locator('button.chip-remove');
  }

  /** The chosen references, in order. */
  async chosen() {
    return this.chips.evaluateAll((lis) => lis.map((li) => li.dataset.ref));
  }

  /**
   * The combobox's ARIA state: `expanded`, `controls`, and the element its
   * `aria-activedescendant` names (`active`: its id, role, data-ref,
   * aria-selected and whether it is in the controlled listbox), or null.
   */
  async aria() {
    return this.input.evaluate((input) => {
      const id = input.getAttribute('aria-activedescendant');
      const el = id ? document.getElementById(id) : null;
      const listbox = document.getElementById(input.getAttribute('aria-controls') || '');
      return {
        expanded: input.getAttribute('aria-expanded'),
        controls: input.getAttribute('aria-controls'),
        listboxRole: listbox?.getAttribute('role') ?? null,
        listboxHidden: listbox ? listbox.hidden : null,
        activeId: id,
        active: el && {
          role: el.getAttribute('role'),
          ref: el.dataset.ref,
          selected: el.getAttribute('aria-selected'),
          inListbox: !!listbox && listbox.contains(el),
        },
      };
    });
  }

  /**
   * With the focus in the input (empty), adds `ref` from the keyboard only:
   * types `typed` (default: the code), presses ↓ until `ref` is the active
   * option, checks the ARIA state of the open list, presses Enter, and
   * clears what is left in the input with Escape. Returns the ARIA states
   * seen while the list was open.
   */
  async addByKeyboard(ref, { typed = ref } = {}) {
    if (!(await hasFocus(this.input))) throw new Error(`the picker input ${this.input} has no focus`);
    await this.page.keyboard.type(typed);
    await this.option(ref).waitFor();
    const n = await this.options.count();
    const seen = [];
    let previous = null;
    for (let i = 0; i < n; i += 1) {
      await this.page.keyboard.press('ArrowDown');
      // Wait for the active option to move (or be set, the first time).
      const state = await eventually(async () => {
        const s = await this.aria();
        if (!s.activeId || (s.activeId === previous && n > 1)) {
          throw new Error(`ArrowDown did not move the active option: ${JSON.stringify(s)}`);
        }
        return s;
      });
      seen.push(state);
      previous = state.activeId;
      if (state.active?.ref === ref) break;
    }
    const last = seen.at(-1);
    if (last?.active?.ref !== ref) {
      throw new Error(`ArrowDown never made ${ref} the active option: ${JSON.stringify(seen)}`);
    }
    await this.page.keyboard.press('Enter');
    await this.chip(ref).waitFor();
    // A typed code naming the added entry is cleared; anything else is
    // closed (Escape) and then cleared (Escape again).
    for (let i = 0; i < 2 && (await this.input.inputValue()) !== ''; i += 1) {
      await this.page.keyboard.press('Escape');
    }
    if ((await this.input.inputValue()) !== '') throw new Error('Escape did not clear the picker input');
    return seen;
  }

  /**
   * Adds `ref` with the pointer: clicks the input, types `typed` (default:
   * the code), clicks the option, and waits for its chip. The list stays
   * open for the next one; the input is cleared when it named the code.
   */
  async addByClick(ref, { typed = ref } = {}) {
    await this.input.click();
    await this.input.fill(typed);
    await this.option(ref).click();
    await this.chip(ref).waitFor();
  }
}

/** The text of a TOML basic string (its escapes are JSON's, but for \U). */
function tomlString(quoted) {
  return JSON.parse(quoted.replace(/\\U([0-9a-fA-F]{8})/g, (_, h) => String.fromCodePoint(parseInt(h, 16))));
}

/** A `section.step` holding a mapping exercise (`data-testid=mapping`). */
export class MappingExercise {
  constructor(page, scope) {
    this.page = page;
    this.root = scope.getByTestId('mapping');
    this.priorities = this.root.locator('li.priority');
    this.button = this.root.locator('.mapping-actions button');
    this.submitButton = this.root.locator('.mapping-actions').getByRole('button', { name: 'Submit', exact: true });
    this.tryAgainButton = this.root.locator('.mapping-actions').getByRole('button', { name: 'Try again', exact: true });
    this.result = this.root.locator('.mapping-result[role="status"]');
    this.attempts = this.root.locator('section.attempts ol > li');
    this.analytics = this.root.locator('details.mapping-analytics [data-testid="analytics"]');
  }

  /**
   * The priorities of mapping step `stepId` in a curriculum TOML file, in
   * order: `{ id, text, expected: [{ ref, rationale }] }`. Reads only what
   * the exercise needs; not a TOML parser.
   */
  static async readKey(file, stepId) {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(file, 'utf8');
    const STR = '"(?:[^"\\\\]|\\\\.)*"';
    const sections = text.split(/^(?=\[\[?[a-z.]+\]\]?\s*$)/m);
    const out = [];
    let step = null;
    for (const s of sections) {
      const header = s.match(/^\[\[?([a-z.]+)\]\]?/)?.[1];
      const field = (k) => {
        const m = s.match(new RegExp(`^${k}\\s*=\\s*(${STR})`, 'm'));
        return m ? tomlString(m[1]) : undefined;
      };
      if (header === 'lesson.step') step = field('id');
      if (header !== 'lesson.step.priority' || step !== stepId) continue;
      const list = s.match(/^expected\s*=\s*\[([\s\S]*?)^\s*\]|^expected\s*=\s*\[([^\n]*)\]/m);
      if (!list) throw new Error(`priority ${field('id')} in ${file} has no \`expected\``);
      const body = list[1] ?? list[2] ?? '';
      const expected = [...body.matchAll(new RegExp(`\\{\\s*ref\\s*=\\s*(${STR})\\s*,\\s*rationale\\s*=\\s*(${STR})`, 'g'))].map(
        (m) => ({ ref: tomlString(m[1]), rationale: tomlString(m[2]) }),
      );
      out.push({ id: field('id'), text: field('text'), expected });
    }
    if (out.length === 0) throw new Error(`no priorities of mapping step ${stepId} in ${file}`);
    return out;
  }

  priority(id) {
    const root = this.root.locator(`li.priority[data-priority="${id}"]`);
    const result = root.locator('.priority-result');
    return {
      root,
      heading: root.locator('h3.priority-text'),
      picker: new RefPicker(this.page, root.locator('div.picker')),
      result,
      score: result.locator('.priority-score'),
      /** The item for `ref` in verdict group `kind` (right, partly, missed, extra). */
      item: (kind, ref) => result.locator(`.verdict-group.${kind} li[data-ref="${ref}"]`),
      /** The references listed in verdict group `kind`. */
      refs: (kind) =>
        result.locator(`.verdict-group.${kind} > ul > li`).evaluateAll((lis) => lis.map((li) => li.dataset.ref)),
    };
  }

  /** The priorities' texts as shown (without the "Priority n:" prefix). */
  async priorityTexts() {
    return this.root.locator('li.priority h3.priority-text').evaluateAll((hs) =>
      hs.map((h) =>
        [...h.childNodes]
          .filter((n) => !(n.nodeType === 1 && n.classList.contains('priority-number')))
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ),
    );
  }
}

/** Keys of `localStorage` that hold a workspace (not set-aside copies). */
export function workspaceKeys(storage) {
  return Object.keys(storage)
    .filter((k) => /^cca-lab\.workspace\.[^.]+$/.test(k))
    .sort();
}

/** `#/workspaces`: the list of workspaces and the forms to create one. */
export class WorkspacesPage extends AppShell {
  constructor(page, baseUrl) {
    super(page, baseUrl);
    this.list = page.getByTestId('workspaces');
    this.items = this.list.locator('li.workspace-item');
    this.file = page.locator('#ws-file');
    this.name = page.getByLabel('Name (optional)');
    this.paste = page.getByLabel('Priorities, one per line');
    this.createButton = page.getByRole('button', { name: 'Create workspace' });
    this.created = page.getByTestId('created');
    this.errors = page.getByTestId('import-errors');
  }

  async goto() {
    await this.open('/workspaces');
    // An empty list has no size: wait for it in the page, not for it to show.
    await this.list.waitFor({ state: 'attached' });
  }

  item(id) {
    const root = this.list.locator(`li.workspace-item[data-workspace="${id}"]`);
    return {
      root,
      link: root.locator('h3 a'),
      facts: root.locator('.workspace-facts'),
      confirm: root.locator('.confirm[role="group"]'),
    };
  }

  /** The listed workspaces as `{ id, name, facts }`. */
  async read() {
    return this.items.evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.dataset.workspace,
        name: li.querySelector('h3')?.textContent.trim() ?? '',
        facts: li.querySelector('.workspace-facts')?.textContent.trim() ?? '',
      })),
    );
  }

  /** Uploads `{ name, mimeType, buffer }` through the file input. */
  async upload(file) {
    await this.file.setInputFiles(file);
  }

  /** The import problems shown, one string per item. */
  async problems() {
    await this.errors.waitFor();
    return (await this.errors.locator('li').allTextContents()).map((t) => t.trim());
  }
}

/** `#/w/<id>`: one workspace. */
export class WorkspacePage extends AppShell {
  constructor(page, baseUrl, id) {
    super(page, baseUrl);
    this.id = id;
    this.priorities = page.getByTestId('priorities').locator(':scope > li.ws-priority');
    this.facts = page.locator('main > .workspace-facts');
    this.rename = page.locator('#ws-rename');
    this.exportCsv = page.getByRole('button', { name: 'Export CSV' });
    this.exportJson = page.getByRole('button', { name: 'Export JSON' });
    this.reportLink = page.getByRole('link', { name: 'Printable report' });
    this.analytics = page.locator('#ws-analytics');
  }

  async goto() {
    await this.open(`/w/${this.id}`);
    await this.page.getByTestId('priorities').waitFor();
  }

  priority(id) {
    const root = this.page.getByTestId('priorities').locator(`:scope > li.ws-priority[data-priority="${id}"]`);
    return {
      root,
      picker: new RefPicker(this.page, root.locator('div.picker')),
      links: root.locator('ul.ws-links > li'),
      note: (label) => root.getByLabel(`Note on ${label} (optional)`),
    };
  }

  /** Clicks an export button; resolves to `{ name, text, bytes }` of the download. */
  async download(button) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile(await download.path());
    return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }
}

/**
 * The analytics of a workspace or exercise (`data-testid=analytics`).
 */
export class Analytics {
  constructor(page, root) {
    this.page = page;
    this.root = root;
    this.gcm = root.getByTestId('coverage-gcm');
    this.sdg = root.getByTestId('coverage-sdg');
    this.gapsGcm = root.getByTestId('gaps-gcm');
    this.gapsSdg = root.getByTestId('gaps-sdg');
    this.share = root.getByTestId('alignment-share');
  }

  /** The number drawn in heatmap `figure`'s cell (row `priority`, column `ref`), or null. */
  heatCell(figure, priority, ref) {
    return figure.locator(`svg g.hm-row[data-row="${priority}"] g.hm-cell[data-col="${ref}"] text`);
  }

  /** Every heatmap cell drawn: `{ "<row>|<col>": number }` (empty cells are not drawn). */
  async heatCells(figure) {
    return figure.locator('svg g.hm-row').evaluateAll((rows) =>
      Object.fromEntries(
        rows.flatMap((g) =>
          [...g.querySelectorAll('g.hm-cell')].map((c) => [`${g.dataset.row}|${c.dataset.col}`, Number(c.textContent)]),
        ),
      ),
    );
  }

  /** The heatmap's table: `{ columns: [code…], rows: [{ head, cells: [number…] }], foot }`. */
  async table(figure) {
    return figure.locator('.chart-table table').evaluate((t) => {
      const row = (tr) => ({
        head: tr.querySelector('th').textContent.trim(),
        cells: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
      });
      return {
        columns: [...t.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim()),
        rows: [...t.querySelectorAll('tbody tr')].map(row),
        foot: [...t.querySelectorAll('tfoot tr')].map(row),
      };
    });
  }

  toggle(figure) {
    return figure.locator('button.table-toggle');
  }

  /** The alignment radio for `all` or `migration` targets. */
  alignmentChoice(value) {
    return this.root.locator(`fieldset.alignment-set input[type="radio"][value="${value}"]`);
  }
}

/** `#/w/<id>/report`: a workspace's printable report. */
export class ReportPage extends AppShell {
  constructor(page, baseUrl, id) {
    super(page, baseUrl);
    this.id = id;
    this.root = page.locator('article.report');
    this.priorities = page.getByTestId('report-priorities');
    this.printButton = page.getByRole('button', { name: 'Print' });
  }

  async goto() {
    await this.open(`/w/${this.id}/report`);
    await this.priorities.waitFor();
  }

  link(priority, ref) {
    return this.priorities.locator(`:scope > li[data-priority="${priority}"] li[data-ref="${ref}"]`);
  }
}

/** `#/trainer/preview`: check a dropped curriculum and preview it. */
export class TrainerPreviewPage extends AppShell {
  constructor(page, baseUrl) {
    super(page, baseUrl);
    this.folderInput = page.locator('#preview-folder');
    this.filesInput = page.locator('#preview-files');
    this.diagnostics = new DiagnosticsPanel(page);
    this.ok = page.getByTestId('preview-ok');
    this.open_ = page.getByTestId('preview-open');
    this.notes = page.getByTestId('preview-notes');
    this.banner = page.getByTestId('preview-banner');
  }

  async goto() {
    await this.open('/trainer/preview');
    await this.filesInput.waitFor({ state: 'attached' });
  }

  /** Every diagnostic with the snippet of its line. */
  async readWithSnippets() {
    await this.diagnostics.root.waitFor();
    return this.diagnostics.root.locator('.diagnostics-file').evaluateAll((files) =>
      files.flatMap((f) =>
        [...f.querySelectorAll('li.diagnostic')].map((li) => ({
          file: f.querySelector('h3')?.textContent ?? '',
          code: li.dataset.code,
          place: li.querySelector('.diagnostic-place')?.textContent ?? '',
          snippet: li.querySelector('.diagnostic-snippet')?.textContent ?? '',
        })),
      ),
    );
  }

  /** The link previewing the curriculum in the language named `name`. */
  languageLink(name) {
    return this.open_.getByRole('link', { name });
  }
}

/** `#/trainer/cohort`: cohort analytics from results files. */
export class CohortPage extends AppShell {
  constructor(page, baseUrl) {
    super(page, baseUrl);
    this.curriculum = page.getByLabel('Curriculum');
    this.filesInput = page.locator('#cohort-files');
    this.folderInput = page.locator('#cohort-folder');
    this.report = page.getByTestId('cohort-report');
    this.trainees = page.getByTestId('cohort-trainees');
    this.refusedCount = page.getByTestId('cohort-refused-count');
    this.refused = page.getByTestId('cohort-refused');
    this.modules = page.getByTestId('cohort-modules');
    this.questions = page.getByTestId('cohort-questions');
    this.help = page.getByTestId('cohort-help');
  }

  async goto() {
    await this.open('/trainer/cohort');
    await this.filesInput.waitFor({ state: 'attached' });
  }
}

/** A zip (deflate) of `files` ({ name, bytes }), made with Node's zlib. */
export async function makeZip(files) {
  const { deflateRawSync, crc32 } = await import('node:zlib');
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, bytes } of files) {
    const data = deflateRawSync(bytes);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(bytes) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8); local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(bytes.length, 22); local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8); central.writeUInt16LE(8, 10); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20); central.writeUInt32LE(bytes.length, 24);
    central.writeUInt16LE(nameBytes.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(files.length, 8); end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
