// Runs the mocha suite named by DELIVERY_TEST_SUITE inside this extension host and writes
// the results (mocha's JSON reporter) to DELIVERY_TEST_OUTPUT, then `<output>.done`.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'delivery-rhythm.delivery-rhythm';

function listTests(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return listTests(file);
    return entry.name.endsWith('.test.js') ? [file] : [];
  }).sort();
}

// The suite tests the extension, so a failed activation is reported, not hidden.
async function activateExtension() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) return `extension ${EXTENSION_ID} is not installed`;
  try {
    await extension.activate();
    return undefined;
  } catch (error) {
    return `activating ${EXTENSION_ID} failed: ${error && error.stack ? error.stack : error}`;
  }
}

function runMocha(mochaPath, suite, output) {
  const Mocha = require(mochaPath);
  const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: false, reporter: 'json', reporterOption: { output } });
  for (const file of listTests(suite)) mocha.addFile(file);
  return new Promise((resolve) => mocha.run(resolve));
}

// Written aside and renamed, so the runner never reads a half-written marker.
function writeDone(output, result) {
  fs.writeFileSync(`${output}.done.partial`, JSON.stringify(result));
  fs.renameSync(`${output}.done.partial`, `${output}.done`);
}

async function activate() {
  const { DELIVERY_TEST_SUITE: suite, DELIVERY_TEST_OUTPUT: output, DELIVERY_TEST_MOCHA: mochaPath } = process.env;
  if (!suite || !output || !mochaPath) return;
  try {
    const activationError = await activateExtension();
    const failures = await runMocha(mochaPath, suite, output);
    writeDone(output, { failures, activationError });
  } catch (error) {
    writeDone(output, { failures: -1, error: String(error && error.stack ? error.stack : error) });
  }
}

module.exports = { activate, deactivate() {} };
