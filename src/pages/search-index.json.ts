import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../lib/search';
import { loadSite } from '../site/data';

/**
 * /search-index.json: what the factory search island loads. Built from the public snapshot, so it
 * holds published factories only.
 */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(loadSite())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
