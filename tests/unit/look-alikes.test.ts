import { describe, expect, it } from 'vitest';
import { lookAlikeNote } from '../../src/lib/look-alikes';

describe('characters that look like ASCII', () => {
  it.each([
    ['KH-013', ''],
    ['\u041aH-013', '; it holds Cyrillic "\u041a" (U+041A), where plain ASCII is expected'],
    [
      'KH\u2013013',
      '; it holds a dash that is not the hyphen-minus (U+2013), where plain ASCII is expected',
    ],
    [
      'KH-\uff10\uff11',
      '; it holds the full-width or styled "\uff10" (U+FF10), the full-width or styled "\uff11" (U+FF11), where plain ASCII is expected',
    ],
    [
      'KH-01\u00a0',
      '; it holds an invisible or unusual space (U+00A0), where plain ASCII is expected',
    ],
    [
      '\u0391\u0392\u0395\u039a',
      '; it holds Greek "\u0391" (U+0391), Greek "\u0392" (U+0392), Greek "\u0395" (U+0395) and 1 more, where plain ASCII is expected',
    ],
  ])('names what %s holds', (value, note) => {
    expect(lookAlikeNote(value)).toBe(note);
  });
});
