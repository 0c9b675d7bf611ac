import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './golden';

/**
 * Every sample (`seeds/`), corpus text (`test/corpus/`), layout text (`test/layouts/`: short notices of
 * the layouts the others lack, group lines, sub-points, prose designations …) and real excerpt of the
 * sweeps (`test/wild/`), by name (`seeds/…`, `test/corpus/…`, `test/layouts/…`, `test/wild/…`), in order.
 */
export function sampleAndCorpusTexts(): Array<{ name: string; text: string }> {
	const root = repoRoot();
	return ['seeds', path.join('test', 'corpus'), path.join('test', 'layouts'), path.join('test', 'wild')].flatMap((folder) =>
		fs
			.readdirSync(path.join(root, folder))
			.filter((file) => file.endsWith('.txt'))
			.sort()
			.map((file) => ({ name: `${folder}/${file}`, text: fs.readFileSync(path.join(root, folder, file), 'utf8') })),
	);
}
