import type { Goal, SourcedText } from '@dhol/core';
import { expect, test } from 'vitest';
import { nationalFramework } from '../src/index.js';

const kinds: Record<Goal['kind'], string> = {
  overarching: 'övergripande mål',
  subgoal: 'delmål',
  priority: 'prioritering',
};
const statuses: Record<SourcedText['status'], string> = {
  verified: 'kontrollerad',
  translation: 'officiell engelska, svenskan inte funnen',
  unverified: 'okontrollerad',
};
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** The ids a plan or agreement uses for the national framework's goals, with each goal's wording and how sure it is. */
function frameworkIds(): string {
  const lines = [
    '# Ramverkets id / the framework’s ids',
    '',
    '<!-- Generated from datasets/det-handlar-om-livet-2025.json by test/framework-ids.test.ts',
    '     (`pnpm --filter @dhol/data ids`). Do not edit: change the dataset and generate it again. -->',
    '',
    `The ids of *${cell(nationalFramework.title.sv?.text ?? nationalFramework.title.en?.text ?? '')}* (framework`,
    `\`${nationalFramework.id}\`), for \`goals[].goal\` of an activity, \`sections[].goal\` of a plan and`,
    '`goals[]` of an agreement or indicator. Each wording is given in the language it was found in, with how sure',
    'it is; none is translated here.',
    '',
    '| id | slag / kind | under | lydelse / wording | säkerhet / status |',
    '|---|---|---|---|---|',
  ];
  for (const goal of nationalFramework.goals) {
    const wording = goal.title.sv ?? goal.title.en;
    const language = goal.title.sv ? '' : ' (en)';
    lines.push(
      `| \`${goal.id}\` | ${kinds[goal.kind]}${goal.number ? ` ${goal.number}` : ''} | ${goal.parent ? `\`${goal.parent}\`` : ''} | ${cell(wording?.text ?? '')}${language} | ${wording ? statuses[wording.status] : ''} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

test('FRAMEWORK-IDS.md lists every goal id of the national framework, fresh from the dataset', async () => {
  const text = frameworkIds();
  for (const goal of nationalFramework.goals) expect(text).toContain(`| \`${goal.id}\` |`);
  await expect(text).toMatchFileSnapshot('../FRAMEWORK-IDS.md');
});
