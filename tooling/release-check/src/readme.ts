/** A fenced code block of a Markdown document. */
export interface CodeBlock {
  /** The info string after the opening fence, e.g. `js` or `sh`. */
  lang: string;
  code: string;
}

/** The first fenced code block of a Markdown document, if any. */
export function firstCodeBlock(markdown: string): CodeBlock | undefined {
  const match = /^```([^\n`]*)\n([\s\S]*?)^```\s*$/m.exec(markdown);
  return match ? { lang: (match[1] ?? '').trim(), code: match[2] ?? '' } : undefined;
}

/** The outputs a JavaScript example promises in `// → …` comments, in order. */
export function promisedOutput(code: string): string[] {
  return [...code.matchAll(/\/\/ → (.*)$/gm)].map((match) => (match[1] ?? '').trimEnd());
}

/** One `npx dhol …` line of a shell example, with the first output line it promises in a `# …` line below. */
export interface ShellStep {
  args: string[];
  firstLine?: string;
}

/** The `npx dhol …` steps of a shell example; install lines and other commands are left to the reader. */
export function dholSteps(code: string): ShellStep[] {
  const steps: ShellStep[] = [];
  for (const line of code.split('\n')) {
    const command = /^npx dhol(?:\s+(.*))?$/.exec(line.trim());
    if (command) {
      steps.push({ args: (command[1] ?? '').split(/\s+/).filter(Boolean) });
      continue;
    }
    const comment = /^# (.*)$/.exec(line.trim());
    const last = steps.at(-1);
    if (comment && last && last.firstLine === undefined) last.firstLine = comment[1];
  }
  return steps;
}
