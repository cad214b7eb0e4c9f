export {};

// Read queries (gateway)
export * from './read/index.js';
