/* eslint-disable @typescript-eslint/no-require-imports */
/* global require */
// Bootstrap of the extraction worker thread: the TypeScript sources load through tsx's require hook here,
// whatever runs the parent (tsx, ts-jest).
require('tsx/cjs/api').register();
require('./extract-worker.ts');
