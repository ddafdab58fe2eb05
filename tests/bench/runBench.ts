// npm run bench: prints every speed and size figure of the project, measured in one run on this machine.
import { pageBench } from './pageBench';
import { ringBench } from './ringBench';

const print = (line: string) => process.stdout.write(`${line}\n`);
print(`Range Rings benchmark — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
ringBench(print);
await pageBench(print);
