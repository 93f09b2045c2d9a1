// Storybook (web components + Vite). Stories live in stories/.
//
// Workspace packages load from their TypeScript sources (the "source" export
// condition), so no build is needed before `npm run storybook`. Lit's legacy
// decorators compile the same way as in the packages (experimentalDecorators,
// useDefineForClassFields: false). Nothing is fetched at runtime and
// telemetry is off.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const require = createRequire(import.meta.url);
const SERVER_RENDERED = fileURLToPath(new URL('../stories/.generated/server-rendered', import.meta.url));
const AUTOLOADER = fileURLToPath(new URL('../stories/.generated/autoloader', import.meta.url));

/** MDX docs need @storybook/addon-docs; only look for .mdx files when it is installed. */
function hasPackage(name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
}
const withDocs = hasPackage('@storybook/addon-docs');

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', ...(withDocs ? ['../stories/**/*.mdx'] : [])],
  addons: withDocs ? ['@storybook/addon-docs'] : [],
  // Example documents, so stories can show the `src` route with real URLs.
  // The pages of the "Embedding/Server-rendered page" and "Embedding/Autoloader" stories, written
  // by scripts/stories/*.ts before Storybook starts or builds (npm run stories:generate).
  staticDirs: [
    { from: '../packages/schema/examples', to: '/examples' },
    ...(existsSync(SERVER_RENDERED) ? [{ from: SERVER_RENDERED, to: '/server-rendered' }] : []),
    ...(existsSync(AUTOLOADER) ? [{ from: AUTOLOADER, to: '/autoloader' }] : []),
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: {
        // Replaces Vite's client defaults, so keep them after "source".
        conditions: ['source', ...defaultClientConditions],
      },
      esbuild: {
        tsconfigRaw: {
          compilerOptions: {
            experimentalDecorators: true,
            useDefineForClassFields: false,
            target: 'es2022',
          },
        },
      },
      build: { target: 'es2022' },
      optimizeDeps: { esbuildOptions: { target: 'es2022' } },
    });
  },
};

export default config;
