// The Content Security Policy the demo is served with, and that the guide recommends. The tests load every page
// under it and fail on any violation, so the advice is checked, not guessed.
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "require-trusted-types-for 'script'",
  // The bundle's only policy is Lit's; 'allow-duplicates' lets a second copy of dhol.js on one page create it again.
  "trusted-types lit-html 'allow-duplicates'",
];

export const CSP = CSP_DIRECTIVES.join('; ');

/** Headers every response of the demo carries. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};
