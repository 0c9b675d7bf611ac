import type { SemanticTokens, SemanticTokensDelta } from 'vscode-languageserver';
import type * as core from '../core/service/types';
import { semanticTokensEdits, toSemanticTokens } from './convert';

/**
 * Semantic tokens whole (`full`) or as the edit from the client's previous result (`full/delta`,
 * which VS Code asks for once it holds a result id): the last result of each document is kept to
 * compute the edit from. The service keeps a version's tokens; each list is encoded once.
 */
export class SemanticTokenResults {
	private readonly last = new Map<string, { resultId: string; data: number[] }>();
	private readonly encoded = new WeakMap<readonly core.SemanticToken[], number[]>();
	private lastResultId = 0;

	constructor(private readonly tokensOf: (uri: string) => readonly core.SemanticToken[]) {}

	full(uri: string): SemanticTokens {
		return this.remember(uri, this.data(uri));
	}

	/** The edits from `previousResultId`, or the whole tokens when that is not the result kept. */
	delta(uri: string, previousResultId: string): SemanticTokens | SemanticTokensDelta {
		const previous = this.last.get(uri);
		const data = this.data(uri);
		if (previous?.resultId !== previousResultId) {
			return this.remember(uri, data);
		}
		const edits = semanticTokensEdits(previous.data, data);
		return { resultId: this.remember(uri, data).resultId, edits };
	}

	/** The document closed. */
	forget(uri: string): void {
		this.last.delete(uri);
	}

	private remember(uri: string, data: number[]): { resultId: string; data: number[] } {
		const previous = this.last.get(uri);
		const result = previous?.data === data ? previous : { resultId: String(++this.lastResultId), data };
		this.last.set(uri, result);
		return result;
	}

	private data(uri: string): number[] {
		const tokens = this.tokensOf(uri);
		let data = this.encoded.get(tokens);
		if (!data) {
			data = toSemanticTokens(tokens).data;
			this.encoded.set(tokens, data);
		}
		return data;
	}
}
