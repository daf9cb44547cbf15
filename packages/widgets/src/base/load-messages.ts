import type { Catalogue } from '@dhol/core';
import { formatCount } from '../shared/format.js';

/** The codes of the issues of reading a dataset's file. */
export type LoadCode =
  | 'load.notFound'
  | 'load.server'
  | 'load.http'
  | 'load.notJson'
  | 'load.json'
  | 'load.network'
  | 'load.timeout';

/**
 * What went wrong reading a dataset's file, in Swedish and English: each names the address and what to check. The
 * folder build raises these issues bare and loads this catalogue with the texts of validation's issues, only when
 * there are issues to show (see `cdn/bare-load-messages.ts`).
 */
export const loadMessages: Catalogue<LoadCode> = {
  'load.notFound': {
    sv: (p) =>
      `Datafilen hittades inte (HTTP ${p.status}): ${p.url}. Kontrollera adressen, och om filen har flyttats eller fått en ny adress.`,
    en: (p) =>
      `The data file was not found (HTTP ${p.status}): ${p.url}. Check the address, and whether the file has moved or got a new address.`,
  },
  'load.server': {
    sv: (p) =>
      `Servern kunde inte lämna ut datafilen (HTTP ${p.status}): ${p.url}. Felet ligger hos servern och kan gå över.`,
    en: (p) =>
      `The server could not hand out the data file (HTTP ${p.status}): ${p.url}. The fault is the server's and may pass.`,
  },
  'load.http': {
    sv: (p) =>
      `Servern lämnade inte ut datafilen (HTTP ${p.status}): ${p.url}. Kontrollera att filen är publicerad och går att läsa utan inloggning.`,
    en: (p) =>
      `The server did not hand out the data file (HTTP ${p.status}): ${p.url}. Check that the file is published and can be read without logging in.`,
  },
  'load.notJson': {
    sv: (p) =>
      `Adressen gav ${p.type === 'html' ? 'en webbsida (HTML)' : 'något annat än JSON'} i stället för en datafil: ${p.url}. Kontrollera adressen; en sida i stället för filen betyder ofta att filen inte finns där.`,
    en: (p) =>
      `The address gave ${p.type === 'html' ? 'a web page (HTML)' : 'something other than JSON'} instead of a data file: ${p.url}. Check the address; a page instead of the file often means the file is not there.`,
  },
  'load.json': {
    sv: (p) =>
      `Datafilen är inte giltig JSON: fel på rad ${formatCount(p.line, 'sv')}, kolumn ${formatCount(p.column, 'sv')} (${p.detailSv}): ${p.url}.`,
    en: (p) =>
      `The data file is not valid JSON: error at line ${formatCount(p.line, 'en')}, column ${formatCount(p.column, 'en')} (${p.detailEn}): ${p.url}.`,
  },
  'load.network': {
    sv: (p) =>
      `Datafilen kunde inte hämtas: ${p.url}. Det finns ingen kontakt med servern, eller så tillåter servern inte att filen hämtas från den här sidan (CORS, eller connect-src i sidans Content Security Policy).`,
    en: (p) =>
      `The data file could not be fetched: ${p.url}. There is no connection to the server, or the server does not let this page fetch the file (CORS, or connect-src in the page's Content Security Policy).`,
  },
  'load.timeout': {
    sv: (p) =>
      `Datafilen kom inte inom ${formatCount(p.seconds, 'sv')} sekunder: ${p.url}. Servern kan vara långsam eller nere.`,
    en: (p) =>
      `The data file did not arrive within ${formatCount(p.seconds, 'en')} seconds: ${p.url}. The server may be slow or down.`,
  },
};
