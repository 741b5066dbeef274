/**
 * The whole engine's entry: every folder's entry re-exported. Code outside the engine imports
 * this or one folder's `index.ts`, never a file inside a folder (ESLint enforces it).
 */
export * from './core/index';
export * from './gradients/index';
export * from './scenarios/index';
export * from './exercises/index';
