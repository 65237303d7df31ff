// The analytics of a workspace with known links (stored before the app
// starts, in the format of `Workspace::to_file`): the GCM heatmap and its
// table agree, the gap lists name unaddressed objectives and targets, the
// alignment share changes with the set of targets; the printable report
// lists the official texts, and in print media the site header and
// navigation are hidden.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

import { parseCsv } from '../support/data.mjs';
import { Analytics, ReportPage, WorkspacePage } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

const ID = '1764300000000';
const NAME = 'Ardenia analytics check';
/** Priority id → links; p3 has none. */
const LINKS = {
  p1: ['gcm:20', 'sdg:10.c'],
  p2: ['gcm:6', 'sdg:8.8', 'sdg:10.7.1'],
  p3: [],
};

/** The app's `percent`: rounded half up; `0 %`, or `<1 %` when small. */
function percent(covered, total) {
  if (total === 0 || covered === 0) return '0\u00a0%';
  const p = Math.floor((covered * 200 + total) / (total * 2));
  return p === 0 ? '<1\u00a0%' : `${p}\u00a0%`;
}

async function tables() {
  const dir = join(app.server.appDir, 'data');
  const read = async (f) => parseCsv(await readFile(join(dir, f), 'utf8'));
  return {
    objectives: await read('gcm_objectives.csv'),
    targets: await read('sdg_targets.csv'),
    indicators: await read('sdg_indicators.csv'),
    migration: await read('migration_relevant_sdg_targets.csv'),
  };
}

/** The stored workspace, as `services::workspaces::write_json` writes it. */
function storedWorkspace(t) {
  const official = (ref) => {
    const [fw, code] = ref.split(':');
    if (fw === 'gcm') return t.objectives.find((o) => o.objective === code).title;
    const row = (code.split('.').length === 3 ? t.indicators : t.targets).find((r) => r.code === code);
    return row.text;
  };
  const file = {
    format: 'cca-lab-workspace',
    version: 1,
    name: NAME,
    priorities: Object.entries(LINKS).map(([id, refs], i) => ({
      id,
      text: ['Cheaper remittances', 'Fair recruitment and decent work', 'Road safety'][i],
      ...(i === 0 ? { source: 'Ardenia NDP (fictional), pillar 1' } : {}),
      links: refs.map((ref) => ({ ref, official_text: official(ref), note: '' })),
    })),
  };
  return JSON.stringify(file, null, 2);
}

