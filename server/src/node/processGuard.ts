/**
 * The last line of defence: a promise rejected with nobody waiting for it, or an exception thrown
 * from a callback, is logged and the server keeps serving instead of exiting (Node's default).
 * Every request to the client is handled where it is sent; this catches what slipped through.
 */
export function guardProcess(target: Pick<NodeJS.Process, 'on'>, log: (message: string) => void): void {
	const describe = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
	target.on('unhandledRejection', (reason) => log(`[breakdown] unhandled rejection (the server goes on): ${describe(reason)}`));
	target.on('uncaughtException', (error) => log(`[breakdown] uncaught exception (the server goes on): ${describe(error)}`));
}
