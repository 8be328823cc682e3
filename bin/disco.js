#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `disco` works straight from a checkout without a build step.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli/program.ts');
const code = await run(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
