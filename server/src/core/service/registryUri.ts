import { suggestedRegistryUri } from '../workspace/fileNames';
import { dirnameKey, isInside, uriKey } from '../workspace/uris';
import type { ServiceContext } from './serviceContext';

/**
 * Where a new registry for a notice goes (see suggestedRegistryUri): above its year folder only
 * inside a workspace folder (a folder opened as 2025 has nothing above it that the workspace reads),
 * and not onto a registry already in force for the notice (the city's, when a district's notice filed
 * under the city's 2025年/ is to have its own: a reviewer saw the district's units appended to the city's).
 */
export function registryUriFor(context: ServiceContext, noticeUri: string): string {
	const inForce = new Set(context.index.registriesFor(noticeUri).map((registry) => uriKey(registry.uri)));
	const folders = context.workspace.folders.map(uriKey);
	return suggestedRegistryUri(noticeUri, (above) => {
		const key = uriKey(above);
		return !inForce.has(key) && (folders.length === 0 || folders.some((folder) => isInside(dirnameKey(key), folder)));
	});
}
