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

describe('classifyUrl: the plain-address shortcut', () => {
  /** The class of an address as the full WHATWG parse gives it (`safeUrl` always parses). */
  const parsed = (url: string) => {
    const href = safeUrl(url);
    return href === undefined ? 'unsafe' : href.startsWith('https:') ? 'https' : 'http';
  };
  const tricky = [
    'https://example.org',
    'https://example.org/',
    'https://www.example.org/plan.json?a=1&b=2#x',
    'HTTPS://WWW.EXAMPLE.ORG/PLAN',
    'HtTp://example.org/',
    'http://localhost/',
    'https://example.org./',
    'https://a.b.c.d.e.example.org/x/y/z',
    'https://1.2.3.4/',
    'https://999.1.1.1/',
    'https://1.2.3.4.5/',
    'https://0x7f.1/',
    'https://1.2.3.a/',
    'https://example.123/',
    'https://example.0x1f/',
    'https://xn--bcher-kva.example/',
    'https://xn--a.example/',
    'https://XN--A.example/',
    'https://a..b/',
    'https://-example.org/',
    'https://example-.org/',
    'https://ex--ample.org/',
    `https://${'a'.repeat(63)}.org/`,
    `https://${'a'.repeat(64)}.org/`,
    `https://${'abcdefghi.'.repeat(30)}org/`,
    'https://example.org:443/',
    'https://example.org:/',
    'https://user@example.org/',
    'https://example.org@evil.example/',
    'https://example.org\\@evil.example/',
    'https://example.org\\path',
    'https://example.org/@evil.example',
    'https://example.org?@evil.example',
    'https://example.org#@evil.example',
    'https://example.org/%zz',
    'https://example.org/a b',
    'https://example.org/<script>',
    'https://example.org/"quoted"',
    'https://exämple.org/',
    'https://example.org/ä',
    'https://example_org.se/',
    'https://[::1]/',
    'https:///example.org/',
    'https:example.org',
    'https//example.org',
    ' https://example.org/',
    'https://example.org/ ',
    'https://example.org/\t',
    'https://exa\tmple.org/',
    'java\tscript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'javascript://example.org/%0aalert(1)',
    'javascript:https://example.org',
    '//example.org/',
    '/plan.json',
    'plan.json',
    './https://example.org',
    'ftp://example.org/',
    'data:,https://example.org',
    'https://example.org/\u2028',
    '\u00a0https://example.org/',
    'https://example.org/\ufeff',
  ];
  test.each(tricky)('%j is classified as the full parse classifies it', (url) => {
    expect(classifyUrl(url)).toBe(parsed(url));
  });

  test('it agrees with the full parse over a grid of schemes, hosts and tails', () => {
    const schemes = ['https://', 'http://', 'HTTPS://', 'javascript://', 'https:/', 'https:\\\\', ''];
    const hosts = ['example.org', 'a', '1.2.3.4', 'a.1', '1.a', 'xn--zz', 'ex_ample', 'ex ample', 'a-.b', ''];
    const tails = ['', '/', '/a?b#c', '\\x', ':8080/', '@h/', ' ', '\n', '/\u0000', '/é', '?%', '#\\'];
    let checked = 0;
    for (const scheme of schemes)
      for (const host of hosts)
        for (const tail of tails) {
          const url = scheme + host + tail;
          expect(classifyUrl(url), url).toBe(parsed(url));
          checked++;
        }
    expect(checked).toBe(schemes.length * hosts.length * tails.length);
  });
});
