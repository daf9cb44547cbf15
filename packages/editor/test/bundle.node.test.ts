import { join } from 'node:path';
import { FORMAT_VERSION as CORE_FORMAT_VERSION, DATASET_SCHEMA_URL as CORE_SCHEMA_URL } from '@dhol/core';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: plain ESM build scripts without types.
import { cdnBuildOptions, WIDGETS_ROOT } from '../../widgets/scripts/size.mjs';
// @ts-expect-error: plain ESM build scripts without types.
import { CEILING_GZIP, measureEditorBundle, modulePath } from '../scripts/bundle.mjs';
import { DATASET_SCHEMA_URL, FORMAT_VERSION } from '../src/util/format-version.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('dhol-editor.js, the script-tag build', () => {
  test('is one self-contained file with exactly one Lit, the widgets inside, no zod, within its ceiling', async () => {
    const bundle = await measureEditorBundle();
    console.log(
      `dhol-editor.js: ${kb(bundle.gzip)} gzip (ceiling ${kb(CEILING_GZIP)}), ${kb(bundle.raw)} raw`,
    );
    const inputs: string[] = bundle.inputs;
    expect(bundle.externals).toEqual([]);
    expect(inputs.filter((input) => /^lit-html\/(development\/)?lit-html\.js$/.test(input))).toEqual([
      'lit-html/lit-html.js',
    ]);
    expect(inputs.some((input) => input.endsWith('widgets/src/components/plan/plan.ts'))).toBe(true);
    expect(inputs.filter((input) => input.startsWith('zod/'))).toEqual([]);
    expect(inputs.filter((input) => /sormland|surahammar/.test(input))).toEqual([]);
    expect(bundle.gzip).toBeLessThanOrEqual(CEILING_GZIP);
  });

  test("the widgets' dhol.js carries nothing of the editor", async () => {
    const result = await build({
      ...cdnBuildOptions,
      entryPoints: [join(WIDGETS_ROOT, 'src', 'index.ts')],
      write: false,
      metafile: true,
      outdir: 'out',
    });
    const output = Object.values(result.metafile!.outputs).find((o) => o.entryPoint)!;
    const inputs = Object.keys(output.inputs).map((path) => modulePath(path) as string);
    expect(inputs.filter((input) => /(^|\/)editor\/(src|dist)\//.test(input))).toEqual([]);
  });

  test("the format version and schema address the editor writes are core's", () => {
    expect(FORMAT_VERSION).toBe(CORE_FORMAT_VERSION);
    expect(DATASET_SCHEMA_URL).toBe(CORE_SCHEMA_URL);
  });
});
