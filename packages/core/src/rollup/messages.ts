import { type Catalogue, issueFactory } from '../issues/issue.js';

/** Messages of `rollUp`, in Swedish and English, keyed by stable issue code. */
export const rollUpMessages = {
  'rollup.observation.conflict': {
    sv: (p) =>
      `Källorna ${p.first} och ${p.source} har olika värden för indikatorn ”${p.indicator}”, område ${p.area}, period ${p.period} och kön ${p.sex}. Värdet från ${p.first} behålls; rätta den källa som är fel.`,
    en: (p) =>
      `The sources ${p.first} and ${p.source} have different values for indicator "${p.indicator}", area ${p.area}, period ${p.period} and sex ${p.sex}. The value from ${p.first} is kept; correct the source that is wrong.`,
  },
} satisfies Catalogue;

export type RollUpIssueCode = keyof typeof rollUpMessages;

/** Every code `rollUp` can raise. */
export const rollUpIssueCodes = Object.keys(rollUpMessages) as RollUpIssueCode[];

export const rollUpIssue = issueFactory<RollUpIssueCode>(rollUpMessages);
