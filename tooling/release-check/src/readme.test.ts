import { expect, test } from 'vitest';
import { dholSteps, firstCodeBlock, promisedOutput } from './readme.js';

test('the first fenced block is found with its language, even after prose', () => {
  const markdown = '# pkg\n\nIntro.\n\n```js\nconsole.log(1); // → 1\n```\n\n## More\n\n```sh\nls\n```\n';
  expect(firstCodeBlock(markdown)).toEqual({ lang: 'js', code: 'console.log(1); // → 1\n' });
});

test('a README without a code block has no first block', () => {
  expect(firstCodeBlock('# pkg\n\nOnly prose.\n')).toBeUndefined();
});

test('promised outputs are read from arrow comments in order', () => {
  expect(
    promisedOutput('console.log(a); // → true\nf();\nconsole.log(b, c); // → Surahammar kommun\n'),
  ).toEqual(['true', 'Surahammar kommun']);
});

test('each npx dhol line becomes a step, and a comment right below it is its first output line', () => {
  const code = 'npm install @dhol/cli\nnpx dhol validate a.json\n# a.json: giltig\nnpx dhol --version\n';
  expect(dholSteps(code)).toEqual([
    { args: ['validate', 'a.json'], firstLine: 'a.json: giltig' },
    { args: ['--version'] },
  ]);
});
