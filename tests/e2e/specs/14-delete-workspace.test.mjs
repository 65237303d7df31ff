// Deleting a workspace asks first: Cancel keeps it (and its storage key);
// Delete removes it and its key, and leaves the other workspaces alone.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { eventually } from '../support/browser.mjs';
import { WorkspacesPage, hasFocus, workspaceKeys } from '../support/pages.mjs';
import { useApp } from '../support/suite.mjs';

const app = useApp();

/** Creates a workspace from the paste form; returns its id. */
async function createPasted(list, name, lines) {
  const before = workspaceKeys(await list.storage());
  await list.name.fill(name);
  await list.paste.fill(lines.join('\n'));
  await list.createButton.click();
  await list.created.filter({ hasText: `Created “${name}”.` }).waitFor();
  return eventually(async () => {
    const added = workspaceKeys(await list.storage()).filter((k) => !before.includes(k));
    assert.equal(added.length, 1);
    return added[0].replace('cca-lab.workspace.', '');
  });
}

test('deleting a workspace asks for confirmation; cancel keeps it, confirm removes it and its key', async () => {
  const { context, page, errors } = await app.open();
  try {
    const list = new WorkspacesPage(page, app.baseUrl);
    await list.goto();
    const keep = await createPasted(list, 'Keep this plan', ['Fair recruitment', 'Cheaper remittances', 'Legal identity']);
    const doomed = await createPasted(list, 'Old draft', ['Roads', 'Bridges']);
    assert.deepEqual(
      (await list.read()).map((w) => [w.id, w.name, w.facts]),
      [
        [keep, 'Keep this plan', '3 priorities · 0 links'],
        [doomed, 'Old draft', '2 priorities · 0 links'],
      ],
    );

    // Delete asks first, in place, and moves the focus to the question.
    const item = list.item(doomed);
    const ask = item.root.getByRole('button', { name: 'Delete Old draft' });
    await ask.click();
    const confirm = page.getByRole('group', { name: 'Delete Old draft?' });
    await confirm.waitFor();
    assert.equal(
      (await confirm.locator('p').textContent()).trim(),
      'Delete “Old draft” (2 priorities · 0 links)? This cannot be undone; export it first to keep a copy.',
    );
    await eventually(async () => assert.ok(await hasFocus(confirm), 'the question has the focus'));
    assert.equal(await list.item(keep).confirm.count(), 0, 'only the workspace asked about');

    // Cancel keeps it.
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await ask.waitFor();
    assert.deepEqual(workspaceKeys(await list.storage()), [`cca-lab.workspace.${keep}`, `cca-lab.workspace.${doomed}`].sort());
    assert.equal(await list.items.count(), 2);

    // Delete, confirmed, removes it and its key; the other stays.
    await ask.click();
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await item.root.waitFor({ state: 'detached' });
    await eventually(async () =>
      assert.deepEqual(workspaceKeys(await list.storage()), [`cca-lab.workspace.${keep}`]),
    );
    assert.deepEqual((await list.read()).map((w) => w.id), [keep]);

    // Still gone after a reload; its address says it is not there.
    await page.reload();
    await list.item(keep).root.waitFor();
    assert.deepEqual((await list.read()).map((w) => w.id), [keep]);
    await list.open(`/w/${doomed}`);
    await list.waitForHeading('Workspace not found');

    errors.assertNone();
  } finally {
    await context.close();
  }
});
