// Suggestions in a workspace: "Suggest" on a priority starts the
// suggestion worker (fetched on first use), lists suggestions with their
// evidence and links nothing by itself; one suggestion accepted (a click)
// becomes a link that is still there after a reload; another rejected
// from the keyboard disappears; the live region announces each step.
// "Suggest for all" then suggests for every priority; French priorities
// work with the language set to Français.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { WorkspacePage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const ID = '1764400000000';
const NAME = 'Suggestions check';

function storedWorkspace(priorities) {
  return JSON.stringify({
    format: 'cca-lab-workspace',
    version: 1,
    name: NAME,
    priorities: priorities.map((text, i) => ({ id: `p${i + 1}`, text, links: [] })),
  });
}

/** The stored workspace's links of priority `id`. */
async function storedLinks(ws, id) {
  const stored = JSON.parse((await ws.storage())[`cca-lab.workspace.${ID}`]);
  return stored.priorities.find((p) => p.id === id).links.map((l) => l.ref);
}

test('suggest for a priority, see the evidence, accept one (kept after a reload), reject another', async () => {
  const { context, page, errors } = await app.open();
  try {
    await context.addInitScript(
      ({ key, value }) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      {
        key: `cca-lab.workspace.${ID}`,
        value: storedWorkspace([
          'Reduce the transaction costs of migrant remittances',
          'Achieve universal birth registration',
        ]),
      },
    );
    const ws = new WorkspacePage(page, app.baseUrl, ID);
    await ws.goto();
    await ws.waitForHeading(NAME);
    const p1 = ws.priority('p1');
    const status = page.getByTestId('suggest-status');

    // Nothing of the engine is loaded before the first "Suggest".
    const workerUrls = [];
    page.on('request', (r) => {
      if (r.url().includes('suggest-worker')) workerUrls.push(r.url().replace(/.*\//, ''));
    });
    assert.equal(page.workers().length, 0);

    await p1.root.getByRole('button', { name: 'Suggest links for priority p1' }).click();
    const panel = p1.root.getByTestId('suggest-panel');
    await panel.getByRole('heading', { name: 'Suggestions for priority p1' }).waitFor();
    const items = panel.getByTestId('suggestions').locator(':scope > li.suggestion');
    await items.first().waitFor();
    assert.ok(workerUrls.includes('suggest-worker_loader.js'), `worker fetched: ${workerUrls}`);
    await eventually(async () => assert.match(await status.textContent(), /^\d+ suggestions? for priority p1\.$/));

    // Ranked best first within each kind: GCM objective 20 leads, then
    // target 10.c; each shows its official text and its evidence.
    const refs = await items.evaluateAll((li) => li.map((l) => l.dataset.ref));
    assert.equal(refs[0], 'gcm:20', refs.join(' '));
    assert.ok(refs.includes('sdg:10.c'), refs.join(' '));
    assert.ok(refs.includes('sdg:10.c.1'), refs.join(' '));
    const gcm20 = panel.locator('li.suggestion[data-ref="gcm:20"]');
    const gcm20Text = await gcm20.locator('.suggestion-ref').textContent();
    assert.match(gcm20Text, /^GCM objective 20 — Promote faster, safer and cheaper transfer of remittances/);
    const evidence = await gcm20.locator('.evidence li').allTextContents();
    assert.ok(
      evidence.some((e) => /remittances/.test(e) && /lexicon: remittance/.test(e)),
      `evidence names the words and the lexicon entry: ${evidence.join(' | ')}`,
    );
    const target = panel.locator('li.suggestion[data-ref="sdg:10.c"]');
    const targetEvidence = await target.locator('.evidence li').allTextContents();
    assert.ok(
      targetEvidence.some((e) => /official text of sdg:10\.c/.test(e)),
      `evidence quotes the official text: ${targetEvidence.join(' | ')}`,
    );

    // Nothing is linked without a click.
    assert.equal(await p1.links.count(), 0);
    assert.deepEqual(await storedLinks(ws, 'p1'), []);

    // Accept GCM objective 20: it becomes a link and leaves the list.
    await gcm20.getByRole('button', { name: 'Accept GCM objective 20 for priority p1' }).click();
    await p1.root.locator('ul.ws-links > li[data-ref="gcm:20"]').waitFor();
    await panel.locator('li.suggestion[data-ref="gcm:20"]').waitFor({ state: 'detached' });
    await eventually(async () => assert.equal(await status.textContent(), 'Linked GCM objective 20 to priority p1.'));
    await eventually(async () => assert.deepEqual(await storedLinks(ws, 'p1'), ['gcm:20']));

    // Reject indicator 10.c.1 from the keyboard: it leaves the list, and
    // is not linked.
    const reject = panel.getByRole('button', { name: 'Reject SDG indicator 10.c.1 for priority p1' });
    await reject.focus();
    await page.keyboard.press('Enter');
    await panel.locator('li.suggestion[data-ref="sdg:10.c.1"]').waitFor({ state: 'detached' });
    await eventually(async () => assert.equal(await status.textContent(), 'Rejected SDG indicator 10.c.1 for priority p1.'));
    // The focus stays in the list: on the next suggestion's first button.
    assert.equal(
      await page.evaluate(() => document.activeElement.closest('li.suggestion') !== null && document.activeElement.tagName),
      'BUTTON',
    );
    assert.deepEqual(await storedLinks(ws, 'p1'), ['gcm:20']);
    assert.ok(await panel.locator('li.suggestion[data-ref="sdg:10.c"]').isVisible(), 'the others stay');

    // After a reload the accepted link is still there; the suggestions are not.
    await page.reload();
    await ws.waitForHeading(NAME);
    await p1.root.locator('ul.ws-links > li[data-ref="gcm:20"]').waitFor();
    assert.equal(await p1.links.count(), 1);
    assert.equal(await p1.root.getByTestId('suggest-panel').count(), 0);

    // Suggest for all: both priorities get suggestions; birth registration
    // brings target 16.9 and GCM objective 4.
    await page.getByRole('button', { name: 'Suggest for all' }).click();
    const p2 = ws.priority('p2');
    await p2.root.locator('li.suggestion[data-ref="sdg:16.9"]').waitFor();
    await p2.root.locator('li.suggestion[data-ref="gcm:4"]').waitFor();
    await eventually(async () => assert.match(await status.textContent(), /^\d+ suggestions for 2 priorities\.$/));
    // An accepted reference is not suggested again.
    assert.equal(await p1.root.locator('li.suggestion[data-ref="gcm:20"]').count(), 0);

    errors.assertNone();
  } finally {
    await context.close();
  }
});

test('suggestions for French priorities', async () => {
  const { context, page, errors } = await app.open();
  try {
    await context.addInitScript(
      ({ key, value }) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      {
        key: `cca-lab.workspace.${ID}`,
        value: storedWorkspace(['Supprimer les frais de recrutement des travailleurs migrants']),
      },
    );
    const ws = new WorkspacePage(page, app.baseUrl, ID);
    await ws.goto();
    await ws.waitForHeading(NAME);
    await page.locator('#ws-suggest-lang').selectOption('fr');
    await ws.priority('p1').root.getByRole('button', { name: 'Suggest links for priority p1' }).click();
    const panel = ws.priority('p1').root.getByTestId('suggest-panel');
    const first = panel.locator('li.suggestion').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-ref'), 'gcm:6');
    await panel.locator('li.suggestion[data-ref="sdg:10.7.1"]').waitFor();
    const evidence = await first.locator('.evidence li').allTextContents();
    assert.ok(evidence.some((e) => /frais de recrutement/.test(e)), evidence.join(' | '));
    errors.assertNone();
  } finally {
    await context.close();
  }
});
