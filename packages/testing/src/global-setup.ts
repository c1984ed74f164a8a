import { createConnection } from 'node:net';
import { testEndpoints } from './endpoints';

const reachable = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.setTimeout(2_000);
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });

/** Fails the run at once, naming each service that is down, instead of letting every test time out. */
export default async function globalSetup(): Promise<void> {
  const services = {
    RabbitMQ: testEndpoints.rabbitmqUrl,
    Redis: testEndpoints.redisUrl,
    'MongoDB (FerretDB)': testEndpoints.mongodbUrl,
    'DynamoDB (dynalite)': testEndpoints.dynamodbEndpoint,
    PostgreSQL: testEndpoints.postgresUrl,
  };
  const down = [];
  for (const [name, url] of Object.entries(services)) if (!(await reachable(url))) down.push(`${name} at ${url}`);
  if (down.length > 0) {
    throw new Error(`Tests need the local services; not reachable: ${down.join(', ')}. Run the tests with \`npm test\`, which starts them.`);
  }
}
