import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a build script without types
import { minifyCss, minifyMarkup, minifyTemplates } from '../scripts/minify-templates.mjs';

const SRC = join(import.meta.dirname, '..', 'src');
const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the template minifier of the script-tag build', () => {
  test('CSS loses comments and spaces, but keeps quoted strings and the space of a descendant selector', () => {
    const css = `
      /* the separator's spaces are content */
      .goal + .goal::before {
        content: ' · ';
        font: 1rem / 1.4 'Open Sans', sans-serif;
      }
      :host([hidden]) :is(a, b) { display: none ; }
      @media (min-width: 40em) { .x { margin: calc(1px + 2px) } }`;
    expect(minifyCss(css)).toBe(
      " .goal + .goal::before{content:' · ';font:1rem / 1.4 'Open Sans',sans-serif}" +
        ':host([hidden]) :is(a,b){display:none}' +
        '@media (min-width:40em){.x{margin:calc(1px + 2px)}}',
    );
  });

  test('markup keeps single spaces and turns each run of whitespace with a line break into one space', () => {
    expect(minifyMarkup('<p>\n    <b>a</b>\n    <i>b</i> c  d\n</p>')).toBe(
      '<p> <b>a</b> <i>b</i> c  d </p>',
    );
  });

  test('only the text of html, svg and css templates changes, nested ones included; expressions stay', () => {
    // Source text in files: written as strings here, each `${` would read as a mistaken placeholder.
    const source = readFileSync(join(FIXTURES, 'templates.source.txt'), 'utf8');
    const expected = readFileSync(join(FIXTURES, 'templates.minified.txt'), 'utf8');
    expect(minifyTemplates(source)).toBe(expected);
  });

  // Lit finds its bindings by position in the template, so a minified template must keep every `${…}` and every
  // expression exactly; the printed code without template text must not change at all.
  const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort();

  test.each(sources)('%s keeps its code and every binding', (file) => {
    const source = readFileSync(join(SRC, file), 'utf8');
    const minified = minifyTemplates(source, file);
    expect(withoutTemplateText(minified)).toBe(withoutTemplateText(source));
  });

  test('the sources hold templates it shortens', () => {
    const saved = sources.reduce((sum, file) => {
      const source = readFileSync(join(SRC, file), 'utf8');
      return sum + source.length - minifyTemplates(source, file).length;
    }, 0);
    expect(saved).toBeGreaterThan(10_000);
  });
});

/** The source printed with the text of every template literal emptied: what must not change. */
function withoutTemplateText(source: string): string {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const blank = <T extends ts.Node>(context: ts.TransformationContext) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isNoSubstitutionTemplateLiteral(node))
        return ts.factory.createNoSubstitutionTemplateLiteral('', '');
      if (ts.isTemplateHead(node)) return ts.factory.createTemplateHead('', '');
      if (ts.isTemplateMiddle(node)) return ts.factory.createTemplateMiddle('', '');
      if (ts.isTemplateTail(node)) return ts.factory.createTemplateTail('', '');
      return ts.visitEachChild(node, visit, context);
    };
    return (root: T) => ts.visitNode(root, visit) as T;
  };
  const [printed] = ts.transform(file, [blank]).transformed;
  return ts.createPrinter({ removeComments: true }).printFile(printed as ts.SourceFile);
}
