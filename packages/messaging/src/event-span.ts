import type { CloudEvent } from './cloud-event';

/** What a span about one event says of it (the messaging and CloudEvents semantic conventions); `destination`: the queue, or the routing key published to. */
export const eventSpanAttributes = (event: CloudEvent, destination: string): Record<string, string> => ({
  'messaging.system': 'rabbitmq',
  'messaging.destination.name': destination,
  'messaging.message.id': event.id,
  'cloudevents.event_id': event.id,
  'cloudevents.event_source': event.source,
  'cloudevents.event_type': event.type,
  'cloudevents.event_subject': event.subject,
});
