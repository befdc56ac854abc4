export * from './position.js';
export * from './entities.js';
export * from './document.js';
export * from './diff.js';
