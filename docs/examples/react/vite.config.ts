import { defineConfig } from 'vite';

// No React plugin is needed to build: esbuild compiles the JSX (tsconfig "jsx": "react-jsx").
// Add @vitejs/plugin-react for Fast Refresh while developing.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { target: 'es2022' },
});
