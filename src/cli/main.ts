import { run } from './program.js';

// The entry point of `npm start` and `npm run disco`; bin/disco.js is the installed one.
const code = await run(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
