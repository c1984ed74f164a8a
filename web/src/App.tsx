import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { createBankClient } from './apollo';
import { ROUTES, useRoute, type Route } from './router';
import { AccountScreen } from './screens/account/AccountScreen';
import { CardsScreen } from './screens/cards/CardsScreen';
import { HomeScreen } from './screens/home/HomeScreen';
import { InsuranceScreen } from './screens/insurance/InsuranceScreen';
import { LoansScreen } from './screens/loans/LoansScreen';
import { PixScreen } from './screens/pix/PixScreen';
import { SignInScreen } from './screens/sign-in/SignInScreen';
import { storedSession, storeSession, type Session } from './session';

const SCREENS: Record<Route, () => React.JSX.Element> = {
  home: HomeScreen,
  account: AccountScreen,
  pix: PixScreen,
  cards: CardsScreen,
  loans: LoansScreen,
  insurance: InsuranceScreen,
};

export function App() {
  const [session, setSession] = useState(storedSession);
  const signIn = (next: Session | null) => {
    storeSession(next);
    setSession(next);
  };
  return session === null ? <SignInScreen onSignedIn={signIn} /> : <SignedIn session={session} onSignOut={() => signIn(null)} />;
}

function SignedIn({ session, onSignOut }: { readonly session: Session; readonly onSignOut: () => void }) {
  const client = useMemo(() => createBankClient(session.token), [session.token]);
  useEffect(() => () => client.dispose(), [client]);
  const route = useRoute();
  const Screen = SCREENS[route];
  return (
    <ApolloProvider client={client.apollo}>
      <header className="topbar">
        <a className="brand" href={ROUTES.home.path}>
          Banco Digital
        </a>
        <nav aria-label="Principal">
          {(Object.keys(ROUTES) as Route[]).map((name) => (
            <a key={name} href={ROUTES[name].path} aria-current={name === route ? 'page' : undefined}>
              {ROUTES[name].title}
            </a>
          ))}
        </nav>
        <div className="topbar__who">
          <span>{session.name}</span>
          <button type="button" className="button--quiet" onClick={onSignOut}>
            Sair
          </button>
        </div>
      </header>
      <main>
        <Screen />
      </main>
    </ApolloProvider>
  );
}
