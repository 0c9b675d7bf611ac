import { ErrorCodes, ResponseError } from './languageServer';
import type { LanguageService } from '../core/service/languageService';

/**
 * Wraps handlers so one request never takes the server down: an exception is logged and answered
 * as InternalError; after `shutdown` requests answer InvalidRequest and notifications are ignored.
 */
export class Guard {
	shutDown = false;

	constructor(private readonly service: LanguageService, private readonly logError: (message: string) => void) {}

	request<P extends unknown[], R>(name: string, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
		return async (...args: P): Promise<R> => {
			if (this.shutDown) {
				throw new ResponseError(ErrorCodes.InvalidRequest, this.service.localize({ id: 'request.after-shutdown', args: [name] }));
			}
			try {
				return await handler(...args);
			} catch (error) {
				if (error instanceof ResponseError) {
					throw error;
				}
				this.logError(`${name} failed: ${(error as Error)?.stack ?? String(error)}`);
				throw new ResponseError(ErrorCodes.InternalError, this.service.localize({ id: 'request.failed', args: [name, (error as Error)?.message ?? String(error)] }));
			}
		};
	}

	/** A notification is a request nobody answers: a failure is logged (by `request`; a ResponseError is an answer, which no notification handler gives). */
	notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => Promise<void> {
		const guarded = this.request(name, handler);
		return (params: P) => (this.shutDown ? Promise.resolve() : guarded(params).catch(() => undefined));
	}
}
