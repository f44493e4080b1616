/**
 * Text measurement without a DOM: the charts are drawn at build time, so label widths are
 * estimated from average glyph widths of sans-serif faces. The estimate errs wide so that labels
 * are given room rather than clipped.
 */
const NARROW = /[ijlI.,:;'|!()[\]\s]/;
const WIDE = /[MWmw@%]/;

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.32;
    else if (WIDE.test(char)) em += 0.86;
    else if (/[A-Z0-9]/.test(char)) em += 0.64;
    else if ((char.codePointAt(0) ?? 0) > 0x2e80) em += 1;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Splits text at spaces into lines no wider than maxWidth (a single long word keeps its line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}
