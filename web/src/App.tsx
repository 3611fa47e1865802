import { lazy, Suspense, useEffect, useRef } from 'react';
import { Header } from './components/Header';
import { Loading } from './components/Status';
import { I18nProvider } from './i18n';
import { AwardsPage } from './pages/AwardsPage';
import { EntityPage } from './pages/EntityPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PathPage } from './pages/PathPage';
import { SearchPage } from './pages/SearchPage';
import { useLocationKey, useRoute } from './router';

// Cytoscape and ECharts are large; they load only when their views open.
const GraphPage = lazy(() => import('./pages/GraphPage'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const SeriesPage = lazy(() => import('./pages/SeriesPage'));
// The review page parses YAML in the browser; curators only need it.
const ReviewPage = lazy(() => import('./pages/ReviewPage'));

function Routes() {
  const route = useRoute();
  const locationKey = useLocationKey();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  // After an in-app navigation, move focus to the new page so screen readers and keyboard users start there.
  const pathname = locationKey.split('?')[0];
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <Header view={route.view} />
      <main id="main" ref={mainRef} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          {route.view === 'search' && <SearchPage query={route.query} />}
          {route.view === 'entity' && <EntityPage id={route.id} />}
          {route.view === 'graph' && <GraphPage id={route.id} />}
          {route.view === 'path' && <PathPage from={route.from} to={route.to} avoid={route.avoid} />}
          {route.view === 'awards' && <AwardsPage search={route.search} />}
          {route.view === 'dashboard' && <DashboardPage />}
          {route.view === 'series' && <SeriesPage seriesKey={route.key} />}
          {route.view === 'review' && <ReviewPage />}
          {route.view === 'notFound' && <NotFoundPage />}
        </Suspense>
      </main>
    </>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Routes />
    </I18nProvider>
  );
}
