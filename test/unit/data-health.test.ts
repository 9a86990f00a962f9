/**
 * Status freshness and the data-health report, on the fixture corpus: its "example" standard is
 * current, with its status last confirmed in 2020.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {compileStandards} from '../../plugins/standards-compiler/compile';
import {dataHealth, formatDataHealth} from '../../plugins/standards-compiler/dataHealth';
import {LABELS} from '../../src/core/labels';
import {editionStatusText, statusText, statusViewOf} from '../../src/core/statusFreshness';
import {BASE_CORPUS} from '../support/fixtureCorpus';

const example = async (year: number) => {
  const content = await compileStandards(BASE_CORPUS, {year});
  return {content, standard: content.standards.find((s) => s.id === 'example')!};
};

describe('status freshness', () => {
  it('keeps a status confirmed three years ago current', async () => {
    const {standard} = await example(2023);
    assert.equal(standard.statusStale, false);
    assert.equal(statusText(LABELS.en, statusViewOf(standard)), 'Current');
    assert.equal(statusText(LABELS['zh-Hans'], statusViewOf(standard)), '现行');
  });

  it('says "not confirmed since" a status confirmed more than three years ago, in every locale', async () => {
    const {standard} = await example(2024);
    assert.equal(standard.statusStale, true);
    assert.equal(statusText(LABELS.en, statusViewOf(standard)), 'Not confirmed since 2020');
    assert.equal(statusText(LABELS['zh-Hans'], statusViewOf(standard)), '2020 年以来未获确认');
  });

  it('words the current edition of a stale standard the same way, and leaves superseded ones alone', async () => {
    const {standard} = await example(2030);
    const view = statusViewOf(standard);
    const [older, current] = standard.editions;
    assert.equal(editionStatusText(LABELS.en, current, view), 'Not confirmed since 2020');
    assert.equal(editionStatusText(LABELS.en, older, view), 'Superseded');
  });

  it('never calls a superseded standard stale, however old its confirmation', async () => {
    const {content} = await example(2100);
    const other = content.standards.find((s) => s.id === 'other')!;
    assert.equal(other.status, 'withdrawn');
    assert.equal(other.statusStale, false);
  });
});

describe('the data-health report', () => {
  it('lists a stale status with its year and source, and the facts a standard lacks', async () => {
    const {content} = await example(2030);
    const health = dataHealth(content, 2030);
    assert.deepEqual(
      health.staleStatuses.find((s) => s.id === 'example'),
      {id: 'example', confirmedIn: 2020, sources: ['fixture-source']},
    );
    const report = formatDataHealth(health);
    assert.match(report, /^Data health in 2030$/m);
    assert.match(report, /^ {2}example: not confirmed since 2020 \(fixture-source\)$/m);
    assert.ok(health.unknownFacts.every((s) => s.fields.length > 0));
  });

  it('lists no stale status while every confirmation is recent', async () => {
    const {content} = await example(2021);
    assert.deepEqual(dataHealth(content, 2021).staleStatuses, []);
  });

  it('lists the sources without a URL, and not those with one', async () => {
    const {content} = await example(2021);
    const report = formatDataHealth(dataHealth(content, 2021));
    // The fixture's own analysis has no URL; its one cited source has.
    assert.match(report, /^Sources without a URL: 1\n {2}our-analysis: /m);
    assert.doesNotMatch(report, /fixture-source: /);
  });
});
