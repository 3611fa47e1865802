import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { routing } from 'neo4j-driver';
import { HANDWRITTEN, UnsupportedVariablesError } from '../handwritten/statements';
import { announce, peerEnvironment } from '../peerEnvironment';

/**
 * The floor: node:http and neo4j-driver with no GraphQL at all. A request names the operation
 * and its variables (`{"operation": "AwardsWon", "variables": {…}}`); the server runs the same
 * statement as the hand-written Apollo peer and answers `{"data": {<root field>: …}}`, the
 * shape a GraphQL server would send.
 */

const { driver, database, host, port } = peerEnvironment();

function reply(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function handle(body: string): Promise<{ status: number; body: unknown }> {
  const { operation: name, variables = {} } = JSON.parse(body) as { operation?: string; variables?: Record<string, unknown> };
  const operation = HANDWRITTEN[name ?? ''];
  if (!operation) return { status: 400, body: { errors: [{ message: `unknown operation ${name}` }] } };
  const { cypher, params } = operation.statement(variables);
  const { records } = await driver.executeQuery(cypher, params, { database, routing: routing.READ });
  return { status: 200, body: { data: { [operation.rootField]: operation.shape(records, variables) } } };
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    handle(Buffer.concat(chunks).toString('utf8')).then(
      (answer) => reply(res, answer.status, answer.body),
      (err: unknown) =>
        reply(res, err instanceof UnsupportedVariablesError || err instanceof SyntaxError ? 400 : 500, {
          errors: [{ message: (err as Error).message }],
        }),
    );
  });
});

server.keepAliveTimeout = 60_000;
server.listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  announce(`http://${host}:${bound}/`, driver, () => new Promise((resolve) => server.close(() => resolve())));
});
