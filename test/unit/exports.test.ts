/**
 * The exports a GRC team loads into its tools (issue 14): OSCAL 1.2.1 catalogs and
 * mapping-collections valid against NIST's schemas, CISO Assistant libraries its importer would
 * accept, SCF-shaped CSV; a round trip through OSCAL keeps every relationship; and the checks
 * catch an export that is wrong.
 */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import Papa from 'papaparse';
import {type StandardsContent, compileStandards} from '../../plugins/standards-compiler/compile';
import {frameworkLibrary, mappingLibrary, libraryUrn} from '../../plugins/standards-compiler/exports/cisoAssistant';
import {checkFrameworkLibrary, checkMappingLibrary} from '../../plugins/standards-compiler/exports/cisoCheck';
import {mappingsFromOscal, oscalCatalog, oscalMappingCollection} from '../../plugins/standards-compiler/exports/oscal';
import {SCF_COLUMNS, crosswalkCsv} from '../../plugins/standards-compiler/exports/scfCsv';
import {
  checkOscalCatalog,
  checkOscalMapping,
  controlIds,
  oscalValidators,
} from '../../plugins/standards-compiler/exports/validateOscal';
import {buildExports} from '../../plugins/standards-compiler/exports/write';
import {catalogueRef} from '../../src/core/clauses';
import {fileStem} from '../../src/core/exportPaths';

const NOW = '2026-12-07T00:00:00Z';

