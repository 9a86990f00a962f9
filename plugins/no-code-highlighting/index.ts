/**
 * Leaves Prism, the syntax highlighter, out of the browser's bundle. The classic theme loads it on
 * every page (its client module `prism-include-languages` imports prism-react-renderer, whose
 * languages are defined as the module runs): some 80 ms of the main thread at start-up on this
 * machine, measured on /compare, for a site that shows no code. The atlas's code blocks are plain
 * (src/theme/CodeBlock): this points the theme's client module at an empty one.
 */
import type {Plugin} from '@docusaurus/types';

export default function noCodeHighlightingPlugin(): Plugin {
  return {
    name: 'no-code-highlighting',
    configureWebpack() {
      const prismClientModule = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages');
      return {
        resolve: {alias: {[`${prismClientModule}$`]: require.resolve('./emptyClientModule.js')}},
      };
    },
  };
}
