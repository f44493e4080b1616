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

/** Scripts written without spaces between words: Khmer, and Chinese (CJK ideographs and punctuation). */
const UNSPACED = /[\u1780-\u17FF\u19E0-\u19FF\u3000-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/;
const words = new Intl.Segmenter('km', { granularity: 'word' });

/** Opening brackets and quotes go with the word after them. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;

interface Piece {
  text: string;
  /** Written after a space; a piece without one joins the previous piece on its line. */
  spaced: boolean;
}

/**
 * The places a line may break: at spaces, and inside Khmer and Chinese text between the words the
 * ICU dictionary finds (as browsers break them), never inside a word such as លក្ខខណ្ឌ. Closing
 * punctuation stays with the word before it, opening brackets and quotes with the word after.
 */
function breakPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const chunk of text.split(/\s+/).filter((w) => w !== '')) {
    if (!UNSPACED.test(chunk)) {
      pieces.push({ text: chunk, spaced: true });
      continue;
    }
    let first = true;
    let opening = '';
    for (const { segment, isWordLike } of words.segment(chunk)) {
      const last = pieces.at(-1);
      if (!isWordLike && OPENING.test(segment)) {
        opening += segment;
        continue;
      }
      if (!first && !isWordLike && opening === '' && last !== undefined) last.text += segment;
      else pieces.push({ text: opening + segment, spaced: first });
      opening = '';
      first = false;
    }
    if (opening !== '') pieces.push({ text: opening, spaced: first });
  }
  return pieces;
}

/**
 * Splits text into lines no wider than maxWidth, at spaces and between Khmer and Chinese words
 * (a single long word keeps its line). A name (`name`) breaks at its spaces only, where a part
 * between them fits a line: the dictionary cuts a Khmer name written out from another language
 * into syllables ("(ខេម" / "បូឌា)" for "(ខេមបូឌា)", Cambodia).
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  name = false,
): string[] {
  const pieces = name
    ? text
        .split(/\s+/)
        .filter((w) => w !== '')
        .flatMap((chunk) =>
          estimateTextWidth(chunk, fontSize, bold) <= maxWidth
            ? [{ text: chunk, spaced: true }]
            : breakPieces(chunk),
        )
    : breakPieces(text);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line === '' ? piece.text : `${line}${piece.spaced ? ' ' : ''}${piece.text}`;
    if (line !== '' && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = piece.text;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}
