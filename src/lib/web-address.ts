import { quoteValue } from './unsafe-text';

/**
 * dataset.json's `source_url` and `contact` become links on every page, so only addresses a
 * reader can safely follow are accepted: `https:`, `http:` and `mailto:`. The raw text is judged
 * before the URL parser sees it, because the parser quietly drops surrounding spaces and tabs or
 * line breaks inside (" javascript:", "java\tscript:") and would otherwise hide the trick.
 */
const SCHEMES = new Set(['https:', 'http:', 'mailto:']);
const EXPECTED = 'expected an https:, http: or mailto: address';
/** Any whitespace or control character: none belongs in an address written out in full. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_IN_ADDRESS = /[\s\u0000-\u001F\u007F-\u009F]/;
/** An e-mail address, as written after `mailto:`. */
const BARE_EMAIL = /^[^\s@:/<>()[\]",;\\]+@[^\s@:/<>()[\]",;\\]+\.[^\s@:/<>()[\]",;\\]+$/;

/** Undefined for an address the site may link to, else what was expected. */
export function checkWebAddress(value: string): string | undefined {
  if (NOT_IN_ADDRESS.test(value)) {
    return `${EXPECTED} without spaces or control characters, found ${quoteValue(value)}`;
  }
  // An e-mail address is a contact, but not yet an address of the kinds the data contract names.
  if (BARE_EMAIL.test(value)) {
    return `${EXPECTED} written in full, such as mailto:${value}, found ${quoteValue(value)}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${EXPECTED} written in full, such as https://example.org/, found ${quoteValue(value)}`;
  }
  if (!SCHEMES.has(url.protocol)) {
    return `${EXPECTED}, found a ${quoteValue(url.protocol)} address`;
  }
  // "https:evil.example", "https:/evil.example" and "https:\\evil.example" parse as addresses of
  // that host, but are not written as a reader reads an address.
  if (url.protocol !== 'mailto:' && !/^https?:\/\/[^/\\]/i.test(value)) {
    return `${EXPECTED} written in full, such as https://example.org/, found ${quoteValue(value)}`;
  }
  if (url.username !== '' || url.password !== '') {
    return `${EXPECTED} without a user name or password before the host, found ${quoteValue(value)}`;
  }
  if (url.protocol === 'mailto:' && !BARE_EMAIL.test(decodeOrKeep(url.pathname))) {
    return `expected an e-mail address after mailto:, such as mailto:corrections@example.org, found ${quoteValue(value)}`;
  }
  return undefined;
}

function decodeOrKeep(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A validated `contact` as a reader reads it: a `mailto:` address as the e-mail address it links
 * to, any other address as it is written.
 */
export function contactText(contact: string): string {
  return /^mailto:/i.test(contact) ? decodeOrKeep(contact.slice('mailto:'.length)) : contact;
}
