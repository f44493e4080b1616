/**
 * Text measurement without a DOM: the charts are drawn at build time, so label widths are
 * estimated from average glyph widths of the widest common sans-serif face (DejaVu Sans, what
 * system-ui is on many Linux desktops), so that labels are given room rather than clipped on any
 * reader's machine.
 */
const NARROW = /[ijlI.,:;'|!()[\]\s]/;
const WIDE = /[MWmw@%]/;

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.test(char)) em += 0.34;
    else if (WIDE.test(char)) em += 0.92;
    else if (/[A-Z]/.test(char)) em += 0.72;
    else if (/[0-9]/.test(char)) em += 0.64;
    else if ((char.codePointAt(0) ?? 0) > 0x2e80) em += 1;
    else em += 0.6;
  }
  return em * fontSize * (bold ? BOLD : 1);
}

/** How much wider the charts' bold (600–700) text runs than their regular text. */
const BOLD = 1.12;

/** Splits text at spaces into lines no wider than maxWidth (a single long word keeps its line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}
