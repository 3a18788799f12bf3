// Preload (node --require, or NODE_OPTIONS) that makes every way out to the network throw, in the
// main thread and in worker threads. Each attempt is also appended to NEWSFACT_NET_LOG, so a test
// sees attempts even when the code under test swallows the error. With NEWSFACT_NET_TRACE set, each
// thread that loaded this file says so in the log (proof the stubs reached the workers).
const fs = require('fs');
const { threadId } = require('worker_threads');

const log = process.env.NEWSFACT_NET_LOG;
function note(line) {
  if (log) fs.appendFileSync(log, line + '\n');
}
function blocked(what) {
  return function () {
    note(`blocked ${what} (thread ${threadId})`);
    throw new Error(`network access blocked by the privacy test: ${what}`);
  };
}

if (process.env.NEWSFACT_NET_TRACE) note(`loaded (thread ${threadId})`);

globalThis.fetch = blocked('fetch');
for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource']) {
  globalThis[name] = function () {
    blocked(name)();
  };
}
for (const mod of ['http', 'https']) {
  const m = require(mod);
  m.request = blocked(`${mod}.request`);
  m.get = blocked(`${mod}.get`);
}
const net = require('net');
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
net.Socket.prototype.connect = blocked('net.Socket.connect');
require('tls').connect = blocked('tls.connect');
const dns = require('dns');
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6', 'lookupService']) dns[f] = blocked(`dns.${f}`);
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns.promises[f] = blocked(`dns.promises.${f}`);
require('dgram').createSocket = blocked('dgram.createSocket');
