/**
 * The names one cell of a supplier list may hold. Pure.
 */
import { isSiteMarker } from './name-sites';

const SCRIPT_RUNS =
  /[\u1780-\u17ff\u19e0-\u19ff]+(?:[\s\u200b]+[\u1780-\u17ff\u19e0-\u19ff]+)*|\p{Script=Han}+/gu;

/**
 * The names a line's cell may hold: itself, its parts around a spaced slash or bar ("Sabrina
 * Garment / Sabrina Apparel"), and, in a cell that mixes scripts ("Sabrina Garment សាប្រីណា"),
 * the name in each script.
 */
export function alternativesOf(text: string): string[] {
  const parts = text
    .split(/\s+[/|]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  // A run that only numbers the site ("（二厂）", "សាខា ២") is part of the name beside it, not a name.
  const scripts = (text.match(SCRIPT_RUNS) ?? [])
    .map((run) => run.trim())
    .filter((run) => !isSiteMarker(run));
  const latin = text
    .replace(SCRIPT_RUNS, (run) => (isSiteMarker(run.trim()) ? ` ${run} ` : ' '))
    .replace(/[()（）[\]【】]/gu, ' ')
    .trim();
  const mixed = scripts.length > 0 && /\p{Script=Latin}{2}/u.test(latin);
  return [
    ...new Set([text, ...(parts.length > 1 ? parts : []), ...(mixed ? [latin, ...scripts] : [])]),
  ];
}
