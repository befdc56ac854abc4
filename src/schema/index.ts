export * from './position.js';
export * from './entities.js';
export * from './document.js';
export * from './record.js';
export * from './task.js';
export * from './diff.js';
