import type { APIRoute, GetStaticPaths } from 'astro';
import { figureById, loadSite } from '../../site';
import { figuresCsv } from '../../lib/csv';

/** /data/figures.csv has every figure; /data/{chart}.csv the figures of one chart. */
export const getStaticPaths: GetStaticPaths = async () => {
  const site = await loadSite();
  return [{ params: { file: 'figures' } }, ...[...site.charts.keys()].map((file) => ({ params: { file } }))];
};

export const GET: APIRoute = async ({ params }) => {
  const site = await loadSite();
  const figures = params.file === 'figures' ? site.figuresInOrder() : site.charts.get(params.file!)!.figures.map((id) => figureById(site, id));
  return new Response(figuresCsv(figures), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
