import { connect } from 'amqplib';

/**
 * The broker users `infra/up.sh` creates (infra/rabbitmq/users.sh): each service may publish only
 * the routing keys it owns on the events exchange, the gateway none. Passwords from .infra/secrets.env.
 */
const exchange = 'bank.events';
const urlFor = (user: string) => `amqp://${user}:${process.env[`RABBITMQ_PASSWORD_${user.toUpperCase()}`] ?? 'unset'}@127.0.0.1:5672`;

async function publishAs(user: string, routingKey: string): Promise<void> {
  const connection = await connect(urlFor(user));
  connection.on('error', () => undefined);
  try {
    const channel = await connection.createConfirmChannel();
    await channel.assertExchange(exchange, 'topic', { durable: true });
    await new Promise<void>((resolve, reject) => {
      channel.once('error', reject);
      channel.publish(exchange, routingKey, Buffer.from('{}'), {}, (error) => (error ? reject(error) : resolve()));
    });
    await channel.close();
  } finally {
    await connection.close().catch(() => undefined);
  }
}

describe('broker permissions', () => {
  it.each([
    ['loans', 'pix.charge.paid'],
    ['insurance', 'pix.charge.paid'],
    ['pix', 'insurance.policy.activated'],
    ['loans', 'insurance.accounts.credit-requested'],
    ['insurance', 'accounts.credit.posted'],
    ['gateway', 'pix.charge.paid'],
  ])('refuses %s publishing %s (only its owner may)', async (user, routingKey) => {
    await expect(publishAs(user, routingKey)).rejects.toThrow(
      new RegExp(`access to topic '${routingKey}' in exchange '${exchange}' in vhost '/' refused for user '${user}'`),
    );
  });

  it('lets a service publish what it owns', async () => {
    await expect(publishAs('loans', 'loans.trust-boundary.probe')).resolves.toBeUndefined();
  });
});
