#!/usr/bin/env node
// An example Node.js client of claimcheck.v1.ClaimCheckService, with
// @grpc/grpc-js and @grpc/proto-loader reading the .proto files at run time.
//
//   cd integrations/node && npm ci
//   node example.js --server=127.0.0.1:50051 ../../examples/kqed-ice-arrests.json
//
// Prints each claim's verdict and findings, then the summary. A request the
// service cannot read comes back as INVALID_ARGUMENT; the google.rpc.Status
// in the grpc-status-details-bin trailer is decoded and every field violation
// (google.rpc.BadRequest) and the ErrorInfo printed. Exit status as the
// claimcheck CLI: 0 no error, 1 an error-level finding, 2 a bad request (or
// token), 3 no server.
'use strict';

const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const protoLoader = require('@grpc/proto-loader');
const protobuf = require('protobufjs');

function parseArgs(argv) {
  const args = {server: '127.0.0.1:50051', token: process.env.CLAIMCHECK_TOKEN || '',
                protoDir: path.resolve(__dirname, '..', '..', 'proto'), file: null};
  for (const arg of argv) {
    const [key, value] = arg.split(/=(.*)/s);
    if (key === '--server') args.server = value;
    else if (key === '--token') args.token = value;
    else if (key === '--proto_dir') args.protoDir = value;
    else if (!arg.startsWith('--') && args.file === null) args.file = arg;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (args.file === null) throw new Error('usage: example.js [--server=HOST:PORT] [--token=T] FILE');
  return args;
}

// The error details: google.rpc.Status, whose Any messages are decoded by
// their type URL (BadRequest, ErrorInfo).
function describeDetails(protoDir, bytes) {
  const root = new protobuf.Root();
  root.resolvePath = (origin, target) => path.join(protoDir, target);
  root.loadSync(['google/rpc/status.proto', 'google/rpc/error_details.proto'], {keepCase: true});
  const status = root.lookupType('google.rpc.Status').decode(bytes);
  const lines = [];
  for (const any of status.details) {
    const typeName = any.type_url.split('/').pop();
    const message = root.lookupType(typeName).decode(any.value);
    if (typeName === 'google.rpc.BadRequest') {
      for (const v of message.field_violations) {
        lines.push(`  field ${v.field}: ${v.description} [${v.reason}]`);
      }
    } else if (typeName === 'google.rpc.ErrorInfo') {
      const metadata = Object.entries(message.metadata).map(([k, v]) => `${k}=${v}`).sort();
      lines.push(`  error info: ${message.reason} (${message.domain}) ${metadata.join(' ')}`);
    } else {
      lines.push(`  ${typeName}`);
    }
  }
  return lines;
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`example.js: ${e.message}`);
    process.exit(2);
  }
  const definition = protoLoader.loadSync('claimcheck/v1/claimcheck.proto', {
    includeDirs: [args.protoDir], keepCase: false, longs: String, enums: String,
    defaults: false, oneofs: true,
  });
  const v1 = grpc.loadPackageDefinition(definition).claimcheck.v1;
  const client = new v1.ClaimCheckService(args.server, grpc.credentials.createInsecure());
  // The request file is proto3 JSON, whose field names are the lowerCamelCase
  // ones proto-loader uses with keepCase: false.
  const request = JSON.parse(fs.readFileSync(args.file, 'utf8'));
  const metadata = new grpc.Metadata();
  if (args.token) metadata.set('authorization', `Bearer ${args.token}`);
  const deadline = new Date(Date.now() + 30000);

  client.checkClaims(request, metadata, {deadline}, (err, response) => {
    client.close();
    if (err) {
      console.log(`${args.file}: ${grpc.status[err.code]}: ${err.details}`);
      const details = err.metadata && err.metadata.get('grpc-status-details-bin');
      if (details && details.length > 0) {
        for (const line of describeDetails(args.protoDir, details[0])) console.log(line);
      }
      process.exitCode = err.code === grpc.status.UNAVAILABLE ||
          err.code === grpc.status.DEADLINE_EXCEEDED ? 3 : 2;
      return;
    }
    for (const result of response.results) {
      console.log(`${args.file}: claim ${result.claimId}: ${result.verdict}`);
      for (const d of result.discrepancies || []) {
        console.log(`  ${d.severity} ${d.code}: ${d.message}`);
      }
    }
    if (response.article) {
      console.log(`${args.file}: article: ${response.article.verdict}` +
                  (response.article.code ? ` ${response.article.code}` : ''));
    }
    const s = response.summary || {};
    console.log(`${s.claims || 0} claims: ${s.consistent || 0} consistent, ` +
                `${s.errors || 0} errors, ${s.warnings || 0} warnings, ` +
                `${s.notCheckable || 0} not checkable`);
    process.exitCode = (s.errors || 0) > 0 ? 1 : 0;
  });
}

main();
