import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { followUpCache, outline } from '../../server/src/core/features/outline';
import { engine } from '../support/engine';
import { noticeText } from '../support/noticeArbitrary';

/** The outline of each notice, its tasks' leaders and deadlines read with a fresh cache. */
const fresh = (text: string) => outline(engine.parseNotice(text), 'zh-cn', followUpCache());

test('what the outline\'s cache of leaders and deadlines remembers never changes an outline: one cache for 400 random notices, each outline a fresh cache\'s (round 18, found by the stdio property test: a row read under another table header took the other reading\'s deadline)', () => {
	const cache = followUpCache();
	fc.assert(
		fc.property(noticeText, (text) => {
			assert.deepEqual(outline(engine.parseNotice(text), 'zh-cn', cache), fresh(text));
		}),
		{ numRuns: 400, seed: 18 },
	);
});

test('the cache full: the entry made then is kept in the emptied cache, also when its text had entries (another year)', () => {
	const task = '1.扩大有效投资。\n牵头单位：市发改委\n完成时限：年底前\n';
	const cache = followUpCache(1);
	outline(engine.parseNotice(`2020年重点工作任务分解\n${task}`), 'zh-cn', cache);
	// Full: the same task's text read in another year's notice; its entry is the only one kept.
	const later = outline(engine.parseNotice(`2021年重点工作任务分解\n${task}`), 'zh-cn', cache);
	assert.deepEqual(later, fresh(`2021年重点工作任务分解\n${task}`));
	const kept = [...cache.tasks.values()].flat();
	assert.equal(kept.length, 1);
	assert.equal(cache.size, 1);
	assert.equal(kept[0].year, 2021);
});
