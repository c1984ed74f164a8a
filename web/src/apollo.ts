/** One Apollo Client per session: HTTP for queries and mutations, graphql-ws for subscriptions, both with the session's token. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { GATEWAY_URL, SUBSCRIPTIONS_URL } from './config';

export interface BankClient {
  readonly apollo: ApolloClient;
  dispose(): void;
}

export function createBankClient(token: string): BankClient {
  const authorization = `Bearer ${token}`;
  const ws = createClient({ url: SUBSCRIPTIONS_URL, connectionParams: { authorization }, lazy: true });
  const http = new SetContextLink(({ headers }) => ({ headers: { ...headers, authorization } })).concat(new HttpLink({ uri: GATEWAY_URL }));
  const link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, new GraphQLWsLink(ws), http);
  const apollo = new ApolloClient({
    link,
    cache: new InMemoryCache({
      typePolicies: {
        PixCharge: { keyFields: ['txid'] },
        PixKey: { keyFields: ['key'] },
        PixPayment: { keyFields: ['endToEndId'] },
        LoanInstallment: { keyFields: false },
      },
    }),
  });
  return {
    apollo,
    dispose: () => {
      apollo.stop();
      void ws.dispose();
    },
  };
}
