import * as fs from 'node:fs';

export type RegularFileRead = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'not-a-file' } | { kind: 'too-large'; bytes: number };

/**
 * Opened without blocking (a FIFO would wait for a writer forever) and, with `noFollow`, refusing
 * a link as the last component (the caller resolved links already; a link put there since is an
 * attack). Windows has neither flag and needs neither.
 */
function openFlags(noFollow: boolean): number {
	return fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (noFollow ? (fs.constants.O_NOFOLLOW ?? 0) : 0);
}

/** Only a regular file is read (not a FIFO, device or folder), and only when its size is within the limit. */
function refusal(stat: fs.Stats, maxBytes: number): RegularFileRead | undefined {
	if (!stat.isFile()) {
		return { kind: 'not-a-file' };
	}
	return stat.size > maxBytes ? { kind: 'too-large', bytes: stat.size } : undefined;
}

/**
 * Reads a regular file of at most `maxBytes`: the type and size come from the opened descriptor,
 * before any byte is read, and no more than that size is read (a file growing meanwhile is cut
 * there). Errors of opening (ENOENT, EACCES, ELOOP) are thrown.
 */
export async function readRegularFile(file: string, maxBytes: number, noFollow: boolean): Promise<RegularFileRead> {
	const handle = await fs.promises.open(file, openFlags(noFollow));
	try {
		const stat = await handle.stat();
		const refused = refusal(stat, maxBytes);
		if (refused) {
			return refused;
		}
		const bytes = Buffer.alloc(stat.size);
		let filled = 0;
		while (filled < bytes.length) {
			const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
			if (bytesRead === 0) {
				break;
			}
			filled += bytesRead;
		}
		return { kind: 'bytes', bytes: bytes.subarray(0, filled) };
	} finally {
		await handle.close();
	}
}
