// Where the built module lives: $SLACALC_SITE or build/wasm/web.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const siteDir = path.resolve(root, process.env.SLACALC_SITE ?? 'build/wasm/web');
export const nativeCli = path.resolve(root, process.env.SLACALC_CLI ?? 'build/native/slacalc');
export const importSite = (file) => import(pathToFileURL(path.join(siteDir, file)).href);
