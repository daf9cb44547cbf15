export { CliError } from './args.js';
export type { Command, Context } from './command.js';
export type { Lang } from './i18n.js';
export { createNodeIo, type Io } from './io.js';
export { commands, EXIT, main, VERSION } from './main.js';
export {
  type ElementRenderOptions,
  isRenderableElement,
  linkStyles,
  RENDERABLE_ELEMENTS,
  renderElement,
} from './render/ssr.js';
