import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './golden';

/** Every sample (`seeds/`) and corpus text (`test/corpus/`), by name (`seeds/…`, `test/corpus/…`), in order. */
export function sampleAndCorpusTexts(): Array<{ name: string; text: string }> {
	const root = repoRoot();
	return ['seeds', path.join('test', 'corpus')].flatMap((folder) =>
		fs
			.readdirSync(path.join(root, folder))
			.filter((file) => file.endsWith('.txt'))
			.sort()
			.map((file) => ({ name: `${folder}/${file}`, text: fs.readFileSync(path.join(root, folder, file), 'utf8') })),
	);
}
