import { useI18n } from '../i18n';
import type { Route } from '../lib/routes';
import { Link } from '../router';

const NAV: {
  href: string;
  key: 'navSearch' | 'navAwards' | 'navDashboard' | 'navSeries' | 'navPath' | 'navReview';
  views: Route['view'][];
}[] = [
  { href: '/', key: 'navSearch', views: ['search'] },
  { href: '/awards', key: 'navAwards', views: ['awards'] },
  { href: '/dashboard', key: 'navDashboard', views: ['dashboard'] },
  { href: '/series', key: 'navSeries', views: ['series'] },
  { href: '/path', key: 'navPath', views: ['path'] },
  { href: '/review', key: 'navReview', views: ['review'] },
];

export function Header({ view }: { view: Route['view'] }) {
  const { lang, setLang, t } = useI18n();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Link href="/" className="brand">
        {t('appTitle')}
      </Link>
      <nav aria-label={t('navLabel')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={item.views.includes(view) ? 'page' : undefined}>
                {t(item.key)}
              </Link>
            </li>
          ))}
          <li>
            {/* The console is a separate page served by the API, so a plain link. */}
            <a href="/graphiql">{t('navConsole')}</a>
          </li>
        </ul>
      </nav>
      <button
        type="button"
        className="lang-switch"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        aria-label={t('switchLanguageLabel')}
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('switchLanguage')}
      </button>
    </header>
  );
}
