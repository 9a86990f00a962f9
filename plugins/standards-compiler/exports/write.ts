/**
 * Writes the exports into the built site's `/api/` (paths: src/core/exportPaths.ts) and validates
 * each as it is written: OSCAL against NIST's schemas and the checks they leave to tools, CISO
 * Assistant libraries against its importer's rules. An invalid export fails the build, naming the
 * file and the problem.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {StandardsContent} from '../compile';
import {catalogueRef} from '../../../src/core/clauses';
import {catalogueExports, crosswalkExports} from '../../../src/core/exportPaths';
import {frameworkLibrary, frameworkUrn, mappingLibrary, toLibraryYaml} from './cisoAssistant';
import {checkFrameworkLibrary, checkMappingLibrary} from './cisoCheck';
import {oscalCatalog, oscalMappingCollection} from './oscal';
import {crosswalkCsv} from './scfCsv';
import {checkOscalCatalog, checkOscalMapping, controlIds, oscalValidators} from './validateOscal';

/** What the build wrote, for /api/exports.json. */
export interface ExportsIndex {
  catalogues: ({ref: string} & ReturnType<typeof catalogueExports>)[];
  crosswalks: ({from: string; to: string} & ReturnType<typeof crosswalkExports>)[];
}

export function buildExports(content: StandardsContent, siteDir: string, lastModified = new Date().toISOString()) {
  const validators = oscalValidators(siteDir);
  const files = new Map<string, string>();
  const problems: string[] = [];
  const report = (file: string, found: string[]) => found.forEach((p) => problems.push(`${file}: ${p}`));
  const catalogs = new Map<string, Set<string>>();
  const frameworks = new Map<string, {frameworkUrn: string; nodes: Set<string>}>();
  const index: ExportsIndex = {catalogues: [], crosswalks: []};

  for (const catalogue of content.catalogues) {
    const ref = catalogueRef(catalogue);
    const paths = catalogueExports(ref);
    const catalog = oscalCatalog(content, catalogue, lastModified);
    report(paths.oscal, checkOscalCatalog(validators, catalog));
    catalogs.set(ref, controlIds(catalog));
    files.set(paths.oscal, `${JSON.stringify(catalog, null, 2)}\n`);
    const library = frameworkLibrary(content, catalogue);
    const checked = checkFrameworkLibrary(library);
    report(paths.cisoAssistant, checked.problems);
    frameworks.set(library.urn, {frameworkUrn: frameworkUrn(ref), nodes: checked.nodes});
    files.set(paths.cisoAssistant, toLibraryYaml(library));
    index.catalogues.push({ref, ...paths});
  }
  for (const crosswalk of content.crosswalks) {
    const paths = crosswalkExports(crosswalk.from, crosswalk.to);
    const collection = oscalMappingCollection(content, crosswalk, lastModified);
    report(
      paths.oscal,
      checkOscalMapping(validators, collection, catalogs.get(crosswalk.from)!, catalogs.get(crosswalk.to)!),
    );
    files.set(paths.oscal, `${JSON.stringify(collection, null, 2)}\n`);
    const library = mappingLibrary(content, crosswalk);
    report(paths.cisoAssistant, checkMappingLibrary(library, frameworks));
    files.set(paths.cisoAssistant, toLibraryYaml(library));
    files.set(paths.csv, `${crosswalkCsv(content, crosswalk)}\n`);
    index.crosswalks.push({from: crosswalk.from, to: crosswalk.to, ...paths});
  }
  return {files, index, problems};
}

export async function writeExports(outDir: string, content: StandardsContent, siteDir: string): Promise<void> {
  const {files, index, problems} = buildExports(content, siteDir);
  if (problems.length > 0) {
    throw new Error(
      `The exports are not valid (${problems.length} problems):\n  ${problems.slice(0, 20).join('\n  ')}`,
    );
  }
  for (const [file, text] of files) {
    const target = path.join(outDir, file);
    await mkdir(path.dirname(target), {recursive: true});
    await writeFile(target, text);
  }
  await writeFile(path.join(outDir, 'api', 'exports.json'), `${JSON.stringify(index, null, 2)}\n`);
}