test('workspace analytics agree with the links; the report lists official texts and prints without the site header', async () => {
  const t = await tables();
  const { context, page, errors } = await app.open();
  try {
    await context.addInitScript(
      ({ key, value }) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      { key: `cca-lab.workspace.${ID}`, value: storedWorkspace(t) },
    );
    const ws = new WorkspacePage(page, app.baseUrl, ID);
    await ws.goto();
    await ws.waitForHeading(NAME);
    const a = new Analytics(page, ws.analytics);

    // The GCM heatmap: 1 where a priority links an objective.
    await a.gcm.waitFor();
    assert.equal((await a.heatCell(a.gcm, 'p1', 'gcm:20').textContent()).trim(), '1');
    assert.equal((await a.heatCell(a.gcm, 'p2', 'gcm:6').textContent()).trim(), '1');
    assert.equal(await a.heatCell(a.gcm, 'p3', 'gcm:20').count(), 0);
    const drawn = await a.heatCells(a.gcm);
    assert.deepEqual(drawn, { 'p1|gcm:20': 1, 'p2|gcm:6': 1 });

    // "Show as table" reveals a table with the same numbers.
    const toggle = a.toggle(a.gcm);
    const table = a.gcm.locator('.chart-table');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(await table.isHidden());
    await toggle.click();
    await table.waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal((await toggle.textContent()).trim(), 'Hide the table');
    const cols = await a.gcm.locator('svg g.hm-totals g[data-col]').evaluateAll((gs) => gs.map((g) => g.dataset.col));
    assert.equal(cols.length, 23);
    const tab = await a.table(a.gcm);
    assert.deepEqual(tab.columns, cols.map((c) => c.replace('gcm:', '')));
    assert.deepEqual(tab.rows.map((r) => r.head), Object.keys(LINKS));
    for (const row of tab.rows) {
      assert.deepEqual(row.cells, cols.map((c) => drawn[`${row.head}|${c}`] ?? 0), `table row ${row.head}`);
    }
    const totals = await a.gcm.locator('svg g.hm-totals g[data-col]').evaluateAll((gs) => gs.map((g) => Number(g.textContent)));
    assert.deepEqual(tab.foot[0].cells, totals);

    // Gaps: Objective 23 (not linked) is listed with its short label; a
    // linked objective is not; an unreflected migration-relevant target is.
    const o23 = t.objectives.find((o) => o.objective === '23');
    const gap23 = a.gapsGcm.locator('li[data-ref="gcm:23"]');
    assert.match(await gap23.textContent(), new RegExp(`^Objective 23 · ${o23.short_label_en} — `));
    assert.ok((await gap23.textContent()).includes(o23.title));
    assert.equal(await a.gapsGcm.locator('li[data-ref="gcm:20"]').count(), 0);
    assert.equal(await a.gapsGcm.locator('li').count(), 21);
    const covered = new Set(['10.c', '8.8', '10.7']);
    const gapTarget = t.migration.find((m) => !covered.has(m.target)).target;
    await a.gapsSdg.locator(`li[data-ref="sdg:${gapTarget}"]`).waitFor();
    assert.equal(await a.gapsSdg.locator('li[data-ref="sdg:10.c"]').count(), 0);

    // Alignment: all targets, then the migration-relevant ones.
    const all = t.targets.length;
    const mr = t.migration.length;
    const mrCovered = t.migration.filter((m) => covered.has(m.target)).length;
    assert.ok(await a.alignmentChoice('all').isChecked());
    assert.equal((await a.share.locator('strong').textContent()).trim(), `${percent(covered.size, all)} of targets reflected`);
    await a.alignmentChoice('migration').check();
    const migrationShare = `${percent(mrCovered, mr)} of migration-relevant targets reflected`;
    await a.share.locator('strong', { hasText: migrationShare }).waitFor();
    assert.notEqual(percent(mrCovered, mr), percent(covered.size, all), 'the share changes');
    assert.match(await a.share.textContent(), new RegExp(`${mrCovered} of ${mr} migration-relevant targets are reflected`));

    // The printable report.
    await ws.reportLink.click();
    const report = new ReportPage(page, app.baseUrl, ID);
    await report.priorities.waitFor();
    assert.equal(report.route(), `/w/${ID}/report`);
    const target = t.targets.find((r) => r.code === '10.c').text;
    assert.ok((await report.link('p1', 'sdg:10.c').textContent()).includes(target), 'the official text of target 10.c');
    assert.ok((await report.link('p2', 'gcm:6').textContent()).includes(t.objectives.find((o) => o.objective === '6').title));
    assert.equal((await report.priorities.locator('li[data-priority="p3"] .report-none').textContent()).trim(), 'No link.');
    assert.ok(await report.printButton.isVisible());
    const header = page.locator('header.site-header');
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert.ok(await header.isVisible());
    assert.ok(await nav.isVisible());

    // Print media: no site header, navigation or Print button; the
    // report and its tables remain.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await header.isHidden(), 'the site header is hidden in print');
    assert.ok(await nav.isHidden(), 'the navigation is hidden in print');
    assert.ok(await report.printButton.isHidden(), 'the Print button is hidden in print');
    assert.ok(await report.link('p1', 'sdg:10.c').isVisible());
    assert.ok(await report.root.getByTestId('coverage-gcm').locator('.chart-table').isVisible(), 'tables print');
    await page.emulateMedia({ media: 'screen' });
    assert.ok(await header.isVisible());

    errors.assertNone();
  } finally {
    await context.close();
  }
});
