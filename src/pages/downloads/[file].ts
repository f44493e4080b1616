import type { APIRoute } from 'astro';
import { DOWNLOAD_FILES } from '../../site/downloads';
import { readDownload } from '../../site/data';

export function getStaticPaths() {
  return DOWNLOAD_FILES.map((file) => ({ params: { file: file.name } }));
}

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute = ({ params }) => {
  const name = params['file'] ?? '';
  return new Response(readDownload(name), {
    headers: { 'Content-Type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream' },
  });
};
