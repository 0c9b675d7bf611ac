import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeSemanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES, type SemanticToken } from '../../server/src/core/features/semanticTokens';
import { numberEdits } from '../../server/src/core/service/keptResults';

const tokens: SemanticToken[] = [
	{ line: 1, character: 0, length: 2, type: 'number', modifiers: [] },
	{ line: 2, character: 1, length: 3, type: 'label', modifiers: [] },
	{ line: 2, character: 5, length: 4, type: 'leadUnit', modifiers: ['unknown', 'collective'] },
	{ line: 4, character: 3, length: 1, type: 'otherUnit', modifiers: ['collective'] },
];

/** The protocol's reading of the five integers, to check the encoding against. */
function decode(data: readonly number[]): SemanticToken[] {
	const decoded: SemanticToken[] = [];
	let line = 0;
	let character = 0;
	for (let at = 0; at < data.length; at += 5) {
		const [deltaLine, deltaStart, length, type, bits] = data.slice(at, at + 5);
		character = deltaLine === 0 ? character + deltaStart : deltaStart;
		line += deltaLine;
		decoded.push({ line, character, length, type: TOKEN_TYPES[type], modifiers: TOKEN_MODIFIERS.filter((_, index) => (bits & (1 << index)) !== 0) });
	}
	return decoded;
}

test('semantic tokens are encoded relative to the token before, types and modifiers by the legend', () => {
	assert.deepEqual(encodeSemanticTokens(tokens), [1, 0, 2, 0, 0, 1, 1, 3, 1, 0, 0, 4, 4, 2, 3, 2, 3, 1, 4, 2]);
	assert.deepEqual(decode(encodeSemanticTokens(tokens)), tokens);
	assert.deepEqual(encodeSemanticTokens([]), []);
});

test('an edit inside a line changes only the numbers of its tokens: the delta is short', () => {
	const moved = tokens.map((token) => (token.line === 2 && token.character === 5 ? { ...token, character: 6 } : token));
	const edits = numberEdits(encodeSemanticTokens(tokens), encodeSemanticTokens(moved));
	assert.deepEqual(edits, [{ start: 11, deleteCount: 1, data: [5] }]);
});
