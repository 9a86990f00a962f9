/** Reads the published API, as any consumer would, so specs derive their expectations from it. */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {APIRequestContext} from '@playwright/test';
import type {ClausesApi, StandardsApi} from '../../src/core/schema';

export async function fetchStandardsApi(request: APIRequestContext): Promise<StandardsApi> {
  const response = await request.get('/api/standards.json');
  if (!response.ok()) throw new Error(`GET /api/standards.json: HTTP ${response.status()}`);
  return (await response.json()) as StandardsApi;
}

/**
 * The API's file in the build the suite serves, read from disk: for a spec that declares a test
 * per standard, and so needs the list before any test runs (and before the server answers).
 */
function builtApi<T>(file: string): T {
  const where = path.join(import.meta.dirname, '../../build/api', file);
  try {
    return JSON.parse(readFileSync(where, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${where}: the suite runs against the build; run \`npm run build\` first`, {cause: error});
  }
}

export const builtStandardsApi = (): StandardsApi => builtApi<StandardsApi>('standards.json');
export const builtClausesApi = (): ClausesApi => builtApi<ClausesApi>('clauses.json');
