/** The home screen's data: one query per subgraph, each failing on its own. */
import { useQuery } from '@apollo/client/react';
import { section } from '../../lib/section';
import { HomeAccountsDocument, HomeInsuranceDocument, HomeLoansDocument, HomePixDocument } from '../../../../schema/operations/generated/graphql';

export function useHome() {
  const options = { errorPolicy: 'all', fetchPolicy: 'cache-and-network' } as const;
  const accounts = useQuery(HomeAccountsDocument, options);
  const pix = useQuery(HomePixDocument, options);
  const loans = useQuery(HomeLoansDocument, options);
  const insurance = useQuery(HomeInsuranceDocument, options);
  return {
    accounts: section(accounts, (data) => data.me?.accounts),
    charges: section(pix, (data) => data.me?.pixCharges?.edges),
    keys: section(pix, (data) => data.me?.pixKeys),
    loans: section(loans, (data) => data.me?.loans?.edges.map(({ node }) => node)),
    policies: section(insurance, (data) => data.me?.autoPolicies?.edges.map(({ node }) => node)),
  };
}
