// Page objects: what a learner sees on each page, by the app's data-testid
// hooks, roles and labels (see src/ui). Methods wait for the app; none sleeps.

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
    return new Question(this.page, this.article.locator(`section.step[data-step="${stepId}"]`));
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
