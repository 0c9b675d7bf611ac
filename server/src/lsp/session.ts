import type { TextDocuments } from 'vscode-languageserver';
import type { LanguageService } from '../core/service/languageService';
import type { LineDocument } from '../core/text/lineDocument';
import type { ClientFeatures } from './clientFeatures';
import type { ClientRequests } from './clientRequests';

/** Bounds on the server's waits and reads; hosts and tests may lower them. */
export interface ServerLimits {
	/** At most this many text files are read from each workspace folder (registries always are); by default the service's cap. */
	workspaceFiles?: number;
	/** How long the first findings wait for the client to answer `workspace/configuration`. */
	settingsWaitMs: number;
	/** How long the first findings wait for the workspace's registries to be read. */
	registriesWaitMs: number;
	/** How long a cross-file request waits for the index before answering from what is read. */
	indexWaitMs: number;
	/** How long a pull of a document's diagnostics waits for its read in slices (a notice of megabytes) before answering from the version before. */
	documentReadWaitMs: number;
}

/** What the parts of the LSP layer share: one per connection, no module-level state. */
export interface Session {
	service: LanguageService;
	documents: TextDocuments<LineDocument>;
	requests: ClientRequests;
	features(): ClientFeatures;
	limits: ServerLimits;
	log(message: string): void;
	logError(message: string): void;
	/**
	 * Marks an answer sent again unchanged (a document version's outline, a unit's references until
	 * the index changes): the transport may keep its encoding, in ASCII (see asciiJson). `json`, when
	 * given, writes the answer's JSON in ASCII (the outline's, from the JSON of its symbols kept across
	 * versions).
	 */
	keepEncoded<T extends object>(answer: T, json?: () => readonly string[]): T;
}
