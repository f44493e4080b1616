import { describe, expect, it } from 'vitest';
import { cycleLabel, t } from '../../src/i18n';
import { km } from '../../src/i18n/km';
import {
  KHMER_WORDS_KEPT_WHOLE,
  keepWordsWhole,
  plainText,
  WORD_JOINER,
} from '../../src/lib/khmer-words';
import { encodedForms } from '../../src/lib/withheld-strings';

describe('Khmer words kept whole', () => {
  it.each([
    ['a word with one split', 'លក្ខខណ្ឌ', `លក្ខ${WORD_JOINER}ខណ្ឌ`],
    ['a word inside a phrase', 'បញ្ជីអនុលោមភាពទាប', `បញ្ជីអនុលោម${WORD_JOINER}ភាពទាប`],
    ['the longer of two listed words', 'ការវាយតម្លៃ', `ការ${WORD_JOINER}វាយ${WORD_JOINER}តម្លៃ`],
    ['text without a listed word', 'កូដកម្ម', 'កូដកម្ម'],
    ['Latin text', 'Reporting year 2023', 'Reporting year 2023'],
  ])('%s', (_name, text, joined) => {
    expect(keepWordsWhole(text)).toBe(joined);
    expect(plainText(keepWordsWhole(text))).toBe(text);
  });

  it('joins each listed word only where it is marked, between syllables', () => {
    for (const marked of KHMER_WORDS_KEPT_WHOLE) {
      const word = marked.replaceAll('|', '');
      expect(keepWordsWhole(word).split(WORD_JOINER)).toEqual(marked.split('|'));
      // A joiner never follows a coeng: that would cut a stacked consonant from its base.
      expect(keepWordsWhole(word)).not.toMatch(/\u17D2\u2060/u);
    }
  });

  it('the Khmer interface strings come joined, the English and Chinese ones untouched', () => {
    expect(km['nav.lowCompliance']).not.toContain(WORD_JOINER);
    expect(t('km', 'nav.lowCompliance')).toContain(WORD_JOINER);
    expect(plainText(t('km', 'nav.lowCompliance'))).toBe(km['nav.lowCompliance']);
    expect(t('en', 'nav.lowCompliance')).not.toContain(WORD_JOINER);
  });

  it('the data’s Khmer texts shown through the accessors come joined', () => {
    const cycle = { label: 'Reporting year 2023', labelKm: 'ការវាយតម្លៃឆ្នាំ ២០២៣', labelZh: null };
    expect(cycleLabel('km', cycle)).toBe(`ការ${WORD_JOINER}វាយ${WORD_JOINER}តម្លៃឆ្នាំ ២០២៣`);
  });

  it('the output scan searches for a withheld Khmer name in its joined form too', () => {
    const name = 'រោងចក្រសម្ងាត់';
    expect(encodedForms(name)).toContain(`រោង${WORD_JOINER}ចក្រសម្ងាត់`);
  });
});
