// Fallback entry for the benchmark: what dist/api/apps/api/src/main.js does (load the
// configuration, createApp, listen), used only when main.js itself cannot start.
'use strict';
require('reflect-metadata');
const { resolve } = require('node:path');

const dist = resolve(__dirname, '../dist/api/apps/api/src');
const { loadConfig } = require(resolve(dist, 'config/config.js'));
const { createApp } = require(resolve(dist, 'app.js'));

createApp(loadConfig()).then(
  (running) => console.log(`running on ${running.url}`),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
