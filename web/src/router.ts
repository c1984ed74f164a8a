/** The screens, addressed by the URL's hash (#/pix) so any static server can serve the app. */
import { useEffect, useState } from 'react';

export const ROUTES = {
  home: { path: '#/inicio', title: 'Início' },
  account: { path: '#/conta', title: 'Conta' },
  pix: { path: '#/pix', title: 'Pix' },
  cards: { path: '#/cartoes', title: 'Cartões' },
  loans: { path: '#/emprestimos', title: 'Empréstimos' },
  insurance: { path: '#/seguros', title: 'Seguros' },
} as const;

export type Route = keyof typeof ROUTES;

const routeOf = (hash: string): Route => (Object.keys(ROUTES) as Route[]).find((route) => ROUTES[route].path === hash) ?? 'home';

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    document.title = `${ROUTES[route].title} · Banco Digital`;
  }, [route]);
  return route;
}
