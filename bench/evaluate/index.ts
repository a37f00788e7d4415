// npx tsx bench/evaluate/index.ts [options]: the evaluation benchmark (run-evaluate.ts).
import { runEvaluateBenchmark } from './run-evaluate';

runEvaluateBenchmark(process.argv.slice(2)).catch((error) => {
  console.error(`bench evaluate: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