describe('exports', () => {
  let content: StandardsContent;
  before(async () => {
    content = await compileStandards(process.cwd());
  });
  const catalogueOf = (ref: string) => content.catalogues.find((c) => catalogueRef(c) === ref)!;

  it('writes a valid OSCAL catalog and CISO Assistant framework per catalogue, and a valid mapping, library and CSV per crosswalk', () => {
    const {files, index, problems} = buildExports(content, process.cwd(), NOW);
    assert.deepEqual(problems, []);
    assert.equal(index.catalogues.length, content.catalogues.length);
    assert.equal(index.crosswalks.length, content.crosswalks.length);
    assert.equal(files.size, content.catalogues.length * 2 + content.crosswalks.length * 3);
  });

  it('keeps every mapping through OSCAL and back: units, relationship, strength and what it compares', () => {
    for (const crosswalk of content.crosswalks) {
      const back = mappingsFromOscal(oscalMappingCollection(content, crosswalk, NOW));
      assert.deepEqual(
        back,
        crosswalk.mappings.map(({from, to, relationship, strength, rationaleType}) => ({
          from,
          to,
          relationship,
          strength,
          rationaleType,
        })),
        `${crosswalk.from} ~ ${crosswalk.to}`,
      );
    }
  });

  it("writes IR 8477's equal as OSCAL's equivalent-to, and no-relationship in our namespace, which OSCAL allows", () => {
    const crosswalk = content.crosswalks.find((x) => x.mappings.some((m) => m.relationship === 'no-relationship'))!;
    const [mapping] = oscalMappingCollection(content, crosswalk, NOW)['mapping-collection'].mappings;
    const none = mapping.maps.find((m) => m.relationship === 'no-relationship')!;
    assert.ok('ns' in none && none.ns?.startsWith('https://'));
    const equal = content.crosswalks.find((x) => x.mappings.some((m) => m.relationship === 'equal'))!;
    const maps = oscalMappingCollection(content, equal, NOW)['mapping-collection'].mappings[0].maps;
    assert.ok(maps.some((m) => m.relationship === 'equivalent-to'));
    assert.ok(!maps.some((m) => m.relationship === 'equal' || m.relationship === 'equal-to'));
  });

  it('fails an OSCAL export that breaks the schema, uses a relationship OSCAL does not define, or names a missing control', () => {
    const validators = oscalValidators(process.cwd());
    const crosswalk = content.crosswalks[0];
    const catalog = oscalCatalog(content, catalogueOf(crosswalk.from), NOW);
    const {metadata: _, ...noMetadata} = catalog.catalog;
    assert.ok(checkOscalCatalog(validators, {catalog: noMetadata}).some((p) => p.includes('metadata')));
    const ids = (ref: string) => controlIds(oscalCatalog(content, catalogueOf(ref), NOW));
    const collection = oscalMappingCollection(content, crosswalk, NOW);
    const [map] = collection['mapping-collection'].mappings[0].maps;
    Object.assign(map, {relationship: 'equal'});
    map.targets[0]['id-ref'] = 'u-none';
    map.props[0].value = '11';
    const problems = checkOscalMapping(validators, collection, ids(crosswalk.from), ids(crosswalk.to));
    assert.deepEqual(problems, [
      '/mapping-collection/mappings/0/maps/0/relationship: expected one of equivalent-to, equal-to, subset-of, superset-of, intersects-with, got "equal"',
      '/mapping-collection/mappings/0/maps/0/props: expected a strength from 0 to 10, got 11',
      '/mapping-collection/mappings/0/maps/0/targets: no control "u-none" in the target catalog',
    ]);
  });

  it('fails a CISO Assistant library with an uppercase URN, a parent from elsewhere, or a mapping to no node', () => {
    const crosswalk = content.crosswalks[0];
    const source = frameworkLibrary(content, catalogueOf(crosswalk.from));
    const target = frameworkLibrary(content, catalogueOf(crosswalk.to));
    const checkedSource = checkFrameworkLibrary(source);
    const checkedTarget = checkFrameworkLibrary(target);
    assert.deepEqual([checkedSource.problems, checkedTarget.problems], [[], []]);
    const frameworks = new Map([
      [source.urn, {frameworkUrn: source.objects.framework.urn, nodes: checkedSource.nodes}],
      [target.urn, {frameworkUrn: target.objects.framework.urn, nodes: checkedTarget.nodes}],
    ]);
    const library = mappingLibrary(content, crosswalk);
    assert.deepEqual(checkMappingLibrary(library, frameworks), []);
    assert.deepEqual(library.dependencies, [libraryUrn(fileStem(crosswalk.from)), libraryUrn(fileStem(crosswalk.to))]);

    const broken = structuredClone(source);
    broken.objects.framework.requirement_nodes[1].urn = broken.objects.framework.requirement_nodes[1].urn.toUpperCase();
    broken.objects.framework.requirement_nodes[0].parent_urn = 'urn:standards-atlas:risk:req_node:other:1';
    const problems = checkFrameworkLibrary(broken).problems;
    assert.ok(
      problems.some((p) =>
        p.startsWith('objects.framework.requirement_nodes[1].urn: expected a lowercase req_node URN'),
      ),
    );
    assert.ok(problems.some((p) => p.startsWith('objects.framework.requirement_nodes[0].parent_urn')));
    const stray = structuredClone(library);
    stray.objects.requirement_mapping_set.requirement_mappings[0].target_requirement_urn += '-none';
    assert.deepEqual(checkMappingLibrary(stray, frameworks), [
      'requirement_mappings[0].target_requirement_urn: not a node of the target framework',
    ]);
  });

  it("writes each crosswalk as CSV in SCF's columns, one line per mapping, with its grade", () => {
    const crosswalk = content.crosswalks.find((x) => x.from === 'iso-27001:2013' && x.to === 'iso-27001:2022')!;
    const {data} = Papa.parse<string[]>(crosswalkCsv(content, crosswalk).trim());
    assert.deepEqual(data[0], SCF_COLUMNS);
    assert.equal(data.length, crosswalk.mappings.length + 1);
    crosswalk.mappings.forEach((m, i) => {
      assert.deepEqual(
        [data[i + 1][1], data[i + 1][4], data[i + 1][6], data[i + 1][8]],
        [m.from, m.to, m.relationship, String(m.strength)],
      );
    });
  });
});
