// The CLI as a library, for tests and scripts that want to run a command in-process.
export { createProgram } from './create-program.js';
