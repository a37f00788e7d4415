// npx tsx bench/preview/index.ts [--help]: the preview benchmark (run-preview.ts).
import { runPreviewBenchmark } from './run-preview';

runPreviewBenchmark(process.argv.slice(2)).catch((error) => {
  console.error(`bench preview: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
