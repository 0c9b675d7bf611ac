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
