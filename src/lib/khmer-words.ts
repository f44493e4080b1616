/**
 * Khmer is written without spaces between words, so browsers find line breaks with a dictionary,
 * and Chromium's splits some single words in two: លក្ខខណ្ឌ ("condition") breaks as លក្ខ|ខណ្ឌ at
 * the end of a line. Such words are kept whole by joining their syllables with WORD JOINER
 * (U+2060), which forbids a break and draws nothing, where the dictionary splits them.
 *
 * The interface's Khmer strings are joined, and so are the data's Khmer texts shown through the
 * i18n accessors (names, labels, provinces); the output scan for withheld strings searches for
 * their joined form too. Text that leaves the page as text (citations, chart CSVs) goes through
 * `plainText`.
 */

/**
 * Single words the interface and the demo data use that a browser's dictionary splits, each with
 * a bar where it was seen split (Chromium's dictionary, which splits differently by context).
 * The joiner goes there only: joiners between every syllable leave the dictionary with fragments
 * it does not know, and Chromium then breaks between any of them. Native review is owed, as for
 * the glossary (src/i18n/glossary.md).
 */
export const KHMER_WORDS_KEPT_WHOLE: readonly string[] = [
  'ប្រាក់|បំណាច់', // severance pay, indemnity
  'កម្មករ|និយោជិត', // workers and employees
  'ការ|វាយ|តម្លៃ', // assessment
  'អនុលោម|ភាព', // compliance
  'ប្រាក់|ឈ្នួល', // wage
  'ផ្សព្វ|ផ្សាយ', // publish
  'ក្រុម|ហ៊ុន', // company
  'ភាព|ញឹក|ញាប់', // frequency
  'វាយ|តម្លៃ', // assess
  'លក្ខ|ខណ្ឌ', // condition
  'អតីត|ភាព', // seniority
  'រោង|ចក្រ', // factory
  'ដក|ស្រង់', // cite
  'ពល|កម្ម', // labour
];

export const WORD_JOINER = '\u2060';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = KHMER_WORDS_KEPT_WHOLE.map((marked) => ({
  word: marked.replaceAll('|', ''),
  joined: marked.replaceAll('|', WORD_JOINER),
})).sort((a, b) => b.word.length - a.word.length);
const WORDS = new RegExp(words.map(({ word }) => escape(word)).join('|'), 'gu');
const JOINED = new Map(words.map(({ word, joined }) => [word, joined]));

/** Khmer text with the listed words kept whole at line ends. */
export const keepWordsWhole = (text: string): string =>
  text.replace(WORDS, (word) => JOINED.get(word) ?? word);

/** Text without the joiners, for what is copied, cited or downloaded. */
export const plainText = (text: string): string => text.replaceAll(WORD_JOINER, '');
