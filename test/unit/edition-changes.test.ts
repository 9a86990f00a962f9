/** What changed between editions, from an edition crosswalk, on a hand-made case and on ISO/IEC 27001's. */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {editionChanges} from '../../src/core/editionChanges';
import {mappingsBetween} from '../../src/core/coverage';

describe('what changed between editions', () => {
  it('sorts mappings into kept, moved, merged, split and changed, and lists what was added and removed', () => {
    const changes = editionChanges(
      [
        {from: 's:1/4.1', to: 's:2/4.1', relationship: 'equal'},
        {from: 's:1/10.1', to: 's:2/10.2', relationship: 'equal'},
        {from: 's:1/A.1', to: 's:2/5.1', relationship: 'subset-of'},
        {from: 's:1/A.2', to: 's:2/5.1', relationship: 'subset-of'},
        {from: 's:1/A.3', to: 's:2/5.2', relationship: 'subset-of'},
        {from: 's:1/A.4', to: 's:2/5.3', relationship: 'superset-of'},
        {from: 's:1/A.5', to: 's:2/5.4', relationship: 'intersects-with'},
        {from: 's:1/A.6', to: 's:2/5.5', relationship: 'no-relationship'},
      ],
      ['s:2/6.3'],
      ['s:1/A.9'],
    );
    assert.deepEqual(
      changes.map((c) => [c.kind, c.from, c.to]),
      [
        ['kept', 's:1/4.1', 's:2/4.1'],
        ['moved', 's:1/10.1', 's:2/10.2'],
        ['merged', 's:1/A.1', 's:2/5.1'],
        ['merged', 's:1/A.2', 's:2/5.1'],
        // One old unit alone inside a larger new one: changed, not merged.
        ['changed', 's:1/A.3', 's:2/5.2'],
        ['split', 's:1/A.4', 's:2/5.3'],
        ['changed', 's:1/A.5', 's:2/5.4'],
        ['added', undefined, 's:2/6.3'],
        ['removed', 's:1/A.9', undefined],
      ],
    );
  });

  it("finds in ISO/IEC 27001's crosswalk that 2022 added 11 controls and merged 2013's, as its sources count them", async () => {
    const content = await compileStandards(process.cwd());
    const crosswalk = content.crosswalks.find((x) => x.from === 'iso-27001:2013' && x.to === 'iso-27001:2022')!;
    const mappings = mappingsBetween(crosswalk, crosswalk.from, crosswalk.to)!.map((m) => ({
      ...m,
      from: `${crosswalk.from}/${m.from}`,
      to: `${crosswalk.to}/${m.to}`,
    }));
    const added = content.coverage.find((c) => c.from === crosswalk.from && c.to === crosswalk.to)!.uncovered;
    const removed = content.coverage.find((c) => c.from === crosswalk.to && c.to === crosswalk.from)!.uncovered;
    const changes = editionChanges(mappings, added, removed);
    const addedControls = changes.filter((c) => c.kind === 'added' && /\/A\.\d+\.\d+$/.test(c.to!));
    assert.equal(addedControls.length, 11);
    assert.ok(changes.some((c) => c.kind === 'merged'));
    assert.ok(changes.some((c) => c.kind === 'kept' && c.to === 'iso-27001:2022/4.1'));
  });
});
