import { describe, expect, test } from 'vitest';
import { classifyUrl, safeUrl } from '../../src/url/safe-url.js';

describe('safeUrl', () => {
  test('an https address passes, normalised as a browser would', () => {
    expect(safeUrl('https://www.Example.org/plan?a=1#x')).toBe('https://www.example.org/plan?a=1#x');
    expect(classifyUrl('https://www.example.org/')).toBe('https');
  });

  test('surrounding spaces from a copy and paste are trimmed', () => {
    expect(safeUrl('  https://example.org/  ')).toBe('https://example.org/');
  });

  test('an upper-case scheme is still https', () => {
    expect(classifyUrl('HTTPS://EXAMPLE.ORG/')).toBe('https');
  });

  test('an http address works but is classified as http', () => {
    expect(classifyUrl('http://example.org/')).toBe('http');
    expect(safeUrl('http://example.org/')).toBe('http://example.org/');
  });

  const hostile = [
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    '&#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'mailto:someone@example.org',
    '//evil.example/path',
    '/relative/path',
    'relative/path',
    '#fragment',
    '?query',
    '',
    '   ',
    'https:',
    'https://',
    'https:/example.org',
    'https//example.org',
    'https&#58;//example.org',
    'https://user:password@example.org/',
    'https://example.org@evil.example/',
    'https://exa\nmple.org/',
    'https://example.org/\u0085',
    'https://exa mple.org/',
    'https://[not-an-ip]/',
    'https://example.org:99999/',
    `https://example.org/${'a'.repeat(9000)}`,
  ];
  test.each(hostile)('the hostile or unusable address %j is unsafe', (url) => {
    expect(classifyUrl(url)).toBe('unsafe');
    expect(safeUrl(url)).toBeUndefined();
  });

  test('values that are not strings are unsafe, not a crash', () => {
    for (const value of [undefined, null, 42, {}, [], { toString: () => 'https://example.org' }]) {
      expect(classifyUrl(value)).toBe('unsafe');
      expect(safeUrl(value)).toBeUndefined();
    }
  });
});
