// A loopback TCP proxy in a process of its own, so that a test can freeze it with SIGSTOP:
// to Neo4j's clients that is a frozen Neo4j (connections open, nothing answers) without
// freezing the Neo4j other tests share. Usage: node tcp-proxy-process.js <target port>;
// prints the port it listens on.
const net = require('node:net');

const target = Number(process.argv[2]);
const server = net.createServer((client) => {
  const upstream = net.connect(target, '127.0.0.1');
  for (const s of [client, upstream]) s.on('error', () => { client.destroy(); upstream.destroy(); });
  client.pipe(upstream).pipe(client);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.on('SIGTERM', () => process.exit(0));
