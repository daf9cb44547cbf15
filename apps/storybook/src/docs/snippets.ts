/** CSS examples shown on the introduction pages (kept here, so MDX does not reflow their indentation). */

export const globalTokens = `:root {
  --dhol-color-accent: #00664d;
  --dhol-font-family: 'Trebuchet MS', system-ui, sans-serif;
  --dhol-radius: 0.75em;
}`;

export const parts = `dhol-plan::part(activity) {
  border-inline-start-width: 6px;
}
dhol-plan::part(goal-heading) {
  text-transform: uppercase;
  letter-spacing: 0.02em;
}`;

export const allThree = `/* 1. Global tokens */
:root {
  --dhol-color-accent: #00664d;
  --dhol-radius: 0.75em;
}
/* 2. Element properties */
dhol-plan {
  --dhol-plan-accent: #8a3b12;
}
/* 3. Parts */
dhol-plan::part(activity) {
  border-inline-start-width: 6px;
}`;
