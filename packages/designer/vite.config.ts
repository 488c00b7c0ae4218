/** @module Vite build of the designer: a static app the server serves at `/`, talking to it under `/api`. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** Where `pnpm dev` sends API calls: the server started by `pnpm start` (PORT, default 3000). */
const apiTarget = process.env.HENG_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  // Each text file also written brotli- and gzip-compressed beside it, which the server sends to a
  // browser that takes them (3.4 MB of scripts travel as about 0.9 MB), with no work per request.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|json)$/, threshold: 1024, skipIfLargerOrEqual: true, logLevel: 'silent' })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Ant Design chunk builds to 1,237 kB minified (390 kB gzipped, vite build of this package); the warning would only repeat that.
    chunkSizeWarningLimit: 1300,
    // Libraries change less often than the app: separate files stay cached across releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|dayjs)[\\/]/, priority: 3 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            { name: 'engine', test: /[\\/](packages[\\/]engine|ajv|json-rules-engine|big\.js|re2js|fast-deep-equal|jsonpath-plus)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', proxy: { '/api': apiTarget } },
  preview: { host: '127.0.0.1' },
});
