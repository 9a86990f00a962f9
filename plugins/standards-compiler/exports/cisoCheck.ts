/**
 * Checks a CISO Assistant library as its importer would (the rules of its loader and models, summed
 * up in the README's exports section): required keys, lowercase URNs of the right shape and type,
 * nodes whose parents are nodes of the same framework, mappings whose URNs are nodes of the two
 * frameworks the library depends on, relationships and strengths the tool accepts.
 */
import {URN_PATTERN} from './cisoAssistant';

const LIBRARY_KEYS = [
  'urn',
  'locale',
  'ref_id',
  'name',
  'description',
  'copyright',
  'version',
  'provider',
  'packager',
  'objects',
];
const RELATIONSHIPS = ['subset', 'intersect', 'equal', 'superset', 'not_related'];
const RATIONALES = ['syntactic', 'semantic', 'functional'];

type Library = Record<string, unknown> & {objects: Record<string, unknown>};
interface Node {
  urn: string;
  parent_urn?: string;
  assessable?: unknown;
  ref_id?: string;
}

const urnProblem = (urn: unknown, type: string): string | undefined =>
  typeof urn !== 'string' || !URN_PATTERN.test(urn) || urn !== urn.toLowerCase() || urn.length > 255
    ? `expected a lowercase ${type} URN, got ${JSON.stringify(urn)}`
    : urn.split(':')[3] === type
      ? undefined
      : `expected a URN of type ${type}, got ${urn}`;

/** Problems of one framework library; its nodes' URNs for the mapping libraries that depend on it. */
export function checkFrameworkLibrary(library: Library): {problems: string[]; nodes: Set<string>} {
  const problems = LIBRARY_KEYS.filter((k) => library[k] === undefined || library[k] === '').map(
    (k) => `${k}: required`,
  );
  const libraryUrn = urnProblem(library.urn, 'library');
  if (libraryUrn) problems.push(`urn: ${libraryUrn}`);
  const framework = library.objects.framework as {urn: string; ref_id: string; requirement_nodes: Node[]} | undefined;
  const nodes = new Set<string>();
  if (!framework) return {problems: [...problems, 'objects.framework: required'], nodes};
  const frameworkUrn = urnProblem(framework.urn, 'framework');
  if (frameworkUrn) problems.push(`objects.framework.urn: ${frameworkUrn}`);
  if (!framework.requirement_nodes?.length) problems.push('objects.framework.requirement_nodes: expected at least one');
  const refIds = new Set<string>();
  const prefix = `${framework.urn.replace(':framework:', ':req_node:')}:`;
  framework.requirement_nodes.forEach((node, i) => {
    const at = `objects.framework.requirement_nodes[${i}]`;
    const problem = urnProblem(node.urn, 'req_node');
    if (problem) problems.push(`${at}.urn: ${problem}`);
    else if (!node.urn.startsWith(prefix)) problems.push(`${at}.urn: expected to start with ${prefix}`);
    if (nodes.has(node.urn)) problems.push(`${at}.urn: a second "${node.urn}"`);
    if (typeof node.assessable !== 'boolean') problems.push(`${at}.assessable: expected true or false`);
    if (node.parent_urn !== undefined && !nodes.has(node.parent_urn))
      problems.push(`${at}.parent_urn: expected a node listed before it in the same framework`);
    if (node.ref_id !== undefined) {
      if (refIds.has(node.ref_id)) problems.push(`${at}.ref_id: a second "${node.ref_id}"`);
      refIds.add(node.ref_id);
    }
    nodes.add(node.urn);
  });
  return {problems, nodes};
}

/** Problems of one mapping library, given the framework libraries it may depend on (by library URN). */
export function checkMappingLibrary(
  library: Library,
  frameworks: Map<string, {frameworkUrn: string; nodes: Set<string>}>,
): string[] {
  const problems = LIBRARY_KEYS.filter((k) => library[k] === undefined || library[k] === '').map(
    (k) => `${k}: required`,
  );
  const set = library.objects.requirement_mapping_set as
    | {
        urn: string;
        source_framework_urn: string;
        target_framework_urn: string;
        requirement_mappings: Record<string, unknown>[];
      }
    | undefined;
  if (!set) return [...problems, 'objects.requirement_mapping_set: required'];
  const setUrn = urnProblem(set.urn, 'req_mapping_set');
  if (setUrn) problems.push(`objects.requirement_mapping_set.urn: ${setUrn}`);
  if (set.source_framework_urn === set.target_framework_urn) problems.push('source and target frameworks are the same');
  const dependencies = (library.dependencies as string[] | undefined) ?? [];
  const nodesOf = (frameworkUrn: string, side: string) => {
    const found = [...frameworks.entries()].find(([, f]) => f.frameworkUrn === frameworkUrn);
    if (!found) problems.push(`${side}_framework_urn: no framework library defines ${frameworkUrn}`);
    else if (!dependencies.includes(found[0])) problems.push(`dependencies: expected ${found[0]}`);
    return found?.[1].nodes ?? new Set<string>();
  };
  const sourceNodes = nodesOf(set.source_framework_urn, 'source');
  const targetNodes = nodesOf(set.target_framework_urn, 'target');
  if (!set.requirement_mappings.length) problems.push('requirement_mappings: expected at least one');
  set.requirement_mappings.forEach((m, i) => {
    const at = `requirement_mappings[${i}]`;
    if (!sourceNodes.has(m.source_requirement_urn as string))
      problems.push(`${at}.source_requirement_urn: not a node of the source framework`);
    if (!targetNodes.has(m.target_requirement_urn as string))
      problems.push(`${at}.target_requirement_urn: not a node of the target framework`);
    if (!RELATIONSHIPS.includes(m.relationship as string))
      problems.push(`${at}.relationship: expected one of ${RELATIONSHIPS.join(', ')}`);
    if (m.rationale !== undefined && m.rationale !== null && !RATIONALES.includes(m.rationale as string))
      problems.push(`${at}.rationale: expected one of ${RATIONALES.join(', ')}`);
    const strength = m.strength_of_relationship;
    if (
      strength !== null &&
      strength !== undefined &&
      !(Number.isInteger(strength) && (strength as number) >= 0 && (strength as number) <= 10)
    )
      problems.push(`${at}.strength_of_relationship: expected a whole number from 0 to 10`);
  });
  return problems;
}
