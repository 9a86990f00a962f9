/** Coverage on hand-computed cases, from the fixture corpus's two catalogues and their crosswalk. */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {type StandardsContent, compileStandards} from '../../plugins/standards-compiler/compile';
import {computeCoverage} from '../../src/core/coverage';
import type {Catalogue, Crosswalk} from '../../src/core/schema';
import {BASE_CORPUS} from '../support/fixtureCorpus';

describe('coverage', () => {
  let example: Catalogue;
  let other: Catalogue;
  let crosswalk: Crosswalk;
  before(async () => {
    const content: StandardsContent = await compileStandards(BASE_CORPUS);
    example = content.catalogues.find((c) => c.standard === 'example')!;
    other = content.catalogues.find((c) => c.standard === 'other')!;
    crosswalk = content.crosswalks[0];
  });

  it('counts a target unit that a source unit equals as fully covered, and a larger one as partly', () => {
    // example 1.1 = other a; example 2 is a subset of other b; nothing maps to other c.
    const coverage = computeCoverage(crosswalk, example, other);
    assert.deepEqual(coverage.full, ['other:2005/a']);
    assert.deepEqual(coverage.partial, ['other:2005/b']);
    assert.deepEqual(coverage.uncovered, ['other:2005/c']);
    assert.equal(coverage.units, 3);
    assert.equal(coverage.fullShare, 1 / 3);
    assert.equal(coverage.partialShare, 1 / 3);
  });

  it('weighs each target unit by the strongest mapping that reaches it: equal 10, a subset 6, nothing 0', () => {
    const coverage = computeCoverage(crosswalk, example, other);
    assert.equal(coverage.weightedShare, 0.533);
    // Strength does not depend on the direction the crosswalk is read in: other b (6) holds example 2.
    assert.equal(computeCoverage(crosswalk, other, example).weightedShare, 0.533);
  });

  it('takes the best strength over a unit and its ancestors, so a strong mapping to a parent lifts each leaf', () => {
    const base = crosswalk.mappings[0];
    const graded: Crosswalk = {
      ...crosswalk,
      mappings: [
        // Written from example to other, as the crosswalk file is; read here from other to example.
        {...base, from: '1', to: 'a', relationship: 'intersects-with', strength: 3},
        {...base, from: '1.2', to: 'b', relationship: 'intersects-with', strength: 8},
        {...base, from: '2', to: 'c', relationship: 'no-relationship', strength: 0},
      ],
    };
    const coverage = computeCoverage(graded, other, example);
    // 1.1 gets its parent's 3, 1.2 its own 8, 2 nothing: (3 + 8 + 0) / 30.
    assert.equal(coverage.weightedShare, 0.367);
  });

  it('reads a crosswalk backwards by inverting subset and superset', () => {
    // other b contains example 2, so holding other covers example 2 fully; example 1.2 stays uncovered.
    const coverage = computeCoverage(crosswalk, other, example);
    assert.deepEqual(coverage.full, ['example:2010/1.1', 'example:2010/2']);
    assert.deepEqual(coverage.partial, []);
    assert.deepEqual(coverage.uncovered, ['example:2010/1.2']);
    assert.equal(coverage.fullShare, 2 / 3);
  });

  it('applies a mapping to a parent unit to each of its leaves, and ignores no-relationship', () => {
    const toParent: Crosswalk = {
      ...crosswalk,
      mappings: [
        {...crosswalk.mappings[0], from: '1', to: 'a', relationship: 'intersects-with'},
        {...crosswalk.mappings[0], from: '2', to: 'c', relationship: 'no-relationship'},
      ],
    };
    const coverage = computeCoverage(toParent, other, example);
    assert.deepEqual(coverage.partial, ['example:2010/1.1', 'example:2010/1.2']);
    assert.deepEqual(coverage.uncovered, ['example:2010/2']);
    assert.equal(coverage.fullShare, 0);
  });
});
