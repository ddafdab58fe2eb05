// npm run bench: prints every speed and size figure of the project, measured in one run on this machine.
// `npm run bench -- big-file` (or ring, reach, page, load, heavy-map, svg, preview, globe, interactions, peers)
// runs one part only.
// The app's build-time data modules first: the parts import the data layer, which imports them.
await import('./serveVirtualModules');
const { bigFileBench } = await import('./bigFileBench');
const { globeBench } = await import('./globeBench');
const { heavyMapBench } = await import('./heavyMapBench');
const { interactionBench } = await import('./interactionBench');
const { loadBench } = await import('./loadBench');
const { pageBench } = await import('./pageBench');
const { peerBench } = await import('./peerBench');
const { previewBench } = await import('./previewBench');
const { reachBench } = await import('./reachBench');
const { ringBench } = await import('./ringBench');
const { svgBench } = await import('./svgBench');

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

export {};
