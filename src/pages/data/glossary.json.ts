import type { APIRoute } from 'astro';
import { loadSite } from '../../site';

/**
 * /data/glossary.json: the glossary's names in the three languages, for the search to show a term's
 * equivalents (lib/glossary-lookup). Fetched when search is about to be used, never with a page.
 */
export const GET: APIRoute = async () => {
  const { glossary } = await loadSite();
  const rows = glossary.map(({ zh, ko, en }) => ({ zh, ko, en }));
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
