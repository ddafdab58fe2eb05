// npm run bench: prints every speed and size figure of the project, measured in one run on this machine.
// `npm run bench -- big-file` (or ring, reach, page, load, heavy-map, svg, preview, globe, interactions, peers)
// runs one part only.
import { bigFileBench } from './bigFileBench';
import { globeBench } from './globeBench';
import { heavyMapBench } from './heavyMapBench';
import { interactionBench } from './interactionBench';
import { loadBench } from './loadBench';
import { pageBench } from './pageBench';
import { peerBench } from './peerBench';
import { previewBench } from './previewBench';
import { reachBench } from './reachBench';
import { ringBench } from './ringBench';
import { svgBench } from './svgBench';

const print = (line: string) => process.stdout.write(`${line}\n`);
const only = process.argv[2];
const runs = (part: string) => only === undefined || only === part;
print(`Range Rings benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
if (runs('ring')) ringBench(print);
if (runs('reach')) await reachBench(print);
if (runs('page')) await pageBench(print);
if (runs('load')) await loadBench(print);
if (runs('big-file')) await bigFileBench(print);
if (runs('heavy-map')) await heavyMapBench(print);
if (runs('svg')) await svgBench(print);
if (runs('preview')) await previewBench(print);
if (runs('globe')) await globeBench(print);
if (runs('interactions')) await interactionBench(print);
if (runs('peers')) await peerBench(print);
