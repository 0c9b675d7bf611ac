// `npm run corpus -- [FOLDER]`: reads every text of FOLDER listed in its expected.json (a clerk's
// reading, schema in test/corpus/README.md) and prints how far the reader agrees, one line per file
// and a summary. FOLDER defaults to test/corpus. Exits 1 when a file disagrees.
import * as path from 'node:path';
import { BreakdownEngine } from '../server/src/core/engine';
import { compareFolder, formatResults } from '../test/support/corpus';

const ROOT = path.resolve(__dirname, '..');
const folder = path.resolve(process.argv[2] ?? path.join(ROOT, 'test', 'corpus'));
const results = compareFolder(new BreakdownEngine(), folder);
process.stdout.write(formatResults(results) + '\n');
process.exitCode = results.every((result) => result.pass) ? 0 : 1;
