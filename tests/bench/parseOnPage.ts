// The parser alone, for the benchmark's baseline: built as a plain script and loaded into the app's page,
// where it parses a file in one go on the main thread, as the file loader did before it had a worker.
import { parseSystems } from '../../src/data/parseSystems';

(globalThis as unknown as { parseSystemsOnPage: typeof parseSystems }).parseSystemsOnPage = parseSystems;
