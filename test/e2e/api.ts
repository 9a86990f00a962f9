/** Reads the published API, as any consumer would, so specs derive their expectations from it. */
import type {APIRequestContext} from '@playwright/test';
import type {StandardsApi} from '../../src/core/schema';

export async function fetchStandardsApi(request: APIRequestContext): Promise<StandardsApi> {
  const response = await request.get('/api/standards.json');
  if (!response.ok()) throw new Error(`GET /api/standards.json: HTTP ${response.status()}`);
  return (await response.json()) as StandardsApi;
}
