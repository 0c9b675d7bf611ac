import { uriKey } from '../workspace/uris';

/** What a document's answers depend on, compared value by value (identity for objects). */
export type DocumentState = readonly unknown[];

/** The kinds of answer kept; `workspace` ones also depend on every other file of the index. */
export type AnswerKind = 'diagnostics' | 'outline' | 'folding' | 'tokens' | 'encodedTokens' | 'codeLens';

/** Answers kept (of every kind and document); the editor asks about the few documents it shows. */
const KEPT_ANSWERS = 300;

/**
 * A document's answers computed once per state of what they depend on, then kept: the editor
 * asks for the outline, the tokens and the diagnostics of a version again and again (on focus, on
 * every background pull of the other open notices), and recomputing them was a full pass over the
 * notice each time. The state is given by the service (the document's entry and version, the
 * registries, the settings, the locale): an edit, a registry change or a settings change makes
 * every kept answer of the document stale. Answers are shared: callers must not change them.
 */
export class DocumentAnswers {
	/** By kind and document key; each with its document's URI and key (see dropClosed). */
	private readonly kept = new Map<string, { uri: string; document: string; state: DocumentState; answer: unknown }>();

	constructor(private readonly stateOf: (uri: string, kind: AnswerKind) => DocumentState) {}

	/** `compute` is given the answer kept for an earlier state, if any, to take from (see diagnostics). */
	get<T>(uri: string, kind: AnswerKind, compute: (stale: T | undefined) => T): T {
		const document = uriKey(uri);
		const key = `${kind}\n${document}`;
		const state = this.stateOf(uri, kind);
		const hit = this.kept.get(key);
		if (hit && sameState(hit.state, state)) {
			// Most recently used last: the oldest is the one dropped.
			this.kept.delete(key);
			this.kept.set(key, hit);
			return hit.answer as T;
		}
		const answer = compute(hit?.answer as T | undefined);
		this.kept.delete(key);
		this.kept.set(key, { uri, document, state, answer });
		if (this.kept.size > KEPT_ANSWERS) {
			this.kept.delete(this.kept.keys().next().value!);
		}
		return answer;
	}

	/**
	 * Drops the answers of documents no longer open whose state moved on (a document closed: its
	 * entry is the file's now). Their state holds the document's whole reading — its model, its text
	 * — and none could be handed out again: kept until 300 newer answers came, seven notices of 200
	 * KB opened, looked at and closed held 4.9 MB each. Closed documents' answers still current
	 * stay; only they are looked at (by their document's key: this runs after every edit).
	 */
	dropClosed(isOpen: (documentKey: string) => boolean): void {
		for (const [key, entry] of this.kept) {
			if (!isOpen(entry.document) && !sameState(entry.state, this.stateOf(entry.uri, kindOf(key)))) {
				this.kept.delete(key);
			}
		}
	}

	/**
	 * Computes an answer in steps (a notice of megabytes, after its read) unless one is kept, and
	 * keeps it. It stops at the first step after what it depends on changed: a newer version read in
	 * one go meanwhile moves the tasks it takes from this one in place, and the steps would read them
	 * against this version's text (and remember what they read by task).
	 */
	*prepare<T>(uri: string, kind: AnswerKind, steps: () => Generator<void, T, void>): Generator<void, void, void> {
		const key = `${kind}\n${uriKey(uri)}`;
		const state = this.stateOf(uri, kind);
		const hit = this.kept.get(key);
		if (hit && sameState(hit.state, state)) {
			return;
		}
		const computing = steps();
		let step = computing.next();
		while (!step.done) {
			yield;
			if (!sameState(state, this.stateOf(uri, kind))) {
				computing.return(undefined as T);
				return;
			}
			step = computing.next();
		}
		const answer = step.value;
		this.get(uri, kind, () => answer);
	}
}

function kindOf(key: string): AnswerKind {
	return key.slice(0, key.indexOf('\n')) as AnswerKind;
}

function sameState(a: DocumentState, b: DocumentState): boolean {
	return a.length === b.length && a.every((value, index) => value === b[index]);
}
