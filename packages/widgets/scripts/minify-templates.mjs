// Minifies the text of Lit's tagged templates (html`…`, svg`…`, css`…`) in the script-tag build. esbuild minifies
// code but keeps template text as written, indentation and comments included. Only the literal parts change;
// `${…}` expressions are left to esbuild. The npm build (tsup) and the server render keep the source as it is.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

const MARKUP_TAGS = new Set(['html', 'svg']);

/**
 * Markup: a run of whitespace that holds a line break becomes one space. A browser shows such a run as one space
 * (or nothing) either way; no template of ours has `<pre>` or `<textarea>`, where it would show as written.
 */
export function minifyMarkup(text) {
  return text.replace(/[ \t]*[\r\n]\s*/g, ' ');
}

/**
 * CSS: comments go, whitespace runs become one space, and spaces next to `{ } ; , :` go, outside quoted strings
 * (`content: ' · '` keeps its spaces). A space before `:` stays: `a :hover` and `a:hover` select different things.
 */
export function minifyCss(text) {
  let out = '';
  let code = '';
  const flush = () => {
    out += code
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
    code = '';
  };
  for (let i = 0; i < text.length; ) {
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      code += ' ';
    } else if (text[i] === '"' || text[i] === "'") {
      const quote = text[i];
      let j = i + 1;
      while (j < text.length && text[j] !== quote) j += text[j] === '\\' ? 2 : 1;
      flush();
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      code += text[i];
      i += 1;
    }
  }
  flush();
  return out;
}

/** The source with the text of every html/svg/css tagged template minified; everything else as written. */
export function minifyTemplates(source, fileName = 'source.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** [start, end, minify] of each literal part, by position in `source`. */
  const parts = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const minify = MARKUP_TAGS.has(tag) ? minifyMarkup : tag === 'css' ? minifyCss : undefined;
      const template = node.template;
      if (minify && ts.isNoSubstitutionTemplateLiteral(template)) {
        parts.push([template.getStart() + 1, template.end - 1, minify]);
      } else if (minify) {
        // The head ends in `${`, a middle runs from `}` to `${`, the tail from `}` to the closing backtick.
        parts.push([template.head.getStart() + 1, template.head.end - 2, minify]);
        for (const span of template.templateSpans) {
          const literal = span.literal;
          const closing = ts.isTemplateTail(literal) ? 1 : 2;
          parts.push([literal.getStart() + 1, literal.end - closing, minify]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end, minify] of parts.sort((a, b) => a[0] - b[0])) {
    out += source.slice(at, start) + minify(source.slice(start, end));
    at = end;
  }
  return out + source.slice(at);
}

/** The esbuild plugin: minifies the templates of the widgets' own TypeScript sources as esbuild loads them. */
export const minifyTemplatesPlugin = {
  name: 'dhol-minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].+\.ts$/ }, async ({ path }) => ({
      contents: minifyTemplates(await readFile(path, 'utf8'), path),
      loader: 'ts',
    }));
  },
};
